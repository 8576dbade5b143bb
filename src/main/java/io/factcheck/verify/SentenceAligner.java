package io.factcheck.verify;

import io.factcheck.analysis.AnalyzedText;
import io.factcheck.analysis.DateMention;
import io.factcheck.analysis.EntityMention;
import io.factcheck.analysis.NumberMention;
import io.factcheck.analysis.NumberStage;
import io.factcheck.analysis.NumberWords;
import io.factcheck.analysis.Sentence;
import io.factcheck.analysis.Span;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks statements that are not contact events ("the war lasted 44 days", "developed by the
 * Gamaleya Center", "under the 1997 treaty") against the stored sentence that says the same thing:
 * Lucene finds the candidates; a candidate counts only when it shares most of the draft sentence's
 * words; then each slot (a count with what it counts, a year with the noun it dates, a name after
 * the same verb) is compared with the slot of the same role in the source.
 */
final class SentenceAligner {

  static final int CANDIDATES = 5;
  static final int MIN_SHARED_TERMS = 3;
  static final double MIN_SHARED_SHARE = 0.33;

  private static final Pattern WORD = Pattern.compile("[\\p{L}][\\p{L}'’-]*");

  /** A name after a verb and its preposition: "developed by the Vector Institute". */
  private static final Pattern NAME_AFTER_VERB =
      Pattern.compile(
          "\\b([a-z]{4,})\\s+(by|with|from|at|for|of)\\s+(?:the\\s+)?"
              + "([A-Z][\\p{L}’'-]*(?:\\s+(?:(?:of|for|and|the)\\s+)?[A-Z][\\p{L}’'-]*){0,6})");

  private final KnowledgeBase knowledge;
  private final SlotsConfirmed slotsConfirmed;

  SentenceAligner(KnowledgeBase knowledge) {
    this.knowledge = knowledge;
    this.slotsConfirmed = new SlotsConfirmed(knowledge.lexicon());
  }

  /**
   * What happened to what a number counts, in the passive ("four people were killed"): the
   * participle after the counted noun and its auxiliary.
   */
  private static final Pattern PASSIVE_AFTER_COUNT =
      Pattern.compile(
          "\\G\\s+[\\p{L}-]+\\s+(?:were|was|are|is|(?:have|has|had) been)\\s+([a-z]+ed|[a-z]+en)\\b");

  /** What a present participle before a count did to it: "killing three people". */
  private static final Pattern ACTIVE_BEFORE_COUNT =
      Pattern.compile("\\b([a-z]+)ing\\s+(?:about\\s+|at least\\s+|some\\s+)?$");

  /**
   * A slot of the draft sentence and what it counts or dates; {@code happened} is what a passive
   * says happened to it ("wounded"), empty when the sentence does not say.
   */
  private record Slot(
      Span span,
      long value,
      boolean ordinal,
      boolean words,
      Set<String> roles,
      boolean year,
      String happened) {

    /** "Eleven people were wounded" and "four people were killed" count different people. */
    boolean sameRoleAs(Slot other) {
      if (!happened.isEmpty() && !other.happened.isEmpty() && !happened.equals(other.happened)) {
        return false;
      }
      return !java.util.Collections.disjoint(roles, other.roles);
    }
  }

  List<PlainFinding> align(AnalyzedText draft, Sentence sentence) {
    if (draft.isQuoted(sentence.span())) {
      return List.of();
    }
    List<Slot> slots = slots(draft, sentence.span());
    List<NameSlot> names = names(draft, sentence.span());
    if (slots.isEmpty() && names.isEmpty()) {
      return List.of();
    }
    String text = draft.text(sentence.span());
    Set<String> draftTerms = new HashSet<>(knowledge.terms(text));
    int undatedTerms = draftTerms.size() - dateTerms(draft, sentence.span(), draftTerms);
    if (draftTerms.isEmpty()) {
      return List.of();
    }
    List<PlainFinding> support = List.of();
    for (SourceSentence source : knowledge.similarSentences(text, CANDIDATES)) {
      Set<String> sourceTerms = new HashSet<>(knowledge.terms(source.text()));
      Set<String> shared = new HashSet<>(draftTerms);
      shared.retainAll(sourceTerms);
      if (shared.size() < MIN_SHARED_TERMS || shared.size() < MIN_SHARED_SHARE * undatedTerms) {
        continue;
      }
      if (!sameTime(draft, sentence.span(), knowledge.article(source), source)) {
        continue;
      }
      Comparison comparison = compare(draft, sentence, slots, names, source);
      List<PlainFinding> findings = comparison.findings();
      if (findings.stream().anyMatch(f -> f.verdict() == Verdict.CONTRADICTED)
          || (!findings.isEmpty() && comparison.slotsWithoutCounterpart() == 0)) {
        return findings;
      }
      // A source that bears out a name may say nothing of the count a later one contradicts.
      if (support.isEmpty()) {
        support = findings;
      }
    }
    return support;
  }

  /**
   * How many of the sentence's terms belong to its dates. A date the source shares counts for it,
   * but one it writes otherwise ("on February 17, 2024" against "on Saturday") must not count
   * against it: whether the two tell of the same time is judged on its own ({@code sameTime}).
   */
  private int dateTerms(AnalyzedText draft, Span sentence, Set<String> sentenceTerms) {
    Set<String> dateTerms = new HashSet<>();
    for (DateMention date : draft.within(draft.dates(), sentence)) {
      dateTerms.addAll(knowledge.terms(draft.text(date.span())));
    }
    dateTerms.retainAll(sentenceTerms);
    return dateTerms.size();
  }

  /**
   * What one source sentence says to the draft sentence, and how many of the draft's counts and
   * years it has nothing of the same role for.
   */
  private record Comparison(List<PlainFinding> findings, int slotsWithoutCounterpart) {}

  private Comparison compare(
      AnalyzedText draft,
      Sentence sentence,
      List<Slot> slots,
      List<NameSlot> names,
      SourceSentence source) {
    List<Slot> sourceSlots = slots(knowledge.article(source), source.sentence().span());
    List<PlainFinding> contradictions = new ArrayList<>();
    boolean supported = false;
    int withoutCounterpart = 0;
    List<Evidence> evidence =
        List.of(
            new Evidence(
                knowledge.eventAt(source),
                source.document().id(),
                source.text(),
                source.sentence().span().start(),
                source.sentence().span().end()));
    for (Slot slot : slots) {
      List<Slot> sameRole =
          sourceSlots.stream()
              .filter(s -> s.year() == slot.year() && s.ordinal() == slot.ordinal())
              .filter(s -> s.sameRoleAs(slot))
              .toList();
      if (sameRole.isEmpty()) {
        if (!(slot.year() && yearTold(knowledge.article(source), slot.value()))) {
          withoutCounterpart++;
        }
        continue;
      }
      if (sameRole.stream().anyMatch(s -> s.value() == slot.value())) {
        supported = true;
        continue;
      }
      Slot right = sameRole.get(0);
      String suggestion =
          slot.year()
              ? Long.toString(right.value())
              : NumberWords.writeLike(slot.words(), right.value(), right.ordinal());
      contradictions.add(
          new PlainFinding(
              slot.span(),
              Verdict.CONTRADICTED,
              slot.year() ? FindingKind.DATE : FindingKind.COUNT,
              "The source says " + suggestion + " here, not " + draft.text(slot.span()) + ".",
              suggestion,
              evidence));
    }
    for (NameSlot name : names) {
      Optional<String> sourceName = nameAfter(source.text(), name.verb(), name.preposition());
      if (sourceName.isEmpty()) {
        continue;
      }
      if (sameName(draft.text(name.span()), sourceName.get())) {
        supported = true;
        continue;
      }
      contradictions.add(
          new PlainFinding(
              name.span(),
              Verdict.CONTRADICTED,
              FindingKind.OTHER,
              "The source names "
                  + sourceName.get()
                  + " here, not "
                  + draft.text(name.span())
                  + ".",
              sourceName.get(),
              evidence));
    }
    if (!contradictions.isEmpty()) {
      return new Comparison(contradictions, withoutCounterpart);
    }
    if (supported && withoutCounterpart == 0) {
      AnalyzedText article = knowledge.article(source);
      Optional<PlainFinding> undated =
          slotsConfirmed.dayUncompared(
              draft,
              sentence.span(),
              article.within(article.dates(), source.sentence().span()),
              knowledge.eventOf(source),
              source.document().published(),
              evidence);
      if (undated.isPresent()) {
        return new Comparison(List.of(undated.get()), withoutCounterpart);
      }
      Optional<PlainFinding> unconfirmed =
          slotsConfirmed.placeUnconfirmed(draft, sentence.span(), evidence, lead(source));
      if (unconfirmed.isPresent()) {
        return new Comparison(List.of(unconfirmed.get()), withoutCounterpart);
      }
      return new Comparison(
          List.of(
              new PlainFinding(
                  sentence.span(),
                  Verdict.SUPPORTED,
                  FindingKind.OTHER,
                  "A stored article says the same.",
                  null,
                  evidence)),
          withoutCounterpart);
    }
    return new Comparison(List.of(), withoutCounterpart);
  }

  /** The source's article dates something in that year ("the fighting in 2020"). */
  private static boolean yearTold(AnalyzedText article, long year) {
    return article.dates().stream()
        .anyMatch(d -> d.value() != null && d.value().start().getYear() == year);
  }

  /** The first sentence of the source's article: its dateline names where the story is told. */
  private String lead(SourceSentence source) {
    AnalyzedText article = knowledge.article(source);
    return article.sentences().isEmpty() ? "" : article.text(article.sentences().get(0).span());
  }

  /** Counts with what they count, and years with the noun they date. */
  private static List<Slot> slots(AnalyzedText text, Span within) {
    List<Slot> slots = new ArrayList<>();
    for (NumberMention n : text.within(text.numbers(), within)) {
      if (n.unit().isEmpty() || text.isQuoted(n.span())) {
        continue;
      }
      Set<String> roles = new HashSet<>();
      roles.add(n.unit());
      if (!n.nextWord().isEmpty()) {
        roles.add(n.nextWord());
      }
      if (n.ordinal()) {
        roles.addAll(occasionsCounted(n.unit(), text.text(within)));
        if (ELLIPTICAL.contains(n.unit())) {
          // "The meeting ... was the third since 2018": the third of the occasions it names.
          roles.addAll(occasionsNamed(text.text(within)));
        }
      }
      String happened = "";
      Matcher passive =
          PASSIVE_AFTER_COUNT.matcher(text.plain()).region(n.span().end(), within.end());
      if (passive.find()) {
        happened = passive.group(1);
        roles.add(happened); // "11 wounded" counts the same people as "11 people were wounded"
      } else {
        Matcher active =
            ACTIVE_BEFORE_COUNT
                .matcher(text.plain())
                .region(Math.max(within.start(), n.span().start() - 30), n.span().start());
        if (active.find()) {
          happened = active.group(1) + "ed"; // "killing three people": three people were killed
        }
      }
      slots.add(new Slot(n.span(), n.value(), n.ordinal(), n.words(), roles, false, happened));
    }
    String plain = text.plain();
    for (DateMention d : text.within(text.dates(), within)) {
      if (d.style() != DateMention.DateStyle.YEAR || d.value() == null || text.isQuoted(d.span())) {
        continue;
      }
      Set<String> roles = new HashSet<>();
      wordAfter(plain, d.span().end(), within.end()).ifPresent(roles::add);
      wordBefore(plain, d.span().start(), within.start()).ifPresent(roles::add);
      roles.remove("in");
      roles.remove("the");
      if (!roles.isEmpty()) {
        slots.add(new Slot(d.span(), d.value().start().getYear(), false, false, roles, true, ""));
      }
    }
    return slots;
  }

  /**
   * What "the fourth time" counts in a sentence about meeting, calling or visiting, so that it
   * lines up with "his fourth meeting" or "their third call".
   */
  private static Set<String> occasionsCounted(String unit, String sentence) {
    if (!unit.equals("time") && !OCCASIONS.containsKey(unit)) {
      return Set.of();
    }
    Set<String> occasions = occasionsNamed(sentence);
    occasions.add("time");
    occasions.add(unit);
    return occasions;
  }

  /** The kinds of occasion a sentence speaks of: meetings, calls, visits. */
  private static Set<String> occasionsNamed(String sentence) {
    Set<String> occasions = new HashSet<>();
    for (Map.Entry<String, Pattern> occasion : OCCASIONS.entrySet()) {
      if (occasion.getValue().matcher(sentence).find()) {
        occasions.add(occasion.getKey());
      }
    }
    return occasions;
  }

  /** Words after an ordinal that leave what it counts to the sentence: "the third since 2018". */
  private static final Set<String> ELLIPTICAL =
      Set.of("since", "this", "in", "of", "after", "before", "for", "so", "ever", "that");

  private static final Map<String, Pattern> OCCASIONS =
      Map.of(
          "meeting", Pattern.compile("\\b(?:met|meet|meets|meeting|talks|summit)\\b"),
          "call", Pattern.compile("\\b(?:called|phoned|call|spoke by phone)\\b"),
          "visit", Pattern.compile("\\b(?:visited|visit|visits)\\b"));

  /** The noun after a year ("1997 treaty") or before "in YEAR" ("war in 2020"). */
  private static Optional<String> wordAfter(String plain, int from, int limit) {
    Matcher m = WORD.matcher(plain).region(from, limit);
    if (m.find() && plain.substring(from, m.start()).isBlank()) {
      return Optional.of(NumberStage.normalise(m.group()));
    }
    return Optional.empty();
  }

  private static Optional<String> wordBefore(String plain, int to, int limit) {
    String before = plain.substring(limit, to);
    Matcher m = Pattern.compile("([\\p{L}]+)\\s+(?:in|of)\\s+$").matcher(before);
    if (m.find()) {
      return Optional.of(NumberStage.normalise(m.group(1)));
    }
    return Optional.empty();
  }

  private record NameSlot(Span span, String verb, String preposition) {}

  /** Names that follow a verb and preposition, unless they are people or places the store knows. */
  private static List<NameSlot> names(AnalyzedText text, Span within) {
    List<NameSlot> names = new ArrayList<>();
    Matcher m = NAME_AFTER_VERB.matcher(text.plain()).region(within.start(), within.end());
    while (m.find()) {
      Span span = new Span(m.start(3), m.end(3));
      if (text.isQuoted(span) || knownPersonOrPlace(text, span)) {
        continue;
      }
      names.add(new NameSlot(span, m.group(1).toLowerCase(Locale.ROOT), m.group(2)));
    }
    return names;
  }

  private static boolean knownPersonOrPlace(AnalyzedText text, Span span) {
    for (EntityMention e :
        text.within(
            text.entities(),
            new Span(
                Math.max(0, span.start() - 200),
                Math.min(text.plain().length(), span.end() + 200)))) {
      if (e.span().overlaps(span)
          && switch (e.kind()) {
            case PERSON, PLACE, COUNTRY -> true;
            default -> false;
          }) {
        return true;
      }
    }
    return false;
  }

  private static Optional<String> nameAfter(String source, String verb, String preposition) {
    Matcher m = NAME_AFTER_VERB.matcher(source);
    while (m.find()) {
      if (m.group(1).equalsIgnoreCase(verb) && m.group(2).equals(preposition)) {
        return Optional.of(m.group(3));
      }
    }
    return Optional.empty();
  }

  private static boolean sameName(String a, String b) {
    Set<String> wordsA = capitalised(a);
    Set<String> wordsB = capitalised(b);
    wordsA.retainAll(wordsB);
    return !wordsA.isEmpty();
  }

  /** The distinctive words of a name: "Center" or "National" alone say nothing of who it is. */
  private static Set<String> capitalised(String text) {
    Set<String> words = new HashSet<>();
    for (String w : text.split("\\s+")) {
      String lower = w.toLowerCase(Locale.ROOT);
      if (!w.isEmpty()
          && Character.isUpperCase(w.charAt(0))
          && !GENERIC_NAME_WORDS.contains(lower)) {
        words.add(lower);
      }
    }
    return words;
  }

  private static final Set<String> GENERIC_NAME_WORDS =
      Set.of(
          "center",
          "centre",
          "institute",
          "university",
          "ministry",
          "company",
          "group",
          "agency",
          "council",
          "committee",
          "national",
          "research",
          "federal",
          "state",
          "international",
          "foundation",
          "laboratory",
          "corporation",
          "department",
          "office",
          "service",
          "the",
          "of",
          "for",
          "and",
          "health",
          "science",
          "sciences",
          "academy",
          "bank",
          "fund");

  /** Two sentences speak of the same time unless both give dates that cannot agree. */
  private static boolean sameTime(
      AnalyzedText draft, Span sentence, AnalyzedText article, SourceSentence source) {
    List<DateMention> ours =
        draft.within(draft.dates(), sentence).stream()
            .filter(d -> d.value() != null && d.style() != DateMention.DateStyle.YEAR)
            .toList();
    List<DateMention> theirs =
        article.within(article.dates(), source.sentence().span()).stream()
            .filter(d -> d.value() != null && d.style() != DateMention.DateStyle.YEAR)
            .toList();
    if (ours.isEmpty() || theirs.isEmpty()) {
      return true;
    }
    for (DateMention a : ours) {
      for (DateMention b : theirs) {
        if (a.value().overlaps(b.value())) {
          return true;
        }
      }
    }
    return false;
  }
}
