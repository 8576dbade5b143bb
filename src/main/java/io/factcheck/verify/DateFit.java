package io.factcheck.verify;

import io.factcheck.analysis.DateMention;
import io.factcheck.store.model.DatePrecision;
import io.factcheck.store.model.DateRange;
import io.factcheck.store.model.Event;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** How the date a draft gives fits the date of a stored event. */
enum DateFit {
  /** The store dates the event at least as precisely, and the dates agree. */
  MATCH,
  /**
   * The dates can agree, but the store knows less than the draft says (or the draft gives none).
   */
  COMPATIBLE,
  /** The store dates the event elsewhere. */
  CONFLICT;

  static DateFit of(DateMention claimed, Event event) {
    DateRange stored = event.date();
    if (claimed == null || stored == null) {
      return COMPATIBLE;
    }
    boolean storedVague = event.isUncertain("date") || stored.precision() == DatePrecision.UNKNOWN;
    DateRange value = claimed.value();
    if (value == null) {
      if (!claimed.hasMonthDay()) {
        return COMPATIBLE;
      }
      // No year anywhere in the draft: compare month and day only.
      LocalDate sameDay = onYear(claimed, stored.start().getYear());
      if (sameDay == null) {
        return COMPATIBLE;
      }
      DateRange day = DateRange.day(sameDay);
      if (!stored.overlaps(day)) {
        LocalDate endDay = onYear(claimed, stored.end().getYear());
        if (endDay == null || !stored.overlaps(DateRange.day(endDay))) {
          return CONFLICT;
        }
      }
      return stored.isExactDay() ? MATCH : COMPATIBLE;
    }
    if (!stored.overlaps(value)) {
      return CONFLICT;
    }
    if (storedVague) {
      return COMPATIBLE;
    }
    return value.contains(stored) ? MATCH : COMPATIBLE;
  }

  /** Days between the claimed date and an exactly dated event, or -1 when not comparable. */
  static long distance(DateMention claimed, Event event) {
    DateRange stored = event.date();
    if (claimed == null || stored == null || !stored.isExactDay() || event.isUncertain("date")) {
      return -1;
    }
    LocalDate day;
    if (claimed.value() != null && claimed.value().isExactDay()) {
      day = claimed.value().start();
    } else if (claimed.value() == null && claimed.hasMonthDay()) {
      day = onYear(claimed, stored.start().getYear());
    } else if (claimed.value() != null
        && (claimed.style() == DateMention.DateStyle.MONTH
            || claimed.style() == DateMention.DateStyle.YEAR)) {
      // "in August 2021" or "in 2021" against a known day: compare with its nearest day.
      LocalDate s = stored.start();
      day =
          s.isBefore(claimed.value().start())
              ? claimed.value().start()
              : s.isAfter(claimed.value().end()) ? claimed.value().end() : s;
    } else {
      return -1;
    }
    return day == null ? -1 : Math.abs(ChronoUnit.DAYS.between(day, stored.start()));
  }

  /**
   * True when the claimed day looks like a slip for the stored one rather than another day: a
   * neighbouring day or a day with a digit dropped, added or swapped in the same month ("August 1"
   * for the 11th), the same day of a neighbouring month, or the same day one or two years off. A
   * date that is merely near is not enough: the two may be different events.
   */
  static boolean isSlip(DateMention claimed, Event event) {
    if (event.date() == null || !event.date().isExactDay() || event.isUncertain("date")) {
      return false;
    }
    LocalDate stored = event.date().start();
    boolean yearKnown = claimed.value() != null && claimed.value().isExactDay();
    if (!yearKnown && !claimed.hasMonthDay()) {
      return false;
    }
    int year = yearKnown ? claimed.value().start().getYear() : stored.getYear();
    int month = yearKnown ? claimed.value().start().getMonthValue() : claimed.month();
    int day = yearKnown ? claimed.value().start().getDayOfMonth() : claimed.day();
    if (year == stored.getYear() && month == stored.getMonthValue()) {
      return Math.abs(day - stored.getDayOfMonth()) <= 3 || digitSlip(day, stored.getDayOfMonth());
    }
    if (year == stored.getYear() && day == stored.getDayOfMonth()) {
      return Math.abs(month - stored.getMonthValue()) <= 2;
    }
    return month == stored.getMonthValue()
        && day == stored.getDayOfMonth()
        && claimed.yearStated()
        && Math.abs(year - stored.getYear()) <= 2;
  }

  /**
   * "1" for "11", "21" for "12" or for "11": a digit dropped, added, swapped, or the tens wrong.
   */
  private static boolean digitSlip(int a, int b) {
    String x = Integer.toString(a);
    String y = Integer.toString(b);
    if (x.length() == 2 && y.length() == 2) {
      boolean swapped = x.charAt(0) == y.charAt(1) && x.charAt(1) == y.charAt(0);
      boolean otherTens = x.charAt(1) == y.charAt(1);
      return swapped || otherTens;
    }
    String longer = x.length() > y.length() ? x : y;
    String shorter = x.length() > y.length() ? y : x;
    return longer.length() == shorter.length() + 1
        && (longer.substring(1).equals(shorter)
            || longer.substring(0, longer.length() - 1).equals(shorter));
  }

  private static LocalDate onYear(DateMention claimed, int year) {
    try {
      return LocalDate.of(year, claimed.month(), claimed.day());
    } catch (DateTimeException e) {
      return null;
    }
  }
}
