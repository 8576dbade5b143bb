package io.factcheck.store.model;

/** What sort of thing an entity is; decides how mentions of it are read in a draft. */
public enum EntityKind {
  PERSON,
  COUNTRY,
  ORGANISATION,
  PLACE,
  PRODUCT,
  OTHER
}
