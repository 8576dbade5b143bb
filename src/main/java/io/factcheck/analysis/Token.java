package io.factcheck.analysis;

/** A word or punctuation mark of the plain text. */
public record Token(Span span, String text) {
  /** Lower case, for comparisons. */
  public String lower() {
    return text.toLowerCase(java.util.Locale.ROOT);
  }
}
