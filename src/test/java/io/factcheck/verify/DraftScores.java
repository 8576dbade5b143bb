package io.factcheck.verify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.factcheck.analysis.TextFormat;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Draft cases in the evaluation's JSON-lines format, scored as the evaluation scorer scores them.
 */
public final class DraftScores {

  private DraftScores() {}

  /**
   * @param expected strict wrong values
   * @param covered strict wrong values a CONTRADICTED finding overlaps
   * @param flagged CONTRADICTED findings
   * @param falseAlarms CONTRADICTED findings that overlap no expected span
   * @param supportable cases that should get a SUPPORTED finding
   * @param supported those that got one
   */
  public record Score(
      int expected,
      int covered,
      int flagged,
      int falseAlarms,
      int supportable,
      int supported,
      List<String> misses) {

    public double recall() {
      return expected == 0 ? 1 : (double) covered / expected;
    }

    public double precision() {
      return flagged == 0 ? 1 : (double) (flagged - falseAlarms) / flagged;
    }

    public double supportRate() {
      return supportable == 0 ? 1 : (double) supported / supportable;
    }
  }

  public static List<JsonNode> read(InputStream jsonLines) throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<JsonNode> cases = new ArrayList<>();
    try (BufferedReader in =
        new BufferedReader(new InputStreamReader(jsonLines, StandardCharsets.UTF_8))) {
      String line;
      while ((line = in.readLine()) != null) {
        if (!line.isBlank()) {
          cases.add(json.readTree(line));
        }
      }
    }
    return cases;
  }

  public static Score score(FactChecker checker, List<JsonNode> cases) {
    int expected = 0, covered = 0, flagged = 0, falseAlarms = 0, supportable = 0, supported = 0;
    List<String> misses = new ArrayList<>();
    for (JsonNode c : cases) {
      String text = c.get("text").asText();
      TextFormat format =
          c.has("format")
              ? TextFormat.valueOf(c.get("format").asText().toUpperCase(Locale.ROOT))
              : TextFormat.TEXT;
      String published = c.has("published") ? c.get("published").asText() : null;
      List<Finding> findings = checker.check(new Draft(text, format, published));
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
          misses.add("false alarm " + c.get("id").asText() + ": " + f.message());
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
        } else {
          misses.add("missed " + c.get("id").asText() + ": " + text.substring(s[0], s[1]));
        }
      }
      if (c.get("supported").asBoolean()) {
        supportable++;
        if (findings.stream().anyMatch(f -> f.verdict() == Verdict.SUPPORTED)) {
          supported++;
        } else {
          misses.add(
              "not confirmed "
                  + c.get("id").asText()
                  + ": "
                  + findings.stream()
                      .map(f -> f.verdict() + " " + f.message())
                      .findFirst()
                      .orElse("no finding"));
        }
      }
    }
    return new Score(expected, covered, flagged, falseAlarms, supportable, supported, misses);
  }
}
