package io.factcheck.store.model;

/** Where an event stands in curation. Only APPROVED events are used by checks. */
public enum EventStatus {
  PROPOSED,
  APPROVED,
  REJECTED
}
