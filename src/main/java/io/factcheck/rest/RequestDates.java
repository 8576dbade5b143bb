package io.factcheck.rest;

import io.factcheck.store.InvalidFieldException;
import io.factcheck.store.PartialDates;
import io.factcheck.store.model.DateRange;
import java.time.DateTimeException;

/** Reduced-precision dates sent by clients; the OpenAPI pattern has checked their form. */
final class RequestDates {

  private RequestDates() {}

  /** The date {@code text} names, null for null; a day not on the calendar is a 400 on field. */
  static DateRange parse(String text, String field) {
    if (text == null) {
      return null;
    }
    try {
      return PartialDates.parse(text);
    } catch (DateTimeException e) {
      throw new InvalidFieldException(field, "is not a date on the calendar: " + text);
    }
  }
}
