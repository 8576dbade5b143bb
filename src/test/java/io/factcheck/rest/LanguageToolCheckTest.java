package io.factcheck.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.languagetool.remote.CheckConfigurationBuilder;
import org.languagetool.remote.RemoteLanguageTool;
import org.languagetool.remote.RemoteResult;
import org.languagetool.remote.RemoteRuleMatch;

/** {@code /v2/check} as LanguageTool's own Java client and plain form posts see it. */
@QuarkusTest
class LanguageToolCheckTest {

  private static final String WRONG_SOCHI_DATE =
      "Putin and Lukashenko held talks in Sochi on September 16, 2020.";

  @TestHTTPResource("/")
  URL root;

  private RemoteLanguageTool client() throws Exception {
    // The client appends "/v2/check" to the base URL it is given.
    return new RemoteLanguageTool(new URL(root.toString().replaceAll("/$", "")));
  }

  @Test
  void languageToolsClientReadsAWrongDateWithItsSuggestion() throws Exception {
    RemoteResult result =
        client().check(WRONG_SOCHI_DATE, "en-US", Map.of("published", "2020-09-20"));

    assertThat(result.getLanguageCode()).isEqualTo("en-US");
    assertThat(result.getRemoteServer().getSoftware()).isEqualTo("factcheck");
    assertThat(result.getMatches()).hasSize(1);
    RemoteRuleMatch match = result.getMatches().get(0);
    int start = WRONG_SOCHI_DATE.indexOf("September 16");
    assertThat(match.getErrorOffset()).isEqualTo(start);
    assertThat(match.getErrorLength()).isEqualTo("September 16".length());
    assertThat(match.getReplacements()).contains(List.of("September 14"));
    assertThat(match.getRuleId()).isEqualTo("FACTCHECK_DATE");
    assertThat(match.getCategoryId()).contains("FACTCHECK_CONTRADICTED");
    assertThat(match.getLocQualityIssueType()).contains("inconsistency");
    assertThat(match.getMessage()).contains("14 September 2020").contains("Source:");
    String context = match.getContext();
    assertThat(
            context.substring(
                match.getContextOffset(), match.getContextOffset() + match.getErrorLength()))
        .isEqualTo("September 16");
  }

  @Test
  void languageToolsClientGetsNoMatchForACorrectDraft() throws Exception {
    RemoteResult result =
        client()
            .check(
                "Putin and Lukashenko held talks in Sochi on September 14, 2020.",
                new CheckConfigurationBuilder("en").build());
    assertThat(result.getMatches()).isEmpty();
  }

  @Test
  void markupOffsetsCountTheMarkupAsLanguageToolDoes() {
    String data =
        """
        {"annotation": [
          {"markup": "<p>"},
          {"text": "Putin and "},
          {"markup": "<b>", "interpretAs": ""},
          {"text": "Lukashenko"},
          {"markup": "</b>"},
          {"text": " held talks in Sochi on September 16, 2020."},
          {"markup": "</p>", "interpretAs": "\\n\\n"}
        ]}
        """;
    String original =
        "<p>Putin and <b>Lukashenko</b> held talks in Sochi on September 16, 2020.</p>";
    int start = original.indexOf("September 16");
    Api.plain()
        .contentType("application/x-www-form-urlencoded")
        .formParam("data", data)
        .formParam("language", "en-US")
        .post("/v2/check")
        .then()
        .statusCode(200)
        .body("matches.offset", contains(start))
        .body("matches.length", contains("September 16".length()))
        .body("matches[0].replacements.value", contains("September 14"))
        .body("matches[0].context.text", containsString("September 16"))
        .body("matches[0].factcheck.verdict", equalTo("CONTRADICTED"))
        .body("matches[0].factcheck.evidence.quote", hasItem(containsString("September 14")));
  }

  @Test
  void otherVerdictsAreMatchesOnlyWhenAskedFor() {
    String supported = "Putin and Lukashenko held talks in Sochi on September 14, 2020.";
    Api.plain()
        .contentType("application/x-www-form-urlencoded")
        .formParam("text", supported)
        .formParam("language", "auto")
        .post("/v2/check")
        .then()
        .statusCode(200)
        .body("matches", empty());
    Api.plain()
        .contentType("application/x-www-form-urlencoded")
        .formParam("text", supported)
        .formParam("language", "auto")
        .formParam("verdicts", "SUPPORTED")
        .post("/v2/check")
        .then()
        .statusCode(200)
        .body("matches.rule.category.id", hasItem("FACTCHECK_SUPPORTED"))
        .body("matches.replacements.flatten()", empty());
  }

  @Test
  void badFormsAreProblems() {
    expectProblem(Map.of("language", "en-US"), "text");
    expectProblem(Map.of("text", WRONG_SOCHI_DATE), "language");
    expectProblem(Map.of("text", WRONG_SOCHI_DATE, "language", "de-DE"), "language");
    expectProblem(Map.of("data", "{\"annotation\": [", "language", "en"), "data");
    expectProblem(Map.of("data", "{\"text\": \"x\"}", "language", "en"), "data");
    expectProblem(
        Map.of("data", "{\"annotation\": [{\"text\": 3}]}", "language", "en"),
        "data.annotation[0].text");
    expectProblem(
        Map.of("text", WRONG_SOCHI_DATE, "language", "en", "published", "20-09"), "published");
    expectProblem(
        Map.of("text", WRONG_SOCHI_DATE, "language", "en", "verdicts", "MAYBE"), "verdicts");
    expectProblem(
        Map.of("text", "x".repeat(LanguageToolResource.MAX_TEXT + 1), "language", "en"), "text");
  }

  @Test
  void anOversizedFormIs413() {
    Api.plain()
        .contentType("application/x-www-form-urlencoded")
        .formParam("text", "x".repeat(3_000_000))
        .formParam("language", "en")
        .post("/v2/check")
        .then()
        .statusCode(413)
        .contentType(Api.PROBLEM_JSON)
        .body("violations.field", contains("body"));
  }

  private static void expectProblem(Map<String, String> form, String field) {
    Api.plain()
        .contentType("application/x-www-form-urlencoded")
        .formParams(form)
        .post("/v2/check")
        .then()
        .statusCode(400)
        .contentType(Api.PROBLEM_JSON)
        .body("violations.field", contains(field));
  }
}
