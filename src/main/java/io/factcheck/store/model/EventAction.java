package io.factcheck.store.model;

/** What a curation change did to an event. */
public enum EventAction {
  CREATE,
  UPDATE,
  APPROVE,
  REJECT,
  DELETE
}
