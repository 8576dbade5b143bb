package io.factcheck.verify;

import io.factcheck.analysis.DateAnchor;
import io.factcheck.analysis.DateMention;
import io.factcheck.analysis.DateMention.DateStyle;
import io.factcheck.analysis.Span;
import io.factcheck.store.model.DateRange;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.Locale;

/**
 * Writes a correction for a wrong date in the draft's own style, over the narrowest span that is
 * wrong: "September 16" becomes "September 14", "16 September" becomes "14 September", a wrong
 * weekday becomes the right weekday, a wrong year only the year.
 */
final class DateWriter {

  /** A replacement for part of a date expression. */
  record Correction(Span span, String text) {}

  private static final String[] AP_MONTHS = {
    "Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."
  };

  private DateWriter() {}

  static Correction correct(DateMention wrong, LocalDate right, DateAnchor anchor) {
    boolean sameMonthDay =
        wrong.month() == right.getMonthValue() && wrong.day() == right.getDayOfMonth();
    boolean sameYear = wrong.year() == 0 || wrong.year() == right.getYear();
    if (wrong.style() == DateStyle.WEEKDAY) {
      LocalDate published =
          anchor.isKnown() && anchor.published().isExactDay() ? anchor.published().start() : null;
      if (published != null && !right.isAfter(published) && right.isAfter(published.minusDays(7))) {
        return new Correction(wrong.weekdaySpan(), weekday(right));
      }
      return new Correction(wrong.weekdaySpan(), monthDay(right, null));
    }
    if (wrong.style() == DateStyle.MONTH_DAY || wrong.style() == DateStyle.DAY_MONTH) {
      if (sameMonthDay && !sameYear && wrong.yearSpan() != null) {
        return new Correction(wrong.yearSpan(), Integer.toString(right.getYear()));
      }
      if (!sameMonthDay && (sameYear || wrong.yearSpan() == null)) {
        String text =
            wrong.style() == DateStyle.DAY_MONTH
                ? right.getDayOfMonth() + " " + monthName(right.getMonthValue(), wrong.monthText())
                : monthDay(right, wrong.monthText());
        return new Correction(wrong.monthDaySpan(), text);
      }
      Span whole =
          new Span(
              Math.min(wrong.monthDaySpan().start(), wrong.yearSpan().start()),
              Math.max(wrong.monthDaySpan().end(), wrong.yearSpan().end()));
      String text =
          wrong.style() == DateStyle.DAY_MONTH
              ? right.getDayOfMonth()
                  + " "
                  + monthName(right.getMonthValue(), wrong.monthText())
                  + " "
                  + right.getYear()
              : monthDay(right, wrong.monthText()) + ", " + right.getYear();
      return new Correction(whole, text);
    }
    if (wrong.style() == DateStyle.MONTH && wrong.monthDaySpan() != null) {
      if (wrong.month() == right.getMonthValue() && wrong.yearSpan() != null) {
        return new Correction(wrong.yearSpan(), Integer.toString(right.getYear()));
      }
      return new Correction(
          wrong.monthDaySpan(), monthName(right.getMonthValue(), wrong.monthText()));
    }
    if (wrong.style() == DateStyle.YEAR) {
      return new Correction(wrong.span(), Integer.toString(right.getYear())); // "in 2018"
    }
    return new Correction(wrong.span(), monthDay(right, null) + ", " + right.getYear());
  }

  static String weekday(LocalDate day) {
    return day.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
  }

  private static String monthDay(LocalDate day, String monthAsWritten) {
    return monthName(day.getMonthValue(), monthAsWritten) + " " + day.getDayOfMonth();
  }

  /** The month written as the draft writes months: in full, or abbreviated with a point. */
  private static String monthName(int month, String asWritten) {
    if (asWritten != null && asWritten.endsWith(".")) {
      return AP_MONTHS[month - 1];
    }
    return java.time.Month.of(month).getDisplayName(TextStyle.FULL, Locale.ENGLISH);
  }

  /** A stored date for a message: "14 September 2020", "August 2020", "2021". */
  static String describe(DateRange range) {
    if (range == null) {
      return "an unknown date";
    }
    return switch (range.precision()) {
      case DAY ->
          range.start().getDayOfMonth()
              + " "
              + monthName(range.start().getMonthValue(), null)
              + " "
              + range.start().getYear();
      case MONTH -> monthName(range.start().getMonthValue(), null) + " " + range.start().getYear();
      case YEAR -> Integer.toString(range.start().getYear());
      case WEEKDAY ->
          "a "
              + range.weekday().getDisplayName(TextStyle.FULL, Locale.ENGLISH)
              + " in "
              + range.start().getYear();
      default -> "between " + range.start() + " and " + range.end();
    };
  }
}
