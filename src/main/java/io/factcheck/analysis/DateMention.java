package io.factcheck.analysis;

import io.factcheck.store.model.DateRange;
import java.time.DayOfWeek;

/**
 * A date expression of the text.
 *
 * @param span the whole expression ("Thursday, October 2, 2020")
 * @param value what it resolves to, or null when that cannot be known (no year anywhere)
 * @param month 1-12 when the text names a month, else 0
 * @param day day of month when the text names one, else 0
 * @param year the year when stated or inferred, else 0
 * @param yearStated true when the year is written in the expression itself
 * @param weekday the weekday the text names, or null
 * @param weekdaySpan where the weekday is written, or null
 * @param monthDaySpan where the month and day are written ("October 2"), or null
 * @param yearSpan where the year is written, or null
 * @param style how the date is written, so a correction can be written the same way
 * @param monthText the month as written ("Sept."), or null
 * @param future true for "next year", "tomorrow": a plan, not a fact to check
 */
public record DateMention(
    Span span,
    DateRange value,
    int month,
    int day,
    int year,
    boolean yearStated,
    DayOfWeek weekday,
    Span weekdaySpan,
    Span monthDaySpan,
    Span yearSpan,
    DateStyle style,
    String monthText,
    boolean future)
    implements Mention {

  /** How a date is written. */
  public enum DateStyle {
    /** "September 14" */
    MONTH_DAY,
    /** "14 September" */
    DAY_MONTH,
    /** "November 2020", "in July" */
    MONTH,
    /** "2020" */
    YEAR,
    /** "on Monday" */
    WEEKDAY,
    /** "last week", "this year", "yesterday" */
    RELATIVE,
    /** "the summer of 2014" */
    SEASON
  }

  /** True when month and day are known even if the year is not. */
  public boolean hasMonthDay() {
    return month > 0 && day > 0;
  }
}
