package io.factcheck.store.model;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A date as precisely as it is known: an inclusive range {@code [start, end]} with its precision. A
 * day is a range of one day; "a Tuesday in 2021" is the year 2021 with {@code weekday} TUESDAY.
 */
public record DateRange(
    LocalDate start, LocalDate end, DatePrecision precision, DayOfWeek weekday) {

  public DateRange {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    Objects.requireNonNull(precision, "precision");
    if (end.isBefore(start)) {
      throw new IllegalArgumentException("date range ends before it starts: " + start + ".." + end);
    }
  }

  public static DateRange day(LocalDate day) {
    return new DateRange(day, day, DatePrecision.DAY, null);
  }

  public static DateRange month(int year, int month) {
    LocalDate first = LocalDate.of(year, month, 1);
    return new DateRange(
        first, first.withDayOfMonth(first.lengthOfMonth()), DatePrecision.MONTH, null);
  }

  public static DateRange year(int year) {
    return new DateRange(
        LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), DatePrecision.YEAR, null);
  }

  /**
   * Reads an ISO 8601 date of reduced precision: "2023-03-14", "2020-11" or "2021".
   *
   * @return the range, or null for null or blank input
   * @throws IllegalArgumentException when the text is not such a date
   */
  public static DateRange parseIso(String iso) {
    if (iso == null || iso.isBlank()) {
      return null;
    }
    try {
      String[] parts = iso.strip().split("-", -1);
      return switch (parts.length) {
        case 1 -> year(Integer.parseInt(parts[0]));
        case 2 -> month(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]));
        case 3 -> day(LocalDate.parse(iso.strip()));
        default -> throw new IllegalArgumentException("not an ISO 8601 date: " + iso);
      };
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("not an ISO 8601 date: " + iso, e);
    }
  }

  /** True when this is one known day. */
  public boolean isExactDay() {
    return precision == DatePrecision.DAY && start.equals(end);
  }

  /** True when the two ranges share at least one day (and, for weekdays, a matching one). */
  public boolean overlaps(DateRange other) {
    if (start.isAfter(other.end) || other.start.isAfter(end)) {
      return false;
    }
    if (weekday != null && other.weekday != null && weekday != other.weekday) {
      return false;
    }
    if (weekday != null && other.isExactDay()) {
      return other.start.getDayOfWeek() == weekday;
    }
    if (other.weekday != null && isExactDay()) {
      return start.getDayOfWeek() == other.weekday;
    }
    return true;
  }

  /** True when every day of {@code other} lies in this range. */
  public boolean contains(DateRange other) {
    return !other.start.isBefore(start) && !other.end.isAfter(end);
  }
}
