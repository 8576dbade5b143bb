package io.factcheck.analysis;

/** A word or punctuation mark of the plain text. */
public record Token(Span span, String text) implements Mention {}
