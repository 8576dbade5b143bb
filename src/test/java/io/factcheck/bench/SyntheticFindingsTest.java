package io.factcheck.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.factcheck.analysis.SentenceStage;
import io.factcheck.verify.FactChecker;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The checker's answers to several synthetic drafts against the bundled corpus plus 3,000 synthetic
 * events, line for line as recorded in {@code bench/findings-3000-events-seed-42.txt}: changes made
 * for speed (indexes, caches, lazy analysis) must not change a single finding. When a change of the
 * answers is intended, the file is written anew with {@code BenchMain findings 3000 42 FILE}.
 */
class SyntheticFindingsTest {

  @Test
  void findingsAreThoseRecorded() throws IOException {
    FactChecker checker = new FactChecker(BenchMain.store(3000, 42), new SentenceStage());

    List<String> findings = BenchMain.findingLines(checker, 42);
    // Twice: the second check answers from the checker's caches.
    List<String> again = BenchMain.findingLines(checker, 42);

    List<String> recorded = recorded("/bench/findings-3000-events-seed-42.txt");
    assertThat(recorded).hasSizeGreaterThan(200);
    assertThat(findings).containsExactlyElementsOf(recorded);
    assertThat(again).containsExactlyElementsOf(recorded);
  }

  private static List<String> recorded(String resource) throws IOException {
    try (InputStream in = SyntheticFindingsTest.class.getResourceAsStream(resource)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
    }
  }
}
