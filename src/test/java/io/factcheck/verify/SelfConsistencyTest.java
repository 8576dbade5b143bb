package io.factcheck.verify;

import static org.assertj.core.api.Assertions.assertThat;

import io.factcheck.analysis.TextFormat;
import io.factcheck.ingest.BundledCorpus;
import io.factcheck.store.model.Document;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * An article checked against the store built from it must raise no alarm: every contradiction here
 * would be a false one. This guards precision on real newsroom prose.
 */
class SelfConsistencyTest {

  static Stream<Document> articles() {
    return BundledCorpus.load().documents().stream();
  }

  @ParameterizedTest
  @MethodSource("articles")
  void anArticleDoesNotContradictItself(Document article) {
    String published = article.published() == null ? null : iso(article);
    List<Finding> findings =
        BundledChecker.get().check(new Draft(article.text(), TextFormat.TEXT, published));
    assertThat(findings).filteredOn(f -> f.verdict() == Verdict.CONTRADICTED).isEmpty();
    assertThat(findings).filteredOn(f -> f.verdict() == Verdict.SUPPORTED).isNotEmpty();
    for (Finding f : findings) {
      assertThat(f.start()).isBetween(0, f.end());
      assertThat(f.end()).isLessThanOrEqualTo(article.text().length());
    }
  }

  private static String iso(Document article) {
    return switch (article.published().precision()) {
      case DAY -> article.published().start().toString();
      case MONTH -> article.published().start().toString().substring(0, 7);
      default -> Integer.toString(article.published().start().getYear());
    };
  }
}
