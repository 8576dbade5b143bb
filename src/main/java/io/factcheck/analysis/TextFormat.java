package io.factcheck.analysis;

/** How the text of a draft is written; offsets always index the text as sent. */
public enum TextFormat {
  TEXT,
  HTML,
  MARKDOWN
}
