package io.factcheck.analysis;

/** Something found at a span of the plain text. */
public interface Mention {
  Span span();
}
