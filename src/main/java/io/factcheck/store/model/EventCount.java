package io.factcheck.store.model;

/**
 * A number the sources state about an event, e.g. 33 Russians detained, a 44-day war, the fourth
 * meeting this year.
 *
 * @param what what is counted, in the source's words ("Russians detained", "days", "meetings")
 * @param value the number
 * @param ordinal true for "fourth time" rather than "four times"
 */
public record EventCount(String what, long value, boolean ordinal) {}
