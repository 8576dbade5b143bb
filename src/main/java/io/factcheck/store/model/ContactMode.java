package io.factcheck.store.model;

/** How the participants of an event were in contact. */
public enum ContactMode {
  PHONE,
  IN_PERSON,
  WRITTEN,
  OTHER
}
