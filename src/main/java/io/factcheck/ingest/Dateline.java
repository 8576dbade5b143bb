package io.factcheck.ingest;

import io.factcheck.store.model.DateRange;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The date a wire story gives in its dateline: "MOSCOW, October 2. /TASS/", "Paris, 26 October 2022
 * (dpa) -", "TOKYO, March 3 (Kyodo) --". A dateline opens a line near the top of the article.
 */
public final class Dateline {

  private static final String MONTH_NAME =
      "January|February|March|April|May|June|July|August|September|October|November|December"
          + "|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec";
  private static final String MONTH = "(" + MONTH_NAME + ")\\.?";
  private static final String PLACE = "\\p{Lu}[\\p{L}.'’ -]{1,40}?";

  /** What closes a dateline: the agency in brackets or slashes, a dash, a colon or a full stop. */
  private static final String CLOSE = "\\s*(?:\\(|/|—|–|-|:|\\.(?:\\s|$))";

  /** "TALLINN, Wednesday 14 May 2025 (BNS)": a weekday may open the date. */
  private static final String WEEKDAY_NAME =
      "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday";

  private static final String WEEKDAY_FIRST = "(?:(?:" + WEEKDAY_NAME + "),?\\s+)?";

  private static final Pattern MONTH_DAY =
      Pattern.compile(
          "(?m)^\\s*"
              + PLACE
              + ",\\s+"
              + WEEKDAY_FIRST
              + MONTH
              + "\\s+(\\d{1,2})(?:,?\\s+(\\d{4}))?"
              + CLOSE);
  private static final Pattern DAY_MONTH =
      Pattern.compile(
          "(?m)^\\s*"
              + PLACE
              + ",\\s+"
              + WEEKDAY_FIRST
              + "(\\d{1,2})\\s+"
              + MONTH
              + "(?:,?\\s+(\\d{4}))?"
              + CLOSE);

  /**
   * A year, with the month (and day) that may come before it: "26 January 2024", "Aug. 16, 2023".
   */
  private static final Pattern YEAR_MENTION =
      Pattern.compile(
          "(?:(?<day1>\\d{1,2})\\s+(?<month1>"
              + MONTH_NAME
              + ")\\.?\\s+|(?<month2>"
              + MONTH_NAME
              + ")\\.?\\s+(?:(?<day2>\\d{1,2}),?\\s+)?)?\\b(?<year>1[89]\\d\\d|20\\d\\d)\\b");

  /**
   * Words that put a year still ahead of the story: "will hold ... in February 2025", "by 2030".
   */
  private static final Pattern FUTURE =
      Pattern.compile(
          "\\b(?:will|shall|next|due|expected|scheduled|until)\\b|\\bby\\s+(?:\\p{L}+\\s+)?$");

  private static final Pattern SENTENCE_BREAK =
      Pattern.compile("(?<=[.!?])\\s+(?=[\\p{Lu}\"“])|\\n");

  /** How many years after the latest background year the story may be from. */
  private static final int WINDOW = 2;

  /** A story whose stated years leave more than this open is not dated by them. */
  private static final int OPEN_YEARS = 10;

  /** The most days the lead's weekday may lie before the dateline. */
  private static final int MAX_LEAD_GAP = 2;

  private static final Pattern WEEKDAY = Pattern.compile("\\b(" + WEEKDAY_NAME + ")\\b");

  /** How far into the article a dateline may stand (after a headline and a byline). */
  private static final int SEARCH_LIMIT = 800;

  private static final Map<String, Integer> MONTHS =
      Map.ofEntries(
          Map.entry("jan", 1),
          Map.entry("feb", 2),
          Map.entry("mar", 3),
          Map.entry("apr", 4),
          Map.entry("may", 5),
          Map.entry("jun", 6),
          Map.entry("jul", 7),
          Map.entry("aug", 8),
          Map.entry("sep", 9),
          Map.entry("oct", 10),
          Map.entry("nov", 11),
          Map.entry("dec", 12));

  private Dateline() {}

