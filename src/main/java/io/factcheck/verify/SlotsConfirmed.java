package io.factcheck.verify;

import io.factcheck.analysis.AnalyzedText;
import io.factcheck.analysis.DateMention;
import io.factcheck.analysis.EntityLexicon;
import io.factcheck.analysis.EntityMention;
import io.factcheck.analysis.NumberMention;
import io.factcheck.analysis.Span;
import io.factcheck.store.model.DateRange;
import io.factcheck.store.model.EntityKind;
import io.factcheck.store.model.Event;
import io.factcheck.store.model.EventCount;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Never vouch for a wrong value: before a sentence is marked as confirmed, every checkable value it
 * states (a count, a place, a day) must be one its evidence states too: counts are confirmed by the
 * event a claim was checked against (a sentence matched with a stored one has its counts compared
 * role by role by the aligner), places and days of a matched sentence here. A value the evidence
 * does not confirm turns the verdict into UNVERIFIED naming that value, so a green mark never lies
 * over a number, a city or a date nobody compared.
 */
final class SlotsConfirmed {

  private final EntityLexicon lexicon;

  SlotsConfirmed(EntityLexicon lexicon) {
    this.lexicon = lexicon;
  }

  /**
   * A count of {@code span} (for a claim checked against {@code event}) that the event does not
   * state, as an UNVERIFIED finding. The event's counts are those its sentence gave at ingestion.
   */
  Optional<PlainFinding> countUnconfirmed(
      AnalyzedText draft, Span span, Event event, List<Evidence> evidence) {
    Set<Long> stated = new HashSet<>();
    event.counts().stream().map(EventCount::value).forEach(stated::add);
    List<DateMention> dates = draft.within(draft.dates(), span);
    List<EntityMention> names = draft.within(draft.entities(), span);
    for (NumberMention n : draft.within(draft.numbers(), span)) {
      // A number inside a date or a name ("the two leaders") counts nothing.
      if (dates.stream().anyMatch(d -> d.span().overlaps(n.span()))
          || names.stream().anyMatch(m -> m.span().overlaps(n.span()))
          || stated.contains(n.value())) {
        continue;
      }
      return Optional.of(finding(draft, n.span(), FindingKind.COUNT, evidence));
    }
    return Optional.empty();
  }

  /**
   * A place of {@code span} (for a sentence matched with a stored one) that neither the evidence
   * nor {@code lead}, the source article's first sentence whose dateline names the city, names.
   */
  Optional<PlainFinding> placeUnconfirmed(
      AnalyzedText draft, Span span, List<Evidence> evidence, String lead) {
    String where =
        folded(String.join(" ", evidence.stream().map(Evidence::quote).toList()) + " " + lead);
    for (EntityMention m : draft.within(draft.entities(), span)) {
      if (m.kind() == EntityKind.PLACE && !named(m, where)) {
        return Optional.of(finding(draft, m.span(), FindingKind.LOCATION, evidence));
      }
    }
    return Optional.empty();
  }

  /**
   * A date of the draft sentence, finer than a year, that neither the source sentence, nor the
   * event it states, nor the story's own date (what an undated report in it is of) agrees with:
   * confirming the sentence would vouch for it unread. (Where the source sentence has a date, the
   * aligner compares the two already.)
   */
  Optional<PlainFinding> dayUncompared(
      AnalyzedText draft,
      Span span,
      List<DateMention> sourceDates,
      Optional<Event> event,
      DateRange published,
      List<Evidence> evidence) {
    if (sourceDates.stream().anyMatch(SlotsConfirmed::finerThanYear)) {
      return Optional.empty();
    }
    for (DateMention d : draft.within(draft.dates(), span)) {
      if (!finerThanYear(d)) {
        continue;
      }
      boolean eventAgrees =
          event.isPresent()
              && event.get().date() != null
              && !event.get().isUncertain("date")
              && event.get().date().overlaps(d.value());
      boolean storyDay = published != null && published.overlaps(d.value());
      if (!eventAgrees && !storyDay) {
        return Optional.of(
            new PlainFinding(
                d.span(),
                Verdict.UNVERIFIED,
                FindingKind.DATE,
                "The source says the rest of this but gives no date for it, so \u201c"
                    + draft.text(d.span())
                    + "\u201d is not confirmed.",
                null,
                evidence));
      }
    }
    return Optional.empty();
  }

  private static boolean finerThanYear(DateMention d) {
    return d.value() != null && d.style() != DateMention.DateStyle.YEAR;
  }

  private static PlainFinding finding(
      AnalyzedText draft, Span slot, FindingKind kind, List<Evidence> evidence) {
    return new PlainFinding(
        slot,
        Verdict.UNVERIFIED,
        kind,
        "The source says the rest of this but not \u201c" + draft.text(slot) + "\u201d.",
        null,
        evidence);
  }

  /** The place is named in the evidence, by the draft's words or by a name the store knows. */
  private boolean named(EntityMention place, String foldedQuotes) {
    if (foldedQuotes.contains(folded(place.text()))) {
      return true;
    }
    for (String id : place.ids()) {
      var entity = lexicon.entity(id);
      if (entity.isEmpty()) {
        continue;
      }
      if (foldedQuotes.contains(folded(entity.get().name()))
          || entity.get().aliases().stream().anyMatch(a -> foldedQuotes.contains(folded(a)))) {
        return true;
      }
    }
    return false;
  }

  /** Lower case, without accents or spaces: "Hà Nội" and "Hanoi" are one name. */
  private static String folded(String text) {
    StringBuilder letters = new StringBuilder(text.length());
    for (char c : EntityLexicon.withoutAccents(text).toLowerCase(Locale.ROOT).toCharArray()) {
      if (Character.isLetterOrDigit(c)) {
        letters.append(c);
      }
    }
    return letters.toString();
  }
}
