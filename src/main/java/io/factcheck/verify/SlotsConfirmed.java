package io.factcheck.verify;

import io.factcheck.analysis.AnalyzedText;
import io.factcheck.analysis.DateMention;
import io.factcheck.analysis.EntityLexicon;
import io.factcheck.analysis.EntityMention;
import io.factcheck.analysis.NumberMention;
import io.factcheck.analysis.NumberWords;
import io.factcheck.analysis.Span;
import io.factcheck.store.model.DateRange;
import io.factcheck.store.model.EntityKind;
import io.factcheck.store.model.Event;
import io.factcheck.store.model.EventCount;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Never vouch for a wrong value: before a sentence is marked as confirmed, every checkable value it
 * states (a count, a place, a day) must be one its evidence states too. A value the evidence does
 * not confirm turns the verdict into UNVERIFIED naming that value, so a green mark never lies over
 * a number, a city or a date nobody compared.
 */
final class SlotsConfirmed {

  private static final Pattern DIGITS = Pattern.compile("\\d[\\d,]*(?:\\.\\d+)?");
  private static final Pattern WORD = Pattern.compile("[\\p{L}-]+");

  private final EntityLexicon lexicon;

  SlotsConfirmed(EntityLexicon lexicon) {
    this.lexicon = lexicon;
  }

  /**
   * The first value of {@code span} the evidence does not confirm, as an UNVERIFIED finding; empty
   * when every value is confirmed.
   *
   * @param event the stored event behind the evidence, whose counts confirm numbers too, or null
   * @param placesFrom null where places are compared already (the evidence is an event the claim
   *     was checked against); else text beside the quotes that may name the place (the article's
   *     lead, whose dateline names the city)
   */
  Optional<PlainFinding> unconfirmed(
      AnalyzedText draft, Span span, List<Evidence> evidence, Event event, String placesFrom) {
    String quotes = String.join(" ", evidence.stream().map(Evidence::quote).toList());
    String lower = quotes.toLowerCase(Locale.ROOT);
    Set<Long> numbers = numbersIn(quotes);
    if (event != null) {
      event.counts().stream().map(EventCount::value).forEach(numbers::add);
    }
    List<DateMention> dates = draft.within(draft.dates(), span);
    List<EntityMention> names = draft.within(draft.entities(), span);
    for (NumberMention n : draft.within(draft.numbers(), span)) {
      // A number inside a date or a name ("the two leaders") counts nothing.
      if (dates.stream().anyMatch(d -> d.span().overlaps(n.span()))
          || names.stream().anyMatch(m -> m.span().overlaps(n.span()))
          || numbers.contains(n.value())) {
        continue;
      }
      return Optional.of(finding(draft, n.span(), FindingKind.COUNT, evidence));
    }
    if (placesFrom == null) {
      return Optional.empty();
    }
    String where = folded(quotes + " " + placesFrom);
    for (EntityMention m : draft.within(draft.entities(), span)) {
      if (m.kind() == EntityKind.PLACE && !named(m, where)) {
        return Optional.of(finding(draft, m.span(), FindingKind.LOCATION, evidence));
      }
    }
    return Optional.empty();
  }

  /**
   * A date of the draft sentence, finer than a year, that neither the source sentence nor the event
   * it states gives a date to compare with: confirming the sentence would vouch for it unread.
   * (Where the source sentence has a date, the aligner compares the two already.)
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
    return Normalizer.normalize(text, Normalizer.Form.NFD)
        .replaceAll("\\p{M}+", "")
        .replace("đ", "d")
        .replace("Đ", "D")
        .replaceAll("[^\\p{L}\\p{N}]+", "")
        .toLowerCase(Locale.ROOT);
  }

  private static Set<Long> numbersIn(String text) {
    Set<Long> found = new HashSet<>();
    Matcher digits = DIGITS.matcher(text);
    while (digits.find()) {
      String n = digits.group().replace(",", "");
      try {
        found.add((long) Double.parseDouble(n));
      } catch (NumberFormatException e) {
        // not a number after all
      }
    }
    Matcher words = WORD.matcher(text);
    while (words.find()) {
      String w = words.group();
      for (String part : w.split("-")) {
        addIfNumber(found, part);
      }
      addIfNumber(found, w);
    }
    return found;
  }

  private static void addIfNumber(Set<Long> found, String word) {
    int cardinal = NumberWords.cardinal(word);
    int ordinal = NumberWords.ordinal(word);
    if (cardinal > 0) {
      found.add((long) cardinal);
    }
    if (ordinal > 0) {
      found.add((long) ordinal);
    }
  }
}
