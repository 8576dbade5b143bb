package io.factcheck.analysis;

/** A sentence of the plain text. */
public record Sentence(int index, Span span) {}
