package io.factcheck.rest;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Text a CMS may really send: control characters, broken UTF-16, right-to-left and combining
 * characters, broken or deeply nested markup. Each gets a correct answer with exact offsets.
 */
@QuarkusTest
class HostileInputTest {

  private static final String CLAIM =
      "Putin and Lukashenko held talks in Minsk on 14 September 2020.";

  private static List<Map<String, Object>> contradictions(String text, String format) {
    JsonPath body =
        Api.json()
            .body(Map.of("text", text, "format", format))
            .post("/v1/checks")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    return body.getList("findings.findAll { it.verdict == 'CONTRADICTED' }");
  }

  private static void assertMinskFlaggedExactly(String text, String format) {
    List<Map<String, Object>> wrong = contradictions(text, format);
    assertThat(wrong).hasSize(1);
    int start = text.indexOf("Minsk");
    assertThat(wrong.get(0)).containsEntry("start", start).containsEntry("end", start + 5);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "\u0000\u0001 ",
        "\ud800 ",
        "\udc00\ud800 ",
        "\u202e\u05e9\u05dc\u05d5\u05dd. ",
        "Cafe\u0301 de\u0301bat. ",
        "🇷🇺🇧🇾 ",
        "\uFEFF",
      })
  void oddCharactersBeforeAClaimKeepItsOffsetsExact(String prefix) {
    assertMinskFlaggedExactly(prefix + CLAIM, "text");
  }

  @Test
  void deeplyNestedHtml() {
    String html = "<div>".repeat(3000) + "<p>" + CLAIM + "</p>";
    assertMinskFlaggedExactly(html, "html");
  }

  @Test
  void unclosedHtml() {
    assertMinskFlaggedExactly("<p><b><i>" + CLAIM + " <em>and more", "html");
  }

  @Test
  void markdownWithAHugeLinkTable() {
    StringBuilder md = new StringBuilder(CLAIM).append("\n\n");
    for (int i = 0; i < 3000; i++) {
      md.append("[ref").append(i).append("]: https://x.example/").append(i).append('\n');
    }
    assertMinskFlaggedExactly(md.toString(), "markdown");
  }

  @Test
  void thousandsOfDatesAreAnsweredCorrectly() {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 4000; i++) {
      text.append("On May ").append(i % 28 + 1).append(", 2019 it rained. ");
    }
    text.append(CLAIM);
    assertMinskFlaggedExactly(text.toString(), "text");
  }
}
