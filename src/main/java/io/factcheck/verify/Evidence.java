package io.factcheck.verify;

/** A source sentence behind a finding, with its {@code [start, end)} offsets in the article. */
public record Evidence(long eventId, String documentId, String quote, int start, int end) {}
