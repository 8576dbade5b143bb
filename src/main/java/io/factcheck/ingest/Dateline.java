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
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The date a wire story gives in its dateline: "MOSCOW, October 2. /TASS/", "Paris, 26 October 2022
 * (dpa) -", "TOKYO, March 3 (Kyodo) --". A dateline opens a line near the top of the article.
 */
public final class Dateline {

  private static final String MONTH =
      "(January|February|March|April|May|June|July|August|September|October|November|December"
          + "|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\\.?";
  private static final String PLACE = "\\p{Lu}[\\p{L}.'’ -]{1,40}?";

  /** What closes a dateline: the agency in brackets or slashes, a dash, a colon or a full stop. */
  private static final String CLOSE = "\\s*(?:\\(|/|—|–|-|:|\\.(?:\\s|$))";

  private static final Pattern MONTH_DAY =
      Pattern.compile(
          "(?m)^\\s*" + PLACE + ",\\s+" + MONTH + "\\s+(\\d{1,2})(?:,?\\s+(\\d{4}))?" + CLOSE);
  private static final Pattern DAY_MONTH =
      Pattern.compile(
          "(?m)^\\s*" + PLACE + ",\\s+(\\d{1,2})\\s+" + MONTH + "(?:,?\\s+(\\d{4}))?" + CLOSE);
  private static final Pattern YEAR = Pattern.compile("\\b(1[89]\\d\\d|20\\d\\d)\\b");
  private static final Pattern WEEKDAY =
      Pattern.compile("\\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b");

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
   * article itself points to: one it states (or the year after it, for background a year old) on
   * which the dateline falls on a weekday the story names or the day after it ("on Monday" in a
   * Tuesday story), the latest such; with no weekday named, the latest year it states. When nothing
   * fits, the date stays unknown: a guessed year would anchor every "on Monday" of the story to the
   * wrong week.
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
    TreeSet<Integer> stated = new TreeSet<>();
    Matcher years = YEAR.matcher(text);
    while (years.find()) {
      int year = Integer.parseInt(years.group(1));
      if (year <= thisYear) {
        stated.add(year);
      }
    }
    if (stated.isEmpty()) {
      return Optional.empty();
    }
    Set<DayOfWeek> named = new HashSet<>();
    Matcher weekdays = WEEKDAY.matcher(lead);
    while (weekdays.find()) {
      named.add(DayOfWeek.valueOf(weekdays.group(1).toUpperCase(Locale.ROOT)));
    }
    if (named.isEmpty()) {
      return Optional.of(stated.last());
    }
    TreeSet<Integer> candidates = new TreeSet<>(stated);
    stated.forEach(y -> candidates.add(Math.min(y + 1, thisYear)));
    // The lead's day is the dateline's own more often than the day before it.
    for (int before = 0; before <= 1; before++) {
      for (int year : candidates.descendingSet()) {
        if (isValid(year, month, day)
            && named.contains(LocalDate.of(year, month, day).getDayOfWeek().minus(before))) {
          return Optional.of(year);
        }
      }
    }
    return Optional.empty();
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
