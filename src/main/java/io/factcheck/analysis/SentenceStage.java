package io.factcheck.analysis;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;

/**
 * Sentences from Apache OpenNLP's published English model (Universal Dependencies EWT). Line breaks
 * are hard sentence boundaries: headlines and paragraphs never merge. Tokens are a separate stage
 * ({@link TokenStage}): checks do not read them, and the tokenizer costs more than the sentences.
 */
public final class SentenceStage implements Stage {

  static final String SENTENCE_MODEL = "opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";

  private static final java.util.regex.Pattern MONTH_AT_END =
      java.util.regex.Pattern.compile(
          "\\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\\.$");
  private static final java.util.regex.Pattern TITLE_AT_END =
      java.util.regex.Pattern.compile(
          "\\b(?:St|Mt|Ft|Mr|Mrs|Ms|Dr|Gen|Lt|Col|Sgt|Gov|Sen|Rep|Prof)\\.$");

  /** "U.S.", "U.N." before a title and a name ("met U.S. President Joe Biden"), or lower case. */
  private static final java.util.regex.Pattern INITIALISM_AT_END =
      java.util.regex.Pattern.compile("(?:^|\\s)(?:\\p{Lu}\\.){2,}$");

  /** "President Ferdinand R." before "Marcos Jr.": a middle initial, not a sentence's end. */
  private static final java.util.regex.Pattern MIDDLE_INITIAL_AT_END =
      java.util.regex.Pattern.compile("\\b\\p{Lu}\\p{Ll}+\\s+\\p{Lu}\\.$");

  /** "Marcos Jr." before "spoke": a name's suffix. */
  private static final java.util.regex.Pattern SUFFIX_AT_END =
      java.util.regex.Pattern.compile("\\b(?:Jr|Sr)\\.$");

  private static final java.util.regex.Pattern LOWER_CASE =
      java.util.regex.Pattern.compile("\\p{Ll}");

  private static final java.util.regex.Pattern CONTINUES_A_NAME =
      java.util.regex.Pattern.compile("\\p{Ll}|\\p{Lu}\\p{Ll}+\\s+\\p{Lu}\\p{Ll}");

  private static final java.util.regex.Pattern DIGIT = java.util.regex.Pattern.compile("\\d");
  private static final java.util.regex.Pattern NAME =
      java.util.regex.Pattern.compile("\\p{Lu}\\p{Ll}");

  private final SentenceModel sentenceModel;
  // SentenceDetectorME keeps per-call state; the model is shared and thread-safe.
  private final ThreadLocal<SentenceDetectorME> sentenceDetector;

  public SentenceStage() {
    try (InputStream sentences = model(SENTENCE_MODEL)) {
      sentenceModel = new SentenceModel(sentences);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot load the OpenNLP sentence model", e);
    }
    sentenceDetector = ThreadLocal.withInitial(() -> new SentenceDetectorME(sentenceModel));
  }

  static InputStream model(String name) throws IOException {
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
    return Set.of(Layer.SENTENCES);
  }

  @Override
  public void annotate(AnalyzedText text) {
    String plain = text.plain();
    List<Sentence> sentences = new ArrayList<>();
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
        }
      }
      lineStart = lineEnd + 1;
    }
    text.setSentences(sentences);
  }

  /**
   * The model sometimes ends a sentence at "Jan.", "St.", "U.S.", a middle initial or "Jr."; such a
   * break is undone when a day follows the month, a name follows the title or the initial, a titled
   * name or a lower-case word follows the initials, or a lower-case word follows the suffix.
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
            || (MIDDLE_INITIAL_AT_END.matcher(before).find() && NAME.matcher(after).lookingAt())
            || (SUFFIX_AT_END.matcher(before).find() && LOWER_CASE.matcher(after).lookingAt())
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
