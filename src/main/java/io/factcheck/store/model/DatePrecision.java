package io.factcheck.store.model;

/**
 * How much of a date is really known. {@code WEEKDAY} is "a Tuesday somewhere in the range"; {@code
 * UNKNOWN} means the range only bounds when it can have happened.
 */
public enum DatePrecision {
  DAY,
  WEEKDAY,
  WEEK,
  MONTH,
  SEASON,
  YEAR,
  UNKNOWN
}
