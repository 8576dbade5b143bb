package io.factcheck.analysis;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;

/**
 * Sentences and tokens from Apache OpenNLP's published English models (Universal Dependencies EWT).
 * Line breaks are hard sentence boundaries: headlines and paragraphs never merge.
 */
public final class SentenceStage implements Stage {

  static final String SENTENCE_MODEL = "opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
  static final String TOKEN_MODEL = "opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";

  private static final java.util.regex.Pattern MONTH_AT_END =
      java.util.regex.Pattern.compile(
          "\\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\\.$");
  private static final java.util.regex.Pattern TITLE_AT_END =
      java.util.regex.Pattern.compile(
          "\\b(?:St|Mt|Ft|Mr|Mrs|Ms|Dr|Gen|Lt|Col|Sgt|Gov|Sen|Rep|Prof)\\.$");

  /** "U.S.", "U.N." before a title and a name ("met U.S. President Joe Biden"), or lower case. */
  private static final java.util.regex.Pattern INITIALISM_AT_END =
      java.util.regex.Pattern.compile("(?:^|\\s)(?:\\p{Lu}\\.){2,}$");

  private static final java.util.regex.Pattern CONTINUES_A_NAME =
      java.util.regex.Pattern.compile("\\p{Ll}|\\p{Lu}\\p{Ll}+\\s+\\p{Lu}\\p{Ll}");

  private static final java.util.regex.Pattern DIGIT = java.util.regex.Pattern.compile("\\d");
  private static final java.util.regex.Pattern NAME =
      java.util.regex.Pattern.compile("\\p{Lu}\\p{Ll}");

  private final SentenceModel sentenceModel;
  private final TokenizerModel tokenizerModel;
  // The ME classes keep per-call state; the models are shared and thread-safe.
  private final ThreadLocal<SentenceDetectorME> sentenceDetector;
  private final ThreadLocal<TokenizerME> tokenizer;

  public SentenceStage() {
    try (InputStream sentences = model(SENTENCE_MODEL);
        InputStream tokens = model(TOKEN_MODEL)) {
      sentenceModel = new SentenceModel(sentences);
      tokenizerModel = new TokenizerModel(tokens);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot load OpenNLP models", e);
    }
    sentenceDetector = ThreadLocal.withInitial(() -> new SentenceDetectorME(sentenceModel));
    tokenizer = ThreadLocal.withInitial(() -> new TokenizerME(tokenizerModel));
  }

  private static InputStream model(String name) throws IOException {
    InputStream in = SentenceStage.class.getClassLoader().getResourceAsStream(name);
    if (in == null) {
      throw new IOException("OpenNLP model not on the class path: " + name);
    }
    return in;
  }

  @Override
  public Set<Layer> requires() {
    return Set.of(Layer.PLAIN_TEXT);
  }

  @Override
  public Set<Layer> provides() {
    return Set.of(Layer.SENTENCES, Layer.TOKENS);
  }

  @Override
  public void annotate(AnalyzedText text) {
    String plain = text.plain();
    List<Sentence> sentences = new ArrayList<>();
    List<Token> tokens = new ArrayList<>();
    int lineStart = 0;
    while (lineStart <= plain.length()) {
      int lineEnd = plain.indexOf('\n', lineStart);
      if (lineEnd < 0) {
        lineEnd = plain.length();
      }
      String line = plain.substring(lineStart, lineEnd);
      if (!line.isBlank()) {
        for (Span span :
            mergeAfterAbbreviations(plain, lineStart, sentenceDetector.get().sentPosDetect(line))) {
          sentences.add(new Sentence(sentences.size(), span));
          String sentence = plain.substring(span.start(), span.end());
          for (opennlp.tools.util.Span t : tokenizer.get().tokenizePos(sentence)) {
            Span tokenSpan = new Span(span.start() + t.getStart(), span.start() + t.getEnd());
            tokens.add(new Token(tokenSpan, text.text(tokenSpan)));
          }
        }
      }
      lineStart = lineEnd + 1;
    }
    text.setSentences(sentences);
    text.setTokens(tokens);
  }

  /**
   * The model sometimes ends a sentence at "Jan.", "St." or "U.S."; such a break is undone when a
   * day follows the month, a name follows the title, or a titled name or a lower-case word follows
   * the initials.
   */
  private static List<Span> mergeAfterAbbreviations(
      String plain, int lineStart, opennlp.tools.util.Span[] detected) {
    List<Span> spans = new ArrayList<>();
    for (opennlp.tools.util.Span s : detected) {
      Span span = trim(plain, lineStart + s.getStart(), lineStart + s.getEnd());
      if (span.length() == 0) {
        continue;
      }
      if (!spans.isEmpty()) {
        Span previous = spans.get(spans.size() - 1);
        String before = plain.substring(previous.start(), previous.end());
        String after = plain.substring(span.start(), span.end());
        if ((MONTH_AT_END.matcher(before).find() && DIGIT.matcher(after).lookingAt())
            || (TITLE_AT_END.matcher(before).find() && NAME.matcher(after).lookingAt())
            || (INITIALISM_AT_END.matcher(before).find()
                && CONTINUES_A_NAME.matcher(after).lookingAt())) {
          spans.set(spans.size() - 1, new Span(previous.start(), span.end()));
          continue;
        }
      }
      spans.add(span);
    }
    return spans;
  }

  private static Span trim(String text, int start, int end) {
    while (start < end && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    return new Span(start, end);
  }
}
