package io.factcheck.verify;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.factcheck.analysis.TextFormat;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The project's own held-out drafts ({@code drafts/held-out*.jsonl}, written by two authors:
 * paraphrases, one wrong value of each kind, and claims that must not be flagged), scored as the
 * evaluation scorer scores them. A false alarm fails the build; recall and support must not fall
 * below what the checker reaches.
 */
class HeldOutDraftsTest {

  record Score(
      int expected, int covered, int flagged, int falseAlarms, int supportable, int supported) {}

  @ParameterizedTest
  @CsvSource({"held-out.jsonl, 0.8, 0.8", "held-out-2.jsonl, 0.5, 0.8"})
  void noFalseAlarmsAndMostErrorsFound(String file, double recall, double support)
      throws Exception {
    Score score = score(file);
    assertThat(score.falseAlarms()).as("false alarms").isZero();
    assertThat(score.covered())
        .as("errors found of %d", score.expected())
        .isGreaterThanOrEqualTo((int) Math.ceil(recall * score.expected()));
    assertThat(score.supported())
        .as("supported of %d", score.supportable())
        .isGreaterThanOrEqualTo((int) Math.ceil(support * score.supportable()));
  }

  private static Score score(String file) throws Exception {
    ObjectMapper json = new ObjectMapper();
    int expected = 0, covered = 0, flagged = 0, falseAlarms = 0, supportable = 0, supported = 0;
    for (JsonNode c : cases(json, file)) {
      String text = c.get("text").asText();
      TextFormat format =
          c.has("format")
              ? TextFormat.valueOf(c.get("format").asText().toUpperCase(Locale.ROOT))
              : TextFormat.TEXT;
      String published = c.has("published") ? c.get("published").asText() : null;
      List<Finding> findings = BundledChecker.get().check(new Draft(text, format, published));
      List<int[]> spans = new ArrayList<>();
      for (JsonNode e : c.get("expect")) {
        int at = text.indexOf(e.get("span").asText());
        spans.add(
            new int[] {
              at, at + e.get("span").asText().length(), e.get("strict").asBoolean() ? 1 : 0
            });
      }
      for (Finding f : findings) {
        if (f.verdict() != Verdict.CONTRADICTED) {
          continue;
        }
        flagged++;
        if (spans.stream().noneMatch(s -> f.start() < s[1] && s[0] < f.end())) {
          falseAlarms++;
        }
      }
      for (int[] s : spans) {
        if (s[2] == 0) {
          continue;
        }
        expected++;
        if (findings.stream()
            .anyMatch(
                f -> f.verdict() == Verdict.CONTRADICTED && f.start() < s[1] && s[0] < f.end())) {
          covered++;
        }
      }
      if (c.get("supported").asBoolean()) {
        supportable++;
        if (findings.stream().anyMatch(f -> f.verdict() == Verdict.SUPPORTED)) {
          supported++;
        }
      }
    }
    return new Score(expected, covered, flagged, falseAlarms, supportable, supported);
  }

  private static List<JsonNode> cases(ObjectMapper json, String file) throws Exception {
    List<JsonNode> cases = new ArrayList<>();
    try (BufferedReader in =
        new BufferedReader(
            new InputStreamReader(
                HeldOutDraftsTest.class.getResourceAsStream("/drafts/" + file),
                StandardCharsets.UTF_8))) {
      String line;
      while ((line = in.readLine()) != null) {
        if (!line.isBlank()) {
          cases.add(json.readTree(line));
        }
      }
    }
    return cases;
  }
}
