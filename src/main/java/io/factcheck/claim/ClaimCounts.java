package io.factcheck.claim;

import io.factcheck.analysis.AnalyzedText;
import io.factcheck.analysis.DateMention;
import io.factcheck.analysis.NumberMention;
import io.factcheck.analysis.Span;
import io.factcheck.store.model.EventCount;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The numbers of a claim's sentence that count something about its event ("13 people killed", "a
 * 44-day war", "a 20-minute call"), named the same way for an article read into the store and for a
 * draft checked against it, so that the two can be compared by what they count.
 */
public final class ClaimCounts {

  private static final Pattern CASUALTY =
      Pattern.compile(
          "^[\\p{L}\\s,-]{0,30}?\\b(killed|dead|died|wounded|injured|detained|arrested|missing"
              + "|evacuated|displaced)\\b");
  private static final Pattern CASUALTY_WORD =
      Pattern.compile(
          "killed|dead|died|wounded|injured|detained|arrested|missing|evacuated|displaced");

  /** A count and where the sentence states it. */
  public record Counted(Span span, EventCount count) {}

  private ClaimCounts() {}

  public static List<Counted> of(AnalyzedText text, Claim claim) {
    List<Counted> counts = new ArrayList<>();
    List<DateMention> dates = text.within(text.dates(), claim.sentence().span());
    String plain = text.plain();
    for (NumberMention number : text.within(text.numbers(), claim.sentence().span())) {
      if (number.unit().isEmpty()
          || text.isQuoted(number.span())
          || dates.stream().anyMatch(d -> d.span().overlaps(number.span()))) {
        continue;
      }
      if (number.unit().length() <= 2) {
        continue; // "4 p.m.": a time, not a count
      }
      String after =
          plain.substring(number.span().end(), Math.min(plain.length(), number.span().end() + 45));
      Matcher casualty = CASUALTY.matcher(after);
      String what;
      if (CASUALTY_WORD.matcher(number.unit()).matches()) {
        what = "people " + number.unit(); // "four people were killed and 11 wounded"
      } else {
        what = casualty.find() ? number.unit() + " " + casualty.group(1) : number.unit();
      }
      counts.add(
          new Counted(number.span(), new EventCount(what, number.value(), number.ordinal())));
    }
    return counts;
  }
}
