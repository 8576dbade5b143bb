package io.factcheck.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Marks quoted speech (“…”, "…"). What a quoted person says is attributed speech, not the paper's
 * own claim, so claims inside quotes are not checked.
 */
public final class QuoteStage implements Stage {

  @Override
  public Set<Layer> requires() {
    return Set.of(Layer.PLAIN_TEXT);
  }

  @Override
  public Set<Layer> provides() {
    return Set.of(Layer.QUOTES);
  }

  @Override
  public void annotate(AnalyzedText text) {
    String plain = text.plain();
    List<Span> quotes = new ArrayList<>();
    int open = -1;
    char closing = 0;
    for (int i = 0; i < plain.length(); i++) {
      char c = plain.charAt(i);
      if (open < 0) {
        if (c == '\u201C') {
          open = i;
          closing = '\u201D';
        } else if (c == '"') {
          open = i;
          closing = '"';
        }
      } else if (c == closing) {
        quotes.add(new Span(open, i + 1));
        open = -1;
      } else if (c == '\n') {
        // A quote never runs past its paragraph; an unclosed one quotes to the line's end.
        quotes.add(new Span(open, i));
        open = -1;
      }
    }
    if (open >= 0) {
      quotes.add(new Span(open, plain.length()));
    }
    text.setQuotes(quotes);
  }
}
