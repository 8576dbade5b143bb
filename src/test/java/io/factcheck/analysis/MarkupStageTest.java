package io.factcheck.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class MarkupStageTest {

  private static AnalyzedText read(String source, TextFormat format) {
    return new Pipeline(List.of(new MarkupStage())).analyze(source, format, DateAnchor.NONE);
  }

  /** The plain span of a word, mapped back, must cover the same word in the source. */
  private static String sourceOf(AnalyzedText text, String word) {
    int at = text.plain().indexOf(word);
    assertThat(at).as("'%s' in plain text %s", word, text.plain()).isGreaterThanOrEqualTo(0);
    Span source = text.toSource(new Span(at, at + word.length()));
    return text.source().substring(source.start(), source.end());
  }

  @Test
  void plainTextIsItsOwnSource() {
    AnalyzedText text = read("Plain “text” é.", TextFormat.TEXT);
    assertThat(text.plain()).isEqualTo("Plain “text” é.");
    assertThat(sourceOf(text, "text")).isEqualTo("text");
  }

  @Test
  void htmlDropsTagsAndKeepsOffsets() {
    AnalyzedText text =
        read(
            "<p>Talks in <b>Sochi</b> on <em>May 5, 2021</em>.</p><p>Next one</p>",
            TextFormat.HTML);
    assertThat(text.plain()).isEqualTo("Talks in Sochi on May 5, 2021.\nNext one\n");
    assertThat(sourceOf(text, "Sochi")).isEqualTo("Sochi");
    assertThat(sourceOf(text, "May 5, 2021")).isEqualTo("May 5, 2021");
  }

  @Test
  void htmlEntitiesMapToTheWholeReference() {
    AnalyzedText text = read("<p>Tom &amp; Jerry met on Monday</p>", TextFormat.HTML);
    assertThat(text.plain()).startsWith("Tom & Jerry met");
    assertThat(sourceOf(text, "&")).isEqualTo("&amp;");
    assertThat(sourceOf(text, "Jerry met")).isEqualTo("Jerry met");
  }

  @Test
  void markdownDropsEmphasisAndLinkTargets() {
    AnalyzedText text =
        read(
            "**Rome** hosted *talks* on [June 2, 2022](https://example.org/a).",
            TextFormat.MARKDOWN);
    assertThat(text.plain()).startsWith("Rome hosted talks on June 2, 2022.");
    assertThat(text.plain()).doesNotContain("example.org");
    assertThat(sourceOf(text, "June 2, 2022")).isEqualTo("June 2, 2022");
    assertThat(sourceOf(text, "Rome")).isEqualTo("Rome");
  }

  @Test
  void markdownEscapesKeepTheirOffsets() {
    AnalyzedText text = read("Costs rose 5\\% in *Paris*", TextFormat.MARKDOWN);
    assertThat(text.plain()).startsWith("Costs rose 5% in Paris");
    assertThat(sourceOf(text, "Paris")).isEqualTo("Paris");
  }

  @Test
  void surrogatePairsKeepUtf16Offsets() {
    AnalyzedText text = read("<p>🇷🇺 Moscow</p>", TextFormat.HTML);
    assertThat(sourceOf(text, "Moscow")).isEqualTo("Moscow");
  }
}
