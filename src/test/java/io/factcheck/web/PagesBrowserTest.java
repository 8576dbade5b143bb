package io.factcheck.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.net.URL;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The editor and curation pages in a real headless Chromium (Debian's, installed by {@code
 * .ci/install-chromium}), driven by {@code src/test/browser/pages.cjs} with playwright-core.
 * Screenshots of every step land in {@code target/browser-screenshots}.
 */
@QuarkusTest
class PagesBrowserTest {

  private static final String SOCHI_MEETING =
      "/v1/events?participant=Lukashenko&from=2020-09-14&to=2020-09-14";

  @TestHTTPResource("/")
  URL root;

  private final ObjectMapper json = new ObjectMapper();
  private JsonNode sochiMeeting;

  @BeforeEach
  void rememberTheEventTheScenarioCurates() throws Exception {
    sochiMeeting = read(SOCHI_MEETING).get(0);
    assertThat(sochiMeeting.get("places").toString()).contains("sochi");
  }

  /** Other tests share this store: put the curated event back as it was. */
  @AfterEach
  void restoreTheCuratedEvent() throws Exception {
    long id = sochiMeeting.get("id").asLong();
    JsonNode now = read("/v1/events/" + id);
    if (now.get("version").asLong() == sochiMeeting.get("version").asLong()) {
      return;
    }
    ObjectNode update = sochiMeeting.deepCopy();
    update.remove(List.of("id", "status"));
    ArrayNode participants = update.putArray("participants");
    sochiMeeting.get("participants").forEach(p -> participants.add(p.get("id").asText()));
    update.put("version", now.get("version").asLong());
    given()
        .contentType(ContentType.JSON)
        .body(json.writeValueAsString(update))
        .put("/v1/events/" + id)
        .then()
        .statusCode(200);
    assertThat(read("/v1/events/" + id).get("date")).isEqualTo(sochiMeeting.get("date"));
  }

  private JsonNode read(String path) throws Exception {
    return json.readTree(given().get(path).then().statusCode(200).extract().asString());
  }

  @Test
  void editorsFixAWrongDateAndCuratorsChangeTheCheck() throws Exception {
    JsonNode seen = BrowserScript.run("pages.cjs", root);
    // The editor: the wrong date is underlined, explained with its source, and fixed in one click.
    assertThat(seen.get("flagged").toString()).isEqualTo("[\"September 16\"]");
    assertThat(seen.get("listed").asInt()).isEqualTo(1);
    assertThat(seen.get("cardMessage").asText()).contains("14 September 2020");
    assertThat(seen.get("cardQuote").asText()).contains("Sochi on September 14");
    assertThat(seen.get("cardSource").asText()).contains("TASS").contains("2020-10-02");
    assertThat(seen.get("applyLabel").asText()).contains("September 14");
    assertThat(seen.get("fixedDraft").asText())
        .isEqualTo("Putin and Lukashenko held talks in Sochi on September 14, 2020.");
    assertThat(seen.get("contradictedAfterFix").asInt()).isZero();
    assertThat(seen.get("supportedAfterFix").asInt()).isEqualTo(1);
    // By keyboard: caret onto the date, Alt+Enter to the card, Enter.
    assertThat(seen.get("keyboardFocus").asText()).isEqualTo("fc-apply");
    assertThat(seen.get("keyboardFixedDraft").asText()).contains("September 14, 2020");
    assertThat(seen.get("keyboardContradictedAfterFix").asInt()).isZero();
    // Dismissing removes the flag and leaves the draft alone.
    assertThat(seen.get("contradictedAfterDismiss").asInt()).isZero();
    assertThat(seen.get("draftAfterDismiss").asText()).contains("September 16");
    // Hostile text from the service stays text.
    assertThat(seen.get("hostileQuote").asText()).contains("<script>").contains("onerror");
    assertThat(seen.get("hostileSource").asText()).contains("<img src=x");
    assertThat(seen.get("hostileProvenance").asText()).contains("<img src=x");
    assertThat(seen.get("hostileConflicts").asText()).contains("date").contains("<script>");
    assertThat(seen.get("hostileElementsInEditor").asInt()).isZero();
    assertThat(seen.get("hostileElementsInCuration").asInt()).isZero();
    assertThat(seen.get("xss").isNull()).isTrue();
    // Curation: provenance highlighted, a validation error in place, then a new date.
    assertThat(seen.get("provenance").asText()).contains("Sochi on September 14");
    assertThat(seen.get("participantError").asText()).contains("nobody-at-all");
    assertThat(seen.get("participantInvalid").asText()).isEqualTo("true");
    assertThat(seen.get("savedEvent").asText())
        .contains("version " + (sochiMeeting.get("version").asLong() + 1));
    // ...and the same draft is no longer contradicted but confirmed.
    assertThat(seen.get("contradictedAfterCuration").asInt()).isZero();
    assertThat(seen.get("supportedAfterCuration").toString()).contains("September 16, 2020");
    // Everything the pages loaded came from the service, and no script failed.
    assertThat(seen.get("foreignRequests").size()).isZero();
    assertThat(seen.has("pageErrors")).as("page errors: %s", seen.get("pageErrors")).isFalse();
    assertThat(BrowserScript.SCREENSHOTS.resolve("01-editor-flagged.png")).exists();
    assertThat(BrowserScript.SCREENSHOTS.resolve("09-editor-after-curation.png")).exists();
  }
}
