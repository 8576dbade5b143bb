package io.factcheck.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Numbers in digits, words ("thirty-five") and ordinals ("fourth", "4th"), percentages and
 * compounds ("44-day"), each with the word it counts. Numbers inside dates are the dates' own.
 */
public final class NumberStage implements Stage {

  private static final Pattern DIGITS =
      Pattern.compile("(?<![\\w.,])(\\d{1,3}(?:,\\d{3})+|\\d+)(st|nd|rd|th)?(?![\\w]|[.,]\\d)");
  private static final Pattern WORD = Pattern.compile("\\b[A-Za-z]+(?:-[A-Za-z]+)*\\b");
  private static final Pattern FOLLOWING =
      Pattern.compile(
          "\\G(?:\\s*(%)|\\s+(percent)\\b|-([A-Za-z]+)|\\s+([A-Za-z]+))(?:\\s+([A-Za-z]+))?");

  /** Words after a number that are not what it counts. */
  private static final Set<String> NOT_UNITS =
      Set.of(
          "of", "and", "or", "the", "a", "to", "in", "on", "at", "for", "by", "with", "from", "is",
          "was", "were", "are", "had", "has", "have", "who", "which", "that", "another");

  @Override
  public Set<Layer> requires() {
    return Set.of(Layer.PLAIN_TEXT, Layer.DATES);
  }

  @Override
  public Set<Layer> provides() {
    return Set.of(Layer.NUMBERS);
  }

  @Override
  public void annotate(AnalyzedText text) {
    String plain = text.plain();
    List<NumberMention> numbers = new ArrayList<>();
    Matcher digits = DIGITS.matcher(plain);
    while (digits.find()) {
      Span span = new Span(digits.start(), digits.end());
      if (insideDate(text, span)) {
        continue;
      }
      long value;
      try {
        value = Long.parseLong(digits.group(1).replace(",", ""));
      } catch (NumberFormatException e) {
        continue;
      }
      add(numbers, plain, span, value, digits.group(2) != null, false);
    }
    Matcher words = WORD.matcher(plain);
    while (words.find()) {
      String word = words.group();
      int cardinal = NumberWords.cardinal(word);
      int ordinal = cardinal < 0 ? NumberWords.ordinal(word) : -1;
      int end = words.end();
      // "forty-day", "thirty-three-year": the number is the part before the last hyphen.
      int hyphen = word.lastIndexOf('-');
      if (cardinal < 0 && ordinal < 0 && hyphen > 0) {
        cardinal = NumberWords.cardinal(word.substring(0, hyphen));
        end = words.start() + hyphen;
      }
      if (cardinal < 0 && ordinal < 0) {
        continue;
      }
      Span span = new Span(words.start(), end);
      if (insideDate(text, span)) {
        continue;
      }
      NumberMention mention =
          add(numbers, plain, span, cardinal >= 0 ? cardinal : ordinal, ordinal >= 0, true);
      // "one" and "first" are more often words than counts; keep them only with a unit.
      if (mention != null && mention.unit().isEmpty() && mention.value() <= 1) {
        numbers.remove(numbers.size() - 1);
      }
    }
    numbers.sort((a, b) -> Integer.compare(a.span().start(), b.span().start()));
    text.setNumbers(numbers);
  }

  private static boolean insideDate(AnalyzedText text, Span span) {
    return !text
        .within(text.dates(), new Span(Math.max(0, span.start() - 64), span.end() + 64))
        .stream()
        .filter(d -> d.span().overlaps(span))
        .toList()
        .isEmpty();
  }

  private static NumberMention add(
      List<NumberMention> out,
      String plain,
      Span span,
      long value,
      boolean ordinal,
      boolean words) {
    String unit = "";
    String next = "";
    Matcher following = FOLLOWING.matcher(plain);
    if (following.find(span.end()) && following.start() == span.end()) {
      if (following.group(1) != null || following.group(2) != null) {
        unit = "%";
      } else {
        unit = following.group(3) != null ? following.group(3) : following.group(4);
      }
      next = following.group(5) == null ? "" : following.group(5);
    }
    unit = normalise(unit);
    if (NOT_UNITS.contains(unit)) {
      unit = "";
    }
    NumberMention mention = new NumberMention(span, value, ordinal, words, unit, normalise(next));
    out.add(mention);
    return mention;
  }

  /** Lower case and singular, so "days" and "day" compare equal. */
  public static String normalise(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    if (w.equals("people") || w.equals("%")) {
      return w;
    }
    if (w.endsWith("ies") && w.length() > 4) {
      return w.substring(0, w.length() - 3) + "y";
    }
    if (w.endsWith("s") && !w.endsWith("ss") && w.length() > 3) {
      return w.substring(0, w.length() - 1);
    }
    return w;
  }
}
