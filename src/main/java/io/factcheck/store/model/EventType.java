package io.factcheck.store.model;

/** The kinds of event the store records. */
public enum EventType {
  MEETING,
  PHONE_CALL,
  VISIT,
  TELEGRAM,
  SIGNING,
  AGREEMENT,
  CLASH,
  REGISTRATION,
  ATTENDANCE,
  STATEMENT,
  OTHER
}
