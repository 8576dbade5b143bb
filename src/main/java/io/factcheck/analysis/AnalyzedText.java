package io.factcheck.analysis;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A text and everything the pipeline found in it. All spans index {@link #plain()}; {@link
 * #toSource(Span)} turns them into offsets of the text as sent.
 */
public final class AnalyzedText {

  private final String source;
  private final TextFormat format;
  private final DateAnchor anchor;
  private final Set<Layer> provided = EnumSet.noneOf(Layer.class);

  private String plain;
  private int[] plainToSource;
  private int[] plainEndInSource;
  private List<Sentence> sentences = List.of();
  private List<Token> tokens = List.of();
  private List<Span> quotes = List.of();
  private List<DateMention> dates = List.of();
  private List<NumberMention> numbers = List.of();
  private List<EntityMention> entities = List.of();
  private List<SentenceParse> parses = List.of();

  AnalyzedText(String source, TextFormat format, DateAnchor anchor) {
    this.source = source;
    this.format = format;
    this.anchor = anchor == null ? DateAnchor.NONE : anchor;
  }

  public String source() {
    return source;
  }

  public TextFormat format() {
    return format;
  }

  public DateAnchor anchor() {
    return anchor;
  }

  public boolean has(Layer layer) {
    return provided.contains(layer);
  }

  void markProvided(Set<Layer> layers) {
    provided.addAll(layers);
  }

  private static <T extends Mention> List<T> inTextOrder(List<T> mentions) {
    List<T> sorted = new ArrayList<>(mentions);
    sorted.sort(java.util.Comparator.comparingInt(m -> m.span().start()));
    return List.copyOf(sorted);
  }

  public String plain() {
    return plain;
  }

  /**
   * Sets the readable text.
   *
   * @param starts for each index of {@code plain} and one past its end, the source index where the
   *     character begins
   * @param ends for each index of {@code plain}, the source index just past what it was read from
   *     (past the whole "&amp;amp;" for a decoded "&amp;")
   */
  public void setPlain(String plain, int[] starts, int[] ends) {
    if (starts.length != plain.length() + 1 || ends.length != plain.length()) {
      throw new IllegalArgumentException("offset maps must cover the text");
    }
    this.plain = plain;
    this.plainToSource = starts;
    this.plainEndInSource = ends;
  }

  public String text(Span span) {
    return plain.substring(span.start(), span.end());
  }

  /** The span of the text as sent that a plain-text span came from. */
  public Span toSource(Span span) {
    int start = plainToSource[span.start()];
    int end = span.end() > span.start() ? plainEndInSource[span.end() - 1] : start;
    return new Span(start, Math.max(start, end));
  }

  public List<Sentence> sentences() {
    return sentences;
  }

  public void setSentences(List<Sentence> sentences) {
    this.sentences = List.copyOf(sentences);
  }

  public List<Token> tokens() {
    return tokens;
  }

  public void setTokens(List<Token> tokens) {
    this.tokens = List.copyOf(tokens);
  }

  public List<Span> quotes() {
    return quotes;
  }

  public void setQuotes(List<Span> quotes) {
    this.quotes = List.copyOf(quotes);
  }

  public boolean isQuoted(Span span) {
    return quotes.stream().anyMatch(q -> q.contains(span));
  }

  public List<DateMention> dates() {
    return dates;
  }

  public void setDates(List<DateMention> dates) {
    this.dates = inTextOrder(dates);
  }

  public List<NumberMention> numbers() {
    return numbers;
  }

  public void setNumbers(List<NumberMention> numbers) {
    this.numbers = inTextOrder(numbers);
  }

  public List<EntityMention> entities() {
    return entities;
  }

  public void setEntities(List<EntityMention> entities) {
    this.entities = inTextOrder(entities);
  }

  /** One parse per sentence, in sentence order; empty where no stage parsed the text. */
  public List<SentenceParse> parses() {
    return parses;
  }

  public void setParses(List<SentenceParse> parses) {
    this.parses = List.copyOf(parses);
  }

  /**
   * Mentions of a layer that lie inside a span. Every layer is kept in text order, so this is a
   * binary search, not a scan: long drafts stay linear.
   */
  public <T extends Mention> List<T> within(List<T> mentions, Span span) {
    int low = 0;
    int high = mentions.size();
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (mentions.get(mid).span().start() < span.start()) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    List<T> inside = new ArrayList<>();
    for (int i = low; i < mentions.size() && mentions.get(i).span().start() < span.end(); i++) {
      if (span.contains(mentions.get(i).span())) {
        inside.add(mentions.get(i));
      }
    }
    return inside;
  }

  /** The index of the sentence holding a plain-text offset, or -1 outside every sentence. */
  public int sentenceAt(int offset) {
    int low = 0;
    int high = sentences.size() - 1;
    while (low <= high) {
      int mid = (low + high) >>> 1;
      Span span = sentences.get(mid).span();
      if (offset < span.start()) {
        high = mid - 1;
      } else if (offset >= span.end()) {
        low = mid + 1;
      } else {
        return mid;
      }
    }
    return -1;
  }
}
