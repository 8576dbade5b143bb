package io.factcheck.store;

import io.factcheck.store.model.DatePrecision;
import io.factcheck.store.model.DateRange;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** ISO 8601 dates of reduced precision ("2023-03-14", "2020-11", "2021") as date ranges. */
public final class PartialDates {

  private static final Pattern PARTIAL_DATE =
      Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

  private PartialDates() {}

  /**
   * The day, month or year {@code text} names.
   *
   * @throws DateTimeException when {@code text} is not such a date or not on the calendar
   */
  public static DateRange parse(String text) {
    Matcher m = PARTIAL_DATE.matcher(text == null ? "" : text);
    if (!m.matches()) {
      throw new DateTimeException("not an ISO 8601 date such as 2023-03-14, 2020-11 or 2021");
    }
    int year = Integer.parseInt(m.group(1));
    if (m.group(2) == null) {
      return DateRange.year(year);
    }
    int month = Integer.parseInt(m.group(2));
    if (m.group(3) == null) {
      LocalDate.of(year, month, 1); // throws for month 13
      return DateRange.month(year, month);
    }
    return DateRange.day(LocalDate.of(year, month, Integer.parseInt(m.group(3))));
  }

  /** The reverse of {@link #parse}; other precisions are written as their first day. */
  public static String format(DateRange range) {
    if (range == null) {
      return null;
    }
    if (range.precision() == DatePrecision.YEAR) {
      return String.format("%04d", range.start().getYear());
    }
    if (range.precision() == DatePrecision.MONTH) {
      return String.format("%04d-%02d", range.start().getYear(), range.start().getMonthValue());
    }
    return range.start().toString();
  }
}
