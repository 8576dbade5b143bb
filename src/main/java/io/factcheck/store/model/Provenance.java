package io.factcheck.store.model;

/**
 * Where an event was read: the quoted sentence and its {@code [start, end)} UTF-16 offsets in the
 * stored document text.
 */
public record Provenance(String documentId, int start, int end, String quote) {}
