package io.factcheck.analysis;

/** A kind of annotation a pipeline stage can provide and another can require. */
public enum Layer {
  /** The readable text with a map back to the text as sent. */
  PLAIN_TEXT,
  SENTENCES,
  TOKENS,
  /** Spans of quoted speech. */
  QUOTES,
  DATES,
  NUMBERS,
  ENTITIES,
  /**
   * Each sentence's words with lemma, part of speech and named-entity tag, and its dependency graph
   * (articles only).
   */
  PARSES
}