  /**
   * The dateline's day. A dateline without a year ("BISHKEK, May 14. /Kabar/.") takes a year the
   * article itself points to. The years it states bound the story's own: background ("In August
   * 2023", in a March story: 2024 at the earliest) from below, what is still to come ("will hold
   * its next summit in February 2025", "by 2030") from above. Within two years of that bound, the
   * year in which the dateline falls on the weekday its lead names, or a day or two after it ("on
   * Monday" in a Tuesday story), wins; with no weekday named, the lower bound. When nothing fits,
   * or the stated years leave more than a decade open, the date stays unknown: a guessed year would
   * anchor every "on Monday" of the story to the wrong week.
   */
  public static Optional<DateRange> find(String text) {
    String head = text.substring(0, Math.min(text.length(), SEARCH_LIMIT));
    Matcher monthDay = MONTH_DAY.matcher(head);
    Matcher dayMonth = DAY_MONTH.matcher(head);
    boolean md = monthDay.find();
    boolean dm = dayMonth.find();
    if (!md && !dm) {
      return Optional.empty();
    }
    boolean useMonthDay = md && (!dm || monthDay.start() <= dayMonth.start());
    Matcher m = useMonthDay ? monthDay : dayMonth;
    int month = month(useMonthDay ? m.group(1) : m.group(2));
    int day = Integer.parseInt(useMonthDay ? m.group(2) : m.group(1));
    try {
      if (m.group(3) != null) {
        return Optional.of(DateRange.day(LocalDate.of(Integer.parseInt(m.group(3)), month, day)));
      }
      return yearFor(text, lead(text, m.end()), month, day)
          .map(year -> DateRange.day(LocalDate.of(year, month, day)));
    } catch (DateTimeException e) {
      return Optional.empty(); // "February 30": not a date
    }
  }

  private static Optional<Integer> yearFor(String text, String lead, int month, int day) {
    int thisYear = LocalDate.now().getYear();
    Integer lower = null; // the story is no older than the background it states
    Integer upper = null; // and no younger than what it says is still to come
    for (String sentence : SENTENCE_BREAK.split(text)) {
      Matcher years = YEAR_MENTION.matcher(sentence);
      while (years.find()) {
        int year = Integer.parseInt(years.group("year"));
        String before = sentence.substring(0, years.start());
        if (before.matches("(?s).*\\d[-–]$")) {
          continue; // the end of a span of years ("for 2024-2026") says when it runs, not when it
          // was
        }
        if (FUTURE.matcher(before).find() || year > thisYear) {
          upper = upper == null ? year : Math.min(upper, year);
          continue;
        }
        String monthName =
            years.group("month1") != null ? years.group("month1") : years.group("month2");
        int earliest = year;
        if (monthName != null) {
          int mentionMonth = month(monthName);
          String dayText = years.group("day1") != null ? years.group("day1") : years.group("day2");
          int mentionDay = dayText == null ? 1 : Integer.parseInt(dayText);
          // "In August 2023" told in a March story: the story is from a later year.
          if (mentionMonth > month || (mentionMonth == month && mentionDay > day)) {
            earliest = year + 1;
          }
        }
        lower = lower == null ? earliest : Math.max(lower, earliest);
      }
    }
    if (lower != null && upper != null && (upper < lower || upper - lower > OPEN_YEARS)) {
      return Optional.empty(); // the years stated leave the story's own year open
    }
    if (lower == null && upper == null) {
      return Optional.empty();
    }
    Set<DayOfWeek> named = new HashSet<>();
    Matcher weekdays = WEEKDAY.matcher(lead);
    while (weekdays.find()) {
      named.add(DayOfWeek.valueOf(weekdays.group(1).toUpperCase(Locale.ROOT)));
    }
    int from = lower != null ? lower : upper - WINDOW;
    int to = Math.min(thisYear, Math.min(from + WINDOW, upper == null ? from + WINDOW : upper));
    if (named.isEmpty()) {
      return lower == null || lower > to ? Optional.empty() : Optional.of(lower);
    }
    // The lead's weekday is the dateline's own day or shortly before it ("on Monday" in a Tuesday
    // story); of the years the text allows, the one where it is nearest wins, the earliest on a
    // tie.
    Integer best = null;
    int bestGap = MAX_LEAD_GAP + 1;
    for (int year = from; year <= to; year++) {
      if (!isValid(year, month, day)) {
        continue;
      }
      DayOfWeek dateline = LocalDate.of(year, month, day).getDayOfWeek();
      for (DayOfWeek weekday : named) {
        int gap = Math.floorMod(dateline.getValue() - weekday.getValue(), 7);
        if (gap < bestGap) {
          best = year;
          bestGap = gap;
        }
      }
    }
    return Optional.ofNullable(best);
  }

  /** The story's first paragraph after the dateline, where the day's news is told. */
  private static String lead(String text, int from) {
    int paragraphEnd = text.indexOf("\n\n", from);
    int end = paragraphEnd < 0 ? text.length() : paragraphEnd;
    return text.substring(from, Math.min(end, from + 600));
  }

  private static boolean isValid(int year, int month, int day) {
    try {
      LocalDate.of(year, month, day);
      return true;
    } catch (DateTimeException e) {
      return false;
    }
  }

  private static int month(String name) {
    return MONTHS.get(name.substring(0, 3).toLowerCase(Locale.ROOT));
  }
}
