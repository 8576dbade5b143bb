package io.factcheck.analysis;

import io.factcheck.analysis.DateMention.DateStyle;
import io.factcheck.store.model.DatePrecision;
import io.factcheck.store.model.DateRange;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds date expressions and resolves them: absolute dates in the forms newsrooms write, years,
 * months and seasons, and relative ones ("on Monday", "last week", "this year", "two weeks later")
 * against the publication date or the date last mentioned. Each keeps the precision really known.
 */
public final class DateStage implements Stage {

  static final String MONTH =
      "(January|February|March|April|May|June|July|August|September|October|November|December"
          + "|Jan\\.|Feb\\.|Mar\\.|Apr\\.|Jun\\.|Jul\\.|Aug\\.|Sept\\.|Sep\\.|Oct\\.|Nov\\.|Dec\\."
          + "|Jan|Feb|Aug|Sept|Oct|Nov|Dec)";
  static final String WEEKDAY = "(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";
  private static final String YEAR = "((?:1[6-9]|20)\\d\\d)";
  private static final String ORD = "(?:st|nd|rd|th)?";

  // Each pattern opens with a lookahead for the letters it can start with: it changes no match, but
  // lets the matcher leave most positions after one character instead of trying every
  // alternative (and, for LONE_MONTH, a lookbehind) there.
  private static final Pattern MONTH_DAY =
      Pattern.compile(
          "(?=[ADFJMNOSTW])\\b(?:"
              + WEEKDAY
              + ",?\\s+)?"
              + MONTH
              + "\\s+(\\d{1,2})"
              + ORD
              + "\\b(?:,?\\s+"
              + YEAR
              + "\\b)?(?:\\s+(last|this|next)\\s+year\\b)?");
  private static final Pattern DAY_MONTH =
      Pattern.compile(
          "(?=[FMSTWt0-9])\\b(?:"
              + WEEKDAY
              + ",?\\s+)?(?:the\\s+)?(\\d{1,2})"
              + ORD
              + "\\s+(?:of\\s+)?"
              + MONTH
              + "(?:,?\\s+"
              + YEAR
              + "\\b)?(?:\\s+(last|this|next)\\s+year\\b)?");
  private static final Pattern MONTH_YEAR =
      Pattern.compile(
          "(?=[ADFJMNOSelm])\\b(?:(?:early|mid|late)[- ])?"
              + MONTH
              + "(?:\\s+of)?,?\\s+"
              + YEAR
              + "\\b");
  private static final Pattern SEASON =
      Pattern.compile(
          "(?=[tsafw])\\b(?:the\\s+)?(spring|summer|autumn|fall|winter)\\s+(?:of\\s+)?"
              + YEAR
              + "\\b",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern LONE_MONTH =
      Pattern.compile(
          "(?=[ADFJMNOS])(?<=\\b(?:this past|last|in|since|by|until|during|throughout|early|late|mid)[- ])"
              + MONTH
              // "in June-July": two months in a row
              + "(?:\\s*[-–]\\s*"
              + MONTH
              + ")?\\b(?:\\s+(last|this|next)\\s+year\\b)?");
  private static final Pattern LONE_WEEKDAY =
      Pattern.compile("(?=[lntFMSTW])\\b(?:(last|next|this|this past)\\s+)?" + WEEKDAY + "\\b");
  private static final Pattern RELATIVE =
      Pattern.compile(
          "(?=[ytlnp])\\b(yesterday|today|tomorrow|(?:last|this|next|past)\\s+(?:week|month|year))\\b",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern OFFSET =
      Pattern.compile(
          "(?=[aotfsen0-9])\\b(a|an|one|two|three|four|five|six|seven|eight|nine|ten|\\d{1,2})\\s+"
              + "(day|week|month|year)s?\\s+(later|earlier|ago)\\b",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern LONE_YEAR =
      Pattern.compile("(?=[12])(?<![\\d,.$€£-])" + YEAR + "(?![\\d%])");

  private static final Map<String, Integer> SMALL_NUMBERS =
      Map.ofEntries(
          Map.entry("a", 1),
          Map.entry("an", 1),
          Map.entry("one", 1),
          Map.entry("two", 2),
          Map.entry("three", 3),
          Map.entry("four", 4),
          Map.entry("five", 5),
          Map.entry("six", 6),
          Map.entry("seven", 7),
          Map.entry("eight", 8),
          Map.entry("nine", 9),
          Map.entry("ten", 10));

  @Override
  public Set<Layer> requires() {
    return Set.of(Layer.PLAIN_TEXT);
  }

  @Override
  public Set<Layer> provides() {
    return Set.of(Layer.DATES);
  }

  @Override
  public void annotate(AnalyzedText text) {
    String plain = text.plain();
    List<Candidate> candidates = new ArrayList<>();
    find(MONTH_DAY, plain, Kind.MONTH_DAY, candidates);
    find(DAY_MONTH, plain, Kind.DAY_MONTH, candidates);
    find(MONTH_YEAR, plain, Kind.MONTH_YEAR, candidates);
    find(SEASON, plain, Kind.SEASON, candidates);
    find(LONE_MONTH, plain, Kind.LONE_MONTH, candidates);
    find(LONE_WEEKDAY, plain, Kind.WEEKDAY, candidates);
    find(RELATIVE, plain, Kind.RELATIVE, candidates);
    find(OFFSET, plain, Kind.OFFSET, candidates);
    find(LONE_YEAR, plain, Kind.YEAR, candidates);
    // Longest expression wins where two overlap.
    candidates.sort(
        Comparator.comparingInt((Candidate c) -> c.start).thenComparing(c -> -(c.end - c.start)));
    List<DateMention> mentions = new ArrayList<>();
    int covered = -1;
    Resolver resolver = new Resolver(text.anchor());
    for (Candidate c : candidates) {
      if (c.start < covered) {
        continue;
      }
      DateMention mention = resolver.resolve(c);
      if (mention != null) {
        mentions.add(mention);
        covered = c.end;
      }
    }
    text.setDates(mentions);
  }

  private enum Kind {
    MONTH_DAY,
    DAY_MONTH,
    MONTH_YEAR,
    SEASON,
    LONE_MONTH,
    WEEKDAY,
    RELATIVE,
    OFFSET,
    YEAR
  }

  private record Candidate(Kind kind, int start, int end, MatchResult match, String plain) {
    String group(int g) {
      return match.group(g);
    }

    Span groupSpan(int g) {
      return match.group(g) == null ? null : new Span(match.start(g), match.end(g));
    }
  }

  private static void find(Pattern pattern, String plain, Kind kind, List<Candidate> out) {
    Matcher m = pattern.matcher(plain);
    while (m.find()) {
      out.add(new Candidate(kind, m.start(), m.end(), m.toMatchResult(), plain));
    }
  }

  /** Resolves candidates in text order, remembering the last date for "two weeks later". */
  private static final class Resolver {
    private final DateAnchor anchor;
    private int contextYear;
    private LocalDate lastDay;

    Resolver(DateAnchor anchor) {
      this.anchor = anchor;
    }

    private int anchorYear() {
      return anchor.isKnown() ? anchor.published().start().getYear() : 0;
    }

    private LocalDate anchorDay() {
      return anchor.isKnown() && anchor.published().isExactDay()
          ? anchor.published().start()
          : null;
    }

    DateMention resolve(Candidate c) {
      DateMention mention =
          switch (c.kind) {
            case MONTH_DAY -> monthDay(c, 1, 2, 3, 4, 5, DateStyle.MONTH_DAY);
            case DAY_MONTH -> monthDay(c, 1, 3, 2, 4, 5, DateStyle.DAY_MONTH);
            case MONTH_YEAR -> monthYear(c);
            case SEASON -> season(c);
            case LONE_MONTH -> loneMonth(c);
            case WEEKDAY -> weekday(c);
            case RELATIVE -> relative(c);
            case OFFSET -> offset(c);
            case YEAR -> year(c);
          };
      if (mention != null && mention.value() != null) {
        if (mention.value().isExactDay()) {
          lastDay = mention.value().start();
        }
        // A stated year carries over to later dates without one; with a publication date, only a
        // full date does, since background years ("clashes in April 2016") do not move the story.
        boolean setsYear =
            anchor.isKnown()
                ? mention.yearStated() && mention.value().isExactDay()
                : mention.yearStated() || mention.style() == DateStyle.RELATIVE;
        if (setsYear) {
          contextYear = mention.value().start().getYear();
        }
      }
      return mention;
    }

    private DateMention monthDay(
        Candidate c, int gWeekday, int gMonth, int gDay, int gYear, int gRelYear, DateStyle style) {
      int month = month(c.group(gMonth));
      int day = Integer.parseInt(c.group(gDay));
      if (month == 0 || day < 1 || day > 31) {
        return null;
      }
      boolean stated = c.group(gYear) != null;
      int year;
      boolean future = false;
      if (stated) {
        year = Integer.parseInt(c.group(gYear));
      } else if (c.group(gRelYear) != null) {
        String rel = c.group(gRelYear).toLowerCase(Locale.ROOT);
        int base = anchorYear();
        year = base == 0 ? 0 : base + (rel.equals("last") ? -1 : rel.equals("next") ? 1 : 0);
        future = rel.equals("next");
      } else {
        year = inferYear(month, day);
      }
      DayOfWeek weekday = weekdayNamed(c.group(gWeekday));
      DateRange value = null;
      if (year > 0) {
        try {
          value = DateRange.day(LocalDate.of(year, month, day));
        } catch (DateTimeException e) {
          return null;
        }
      }
      Span monthSpan = c.groupSpan(gMonth);
      Span daySpan = c.groupSpan(gDay);
      Span monthDaySpan =
          new Span(
              Math.min(monthSpan.start(), daySpan.start()),
              Math.max(monthSpan.end(), daySpan.end()));
      if (style == DateStyle.MONTH_DAY) {
        // Include an ordinal suffix ("September 14th").
        monthDaySpan = new Span(monthDaySpan.start(), endOfWord(c.plain, monthDaySpan.end()));
      }
      return new DateMention(
          new Span(c.start, c.end),
          value,
          month,
          day,
          year,
          stated,
          weekday,
          c.groupSpan(gWeekday),
          monthDaySpan,
          c.groupSpan(gYear),
          style,
          c.group(gMonth),
          future);
    }

    /** A month and day without a year: the year of the text's context, else of publication. */
    private int inferYear(int month, int day) {
      if (contextYear > 0) {
        return contextYear;
      }
      int year = anchorYear();
      LocalDate anchorDay = anchorDay();
      if (year > 0 && anchorDay != null) {
        try {
          // News reports the past: a date well after publication belongs to the year before.
          if (LocalDate.of(year, month, day).isAfter(anchorDay.plusDays(7))) {
            return year - 1;
          }
        } catch (DateTimeException e) {
          return year;
        }
      }
      return year;
    }

    private DateMention monthYear(Candidate c) {
      int month = month(c.group(1));
      int year = Integer.parseInt(c.group(2));
      if (month == 0) {
        return null;
      }
      return new DateMention(
          new Span(c.start, c.end),
          DateRange.month(year, month),
          month,
          0,
          year,
          true,
          null,
          null,
          c.groupSpan(1),
          c.groupSpan(2),
          DateStyle.MONTH,
          c.group(1),
          false);
    }

    private DateMention season(Candidate c) {
      int year = Integer.parseInt(c.group(2));
      int[] months =
          switch (c.group(1).toLowerCase(Locale.ROOT)) {
            case "spring" -> new int[] {3, 5};
            case "summer" -> new int[] {6, 8};
            case "autumn", "fall" -> new int[] {9, 11};
            default -> new int[] {12, 14};
          };
      LocalDate start = LocalDate.of(year, months[0], 1);
      LocalDate end = start.plusMonths(months[1] - months[0] + 1).minusDays(1);
      return new DateMention(
          new Span(c.start, c.end),
          new DateRange(start, end, DatePrecision.SEASON, null),
          0,
          0,
          year,
          true,
          null,
          null,
          null,
          c.groupSpan(2),
          DateStyle.SEASON,
          null,
          false);
    }

    private DateMention loneMonth(Candidate c) {
      int month = month(c.group(1));
      if (month == 0) {
        return null;
      }
      int year = contextYear > 0 ? contextYear : anchorYear();
      LocalDate anchorDay = anchorDay();
      if (c.group(3) != null) {
        // "in April last year": the year is stated relative to the story's.
        String rel = c.group(3).toLowerCase(Locale.ROOT);
        int base = anchorYear();
        year = base == 0 ? 0 : base + (rel.equals("last") ? -1 : rel.equals("next") ? 1 : 0);
      } else if (contextYear == 0 && anchorDay != null && month > anchorDay.getMonthValue()) {
        year--;
      }
      DateRange value = year > 0 ? DateRange.month(year, month) : null;
      int last = c.group(2) == null ? 0 : month(c.group(2));
      if (value != null && last != 0 && last != month) {
        // "June-July", "December-January": from the first month to the end of the second
        DateRange through = DateRange.month(last < month ? year + 1 : year, last);
        value = new DateRange(value.start(), through.end(), DatePrecision.MONTH, null);
      }
      return new DateMention(
          new Span(c.start, c.end),
          value,
          month,
          0,
          year,
          false,
          null,
          null,
          c.groupSpan(1),
          null,
          DateStyle.MONTH,
          c.group(1),
          false);
    }

    private DateMention weekday(Candidate c) {
      String qualifier = c.group(1) == null ? "" : c.group(1).toLowerCase(Locale.ROOT);
      DayOfWeek weekday = weekdayNamed(c.group(2));
      boolean future = qualifier.equals("next");
      DateRange value = null;
      LocalDate anchorDay = anchorDay();
      if (anchorDay != null && !future) {
        // Reported news: the most recent such weekday, the publication day included.
        LocalDate day = anchorDay.with(TemporalAdjusters.previousOrSame(weekday));
        if (qualifier.equals("last") && day.equals(anchorDay)) {
          day = day.minusWeeks(1);
        }
        value = DateRange.day(day);
      } else if (anchor.isKnown()) {
        DateRange published = anchor.published();
        value = new DateRange(published.start(), published.end(), DatePrecision.WEEKDAY, weekday);
      }
      return new DateMention(
          new Span(c.start, c.end),
          value,
          value != null && value.isExactDay() ? value.start().getMonthValue() : 0,
          value != null && value.isExactDay() ? value.start().getDayOfMonth() : 0,
          value != null ? value.start().getYear() : 0,
          false,
          weekday,
          c.groupSpan(2),
          null,
          null,
          DateStyle.WEEKDAY,
          null,
          future);
    }

    private DateMention relative(Candidate c) {
      String phrase = c.group(1).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
      boolean future = phrase.equals("tomorrow") || phrase.startsWith("next");
      DateRange value = null;
      LocalDate day = anchorDay();
      int year = anchorYear();
      if (year > 0) {
        value =
            switch (phrase) {
              case "this year" -> DateRange.year(year);
              case "last year", "past year" -> DateRange.year(year - 1);
              case "next year" -> DateRange.year(year + 1);
              default -> null;
            };
      }
      if (day != null && value == null) {
        LocalDate monday = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        value =
            switch (phrase) {
              case "yesterday" -> DateRange.day(day.minusDays(1));
              case "today" -> DateRange.day(day);
              case "tomorrow" -> DateRange.day(day.plusDays(1));
              case "last week", "past week" -> week(monday.minusWeeks(1));
              case "this week" -> week(monday);
              case "next week" -> week(monday.plusWeeks(1));
              case "last month", "past month" ->
                  DateRange.month(day.minusMonths(1).getYear(), day.minusMonths(1).getMonthValue());
              case "this month" -> DateRange.month(day.getYear(), day.getMonthValue());
              case "next month" ->
                  DateRange.month(day.plusMonths(1).getYear(), day.plusMonths(1).getMonthValue());
              default -> null;
            };
      }
      if (value == null && (phrase.endsWith("month") || phrase.endsWith("week")) && year > 0) {
        // Only the year is known: the relative period lies somewhere in it.
        value =
            new DateRange(
                anchor.published().start(), anchor.published().end(), DatePrecision.UNKNOWN, null);
      }
      return relativeMention(c, value, future);
    }

    private DateMention offset(Candidate c) {
      String amount = c.group(1).toLowerCase(Locale.ROOT);
      int n =
          SMALL_NUMBERS.containsKey(amount) ? SMALL_NUMBERS.get(amount) : Integer.parseInt(amount);
      String unit = c.group(2).toLowerCase(Locale.ROOT);
      String direction = c.group(3).toLowerCase(Locale.ROOT);
      LocalDate base = direction.equals("ago") ? anchorDay() : lastDay;
      if (base == null) {
        return relativeMention(c, null, false);
      }
      int sign = direction.equals("later") ? 1 : -1;
      LocalDate day =
          switch (unit) {
            case "day" -> base.plusDays((long) sign * n);
            case "week" -> base.plusWeeks((long) sign * n);
            case "month" -> base.plusMonths((long) sign * n);
            default -> base.plusYears((long) sign * n);
          };
      DateRange value =
          unit.equals("day")
              ? DateRange.day(day)
              : unit.equals("week")
                  ? new DateRange(day.minusDays(3), day.plusDays(3), DatePrecision.WEEK, null)
                  : unit.equals("month")
                      ? DateRange.month(day.getYear(), day.getMonthValue())
                      : DateRange.year(day.getYear());
      return relativeMention(c, value, false);
    }

    private DateMention relativeMention(Candidate c, DateRange value, boolean future) {
      return new DateMention(
          new Span(c.start, c.end),
          value,
          value != null && value.isExactDay() ? value.start().getMonthValue() : 0,
          value != null && value.isExactDay() ? value.start().getDayOfMonth() : 0,
          value != null ? value.start().getYear() : 0,
          false,
          null,
          null,
          null,
          null,
          DateStyle.RELATIVE,
          null,
          future);
    }

    private DateMention year(Candidate c) {
      int year = Integer.parseInt(c.group(1));
      return new DateMention(
          new Span(c.start, c.end),
          DateRange.year(year),
          0,
          0,
          year,
          true,
          null,
          null,
          null,
          new Span(c.start, c.end),
          DateStyle.YEAR,
          null,
          false);
    }
  }

  private static DateRange week(LocalDate monday) {
    return new DateRange(monday, monday.plusDays(6), DatePrecision.WEEK, null);
  }

  private static int endOfWord(String text, int from) {
    int i = from;
    while (i < text.length() && Character.isLetter(text.charAt(i))) {
      i++;
    }
    return i;
  }

  /** 1-12 for a month name or abbreviation, else 0. */
  public static int month(String name) {
    if (name == null) {
      return 0;
    }
    String key = name.toLowerCase(Locale.ROOT).replace(".", "");
    if (key.length() < 3) {
      return 0;
    }
    String[] months = {
      "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"
    };
    for (int i = 0; i < months.length; i++) {
      if (key.startsWith(months[i])) {
        return i + 1;
      }
    }
    return 0;
  }

  static DayOfWeek weekdayNamed(String name) {
    return name == null ? null : DayOfWeek.valueOf(name.toUpperCase(Locale.ROOT));
  }
}
