package io.factcheck.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceStageTest {

  @Test
  void splitsSentencesAndKeepsAbbreviationsWhole() {
    AnalyzedText text =
        Analysis.analyze("They met on Sept. 14 in Rome. Then they left.\nA headline");
    List<String> sentences = text.sentences().stream().map(s -> text.text(s.span())).toList();
    assertThat(sentences)
        .containsExactly("They met on Sept. 14 in Rome.", "Then they left.", "A headline");
  }

  @Test
  void aMiddleInitialAndASuffixDoNotEndASentence() {
    AnalyzedText text =
        Analysis.analyze("President Ferdinand R. Marcos Jr. spoke by phone. It was Jr. He left.");
    List<String> sentences = text.sentences().stream().map(s -> text.text(s.span())).toList();
    assertThat(sentences)
        .containsExactly(
            "President Ferdinand R. Marcos Jr. spoke by phone.", "It was Jr.", "He left.");
  }

  @Test
  void initialsBeforeATitledNameDoNotEndASentence() {
    AnalyzedText text =
        Analysis.analyze("They met U.S. President Joe Biden in Maryland. Then they left.");
    List<String> sentences = text.sentences().stream().map(s -> text.text(s.span())).toList();
    assertThat(sentences)
        .containsExactly("They met U.S. President Joe Biden in Maryland.", "Then they left.");
  }

  @Test
  void abbreviationsBeforeNumbersAndNamesDoNotEndSentences() {
    AnalyzedText text =
        Analysis.analyze("The pact was signed on Jan. 21, 2021 in St. Petersburg. It held.");
    assertThat(text.sentences()).hasSize(2);
  }

  @Test
  void tokensCarryTheirOffsets() {
    AnalyzedText text = Analysis.analyze("Putin met Erdogan.");
    assertThat(text.tokens())
        .extracting(Token::text)
        .containsExactly("Putin", "met", "Erdogan", ".");
    for (Token token : text.tokens()) {
      assertThat(text.text(token.span())).isEqualTo(token.text());
    }
  }

  @Test
  void quotesAreMarked() {
    AnalyzedText text = Analysis.analyze("“We met twice,” he said.");
    assertThat(text.quotes()).hasSize(1);
    assertThat(text.text(text.quotes().get(0))).isEqualTo("“We met twice,”");
  }
}
