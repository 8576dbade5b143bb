package io.factcheck.verify;

import io.factcheck.analysis.AnalyzedText;
import io.factcheck.analysis.DateAnchor;
import io.factcheck.analysis.DateMention;
import io.factcheck.analysis.SentenceStage;
import io.factcheck.analysis.Span;
import io.factcheck.claim.Claim;
import io.factcheck.claim.ClaimExtractor;
import io.factcheck.store.model.DateRange;
import io.factcheck.store.model.StoreSnapshot;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Checks drafts against one snapshot of the store. Immutable and thread-safe: a new checker is
 * built when the store changes.
 */
public final class FactChecker {

  private final KnowledgeBase knowledge;
  private final ClaimExtractor claims;
  private final EventVerifier events;
  private final SentenceAligner sentences;

  public FactChecker(StoreSnapshot snapshot, SentenceStage sentenceStage) {
    this.knowledge = new KnowledgeBase(snapshot, sentenceStage);
    this.claims = new ClaimExtractor(knowledge.lexicon());
    this.events = new EventVerifier(knowledge);
    this.sentences = new SentenceAligner(knowledge);
  }

  public long snapshotVersion() {
    return knowledge.snapshot().version();
  }

  /**
   * Checks a draft.
   *
   * @throws IllegalArgumentException when {@code published} is not an ISO 8601 date
   */
  public List<Finding> check(Draft draft) {
    DateRange published = DateRange.parseIso(draft.published());
    AnalyzedText text =
        knowledge.pipeline().analyze(draft.text(), draft.format(), new DateAnchor(published));
    List<PlainFinding> found = new ArrayList<>(calendar(text));
    for (Claim claim : claims.extract(text)) {
      found.addAll(events.verify(claim, text));
    }
    for (var sentence : text.sentences()) {
      found.addAll(sentences.align(text, sentence));
    }
    return mergePerSentence(found, text).stream().map(f -> toSource(text, f)).toList();
  }

  /** A weekday that does not fall on the date it is written with. */
  private static List<PlainFinding> calendar(AnalyzedText text) {
    List<PlainFinding> findings = new ArrayList<>();
    for (DateMention date : text.dates()) {
      if (date.weekday() == null
          || date.weekdaySpan() == null
          || date.monthDaySpan() == null
          || date.value() == null
          || !date.value().isExactDay()) {
        continue;
      }
      var actual = date.value().start().getDayOfWeek();
      if (actual != date.weekday()) {
        String right = DateWriter.weekday(date.value().start());
        findings.add(
            new PlainFinding(
                date.weekdaySpan(),
                Verdict.CONTRADICTED,
                FindingKind.DATE,
                text.text(date.span()) + " does not exist: that date was a " + right + ".",
                right,
                List.of()));
      }
    }
    return findings;
  }

  /** Findings never reach across sentences, so they are merged sentence by sentence. */
  private static List<PlainFinding> mergePerSentence(List<PlainFinding> found, AnalyzedText text) {
    java.util.Map<Integer, List<PlainFinding>> bySentence = new java.util.TreeMap<>();
    for (PlainFinding f : found) {
      bySentence.computeIfAbsent(text.sentenceAt(f.span().start()), k -> new ArrayList<>()).add(f);
    }
    List<PlainFinding> merged = new ArrayList<>();
    for (List<PlainFinding> group : bySentence.values()) {
      merged.addAll(merge(group));
    }
    merged.sort(
        Comparator.comparingInt((PlainFinding f) -> f.span().start())
            .thenComparing(PlainFinding::verdict));
    return merged;
  }

  /**
   * One finding per wrong value: the first contradiction of a span wins; an unverified claim says
   * nothing where the same sentence got a firmer verdict.
   */
  private static List<PlainFinding> merge(List<PlainFinding> found) {
    List<PlainFinding> kept = new ArrayList<>();
    for (PlainFinding f : found) {
      if (f.verdict() == Verdict.CONTRADICTED
          && kept.stream()
              .anyMatch(k -> k.verdict() == Verdict.CONTRADICTED && k.span().overlaps(f.span()))) {
        continue;
      }
      if (f.verdict() == Verdict.SUPPORTED
          && kept.stream()
              .anyMatch(k -> k.verdict() == Verdict.SUPPORTED && k.span().equals(f.span()))) {
        continue;
      }
      kept.add(f);
    }
    // A sentence with a wrong value is not also marked as confirmed.
    kept.removeIf(
        f ->
            f.verdict() == Verdict.SUPPORTED
                && kept.stream()
                    .anyMatch(
                        k -> k.verdict() == Verdict.CONTRADICTED && k.span().overlaps(f.span())));
    kept.removeIf(
        f ->
            f.verdict() == Verdict.UNVERIFIED
                && kept.stream()
                    .anyMatch(
                        k -> k.verdict() != Verdict.UNVERIFIED && k.span().overlaps(f.span())));
    return kept;
  }

  private static Finding toSource(AnalyzedText text, PlainFinding f) {
    Span span = text.toSource(f.span());
    return new Finding(
        span.start(), span.end(), f.verdict(), f.kind(), f.message(), f.suggestion(), f.evidence());
  }
}
