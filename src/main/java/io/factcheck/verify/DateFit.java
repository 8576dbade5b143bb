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
    } else if (claimed.value() != null && claimed.style() == DateMention.DateStyle.MONTH) {
      // "in August 2021" against a known day: compare with the month's nearest day.
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

  private static LocalDate onYear(DateMention claimed, int year) {
    try {
      return LocalDate.of(year, claimed.month(), claimed.day());
    } catch (DateTimeException e) {
      return null;
    }
  }
}
