package io.factcheck.rest;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.instanceOf;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.oneOf;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ChecksResourceTest {

  private static final String WRONG_SOCHI_DATE =
      "Putin and Lukashenko held talks in Sochi on September 16, 2020.";

  @Test
  void findingsHaveTheContractedShape() {
    Api.json()
        .body(Map.of("text", WRONG_SOCHI_DATE, "format", "text"))
        .post("/v1/checks")
        .then()
        .statusCode(200)
        .contentType("application/json")
        .body("findings", instanceOf(java.util.List.class))
        .body("findings.start", everyItem(instanceOf(Integer.class)))
        .body("findings.end", everyItem(instanceOf(Integer.class)))
        .body("findings.verdict", everyItem(oneOf("SUPPORTED", "CONTRADICTED", "UNVERIFIED")))
        .body(
            "findings.kind",
            everyItem(oneOf("DATE", "COUNT", "PARTICIPANT", "LOCATION", "MODE", "OTHER")))
        .body("findings.message", everyItem(instanceOf(String.class)))
        .body("findings.evidence.flatten().eventId", everyItem(instanceOf(Integer.class)))
        .body("findings.evidence.flatten().documentId", everyItem(instanceOf(String.class)))
        .body("findings.evidence.flatten().quote", everyItem(instanceOf(String.class)));
  }

  @Test
  void aWrongDateIsContradictedWithTheStoredOne() {
    int start = WRONG_SOCHI_DATE.indexOf("September 16");
    Api.json()
        .body(Map.of("text", WRONG_SOCHI_DATE))
        .post("/v1/checks")
        .then()
        .statusCode(200)
        .body("findings.find { it.verdict == 'CONTRADICTED' }.kind", equalTo("DATE"))
        .body("findings.find { it.verdict == 'CONTRADICTED' }.start", equalTo(start))
        .body(
            "findings.find { it.verdict == 'CONTRADICTED' }.end",
            equalTo(start + "September 16".length()))
        .body("findings.find { it.verdict == 'CONTRADICTED' }.suggestion", equalTo("September 14"))
        .body(
            "findings.find { it.verdict == 'CONTRADICTED' }.evidence.quote",
            hasItem(containsString("September 14")));
  }

  @Test
  void htmlAndPublishedAreAccepted() {
    Api.json()
        .body(
            Map.of(
                "text", "<p>Putin and Pashinyan spoke by phone on <b>Monday</b>.</p>",
                "format", "html",
                "published", "2023-03-14"))
        .post("/v1/checks")
        .then()
        .statusCode(200)
        .body("findings", notNullValue());
  }

  @Test
  void missingTextIsABadRequestNamingTheField() {
    Api.json()
        .body(Map.of("format", "text"))
        .post("/v1/checks")
        .then()
        .statusCode(400)
        .contentType(Api.PROBLEM_JSON)
        .body("status", equalTo(400))
        .body("title", equalTo("Bad Request"))
        .body("instance", equalTo("/v1/checks"))
        .body("violations.field", contains("text"));
  }

  @Test
  void emptyTextIsABadRequest() {
    Api.json()
        .body(Map.of("text", ""))
        .post("/v1/checks")
        .then()
        .statusCode(400)
        .contentType(Api.PROBLEM_JSON)
        .body("violations.field", contains("text"));
  }

  @Test
  void textOverTheContractedLengthIsABadRequest() {
    Api.json()
        .body(Map.of("text", "a".repeat(200_001)))
        .post("/v1/checks")
        .then()
        .statusCode(400)
        .contentType(Api.PROBLEM_JSON)
        .body("violations.field", contains("text"));
  }

  @Test
  void textOfTheContractedLengthIsAccepted() {
    Api.json()
        .body(Map.of("text", "Putin met Lukashenko. ".repeat(9_000)))
        .post("/v1/checks")
        .then()
        .statusCode(200)
        .body("findings.size()", greaterThanOrEqualTo(0));
  }

  @Test
  void aBodyOverTheServerLimitIsTooLarge() {
    Api.json()
        .body(Map.of("text", "a".repeat(3_000_000)))
        .post("/v1/checks")
        .then()
        .statusCode(413)
        .contentType(Api.PROBLEM_JSON)
        .body("status", equalTo(413))
        .body("violations.field", contains("body"));
  }

  @Test
  void anUnknownFormatIsABadRequestNamingTheField() {
    Api.json()
        .body(Map.of("text", "Putin met Lukashenko.", "format", "pdf"))
        .post("/v1/checks")
        .then()
        .statusCode(400)
        .contentType(Api.PROBLEM_JSON)
        .body("violations.field", contains("format"))
        .body("violations[0].message", containsString("text, html, markdown"));
  }

  @Test
  void aMalformedPublishedDateIsABadRequestNamingTheField() {
    Api.json()
        .body(Map.of("text", "Putin met Lukashenko.", "published", "14 March 2023"))
        .post("/v1/checks")
        .then()
        .statusCode(400)
        .contentType(Api.PROBLEM_JSON)
        .body("violations.field", contains("published"))
        .body("violations[0].message", containsString("ISO 8601"));
  }

  @Test
  void aPublishedDateNotOnTheCalendarIsABadRequest() {
    Api.json()
        .body(Map.of("text", "Putin met Lukashenko.", "published", "2023-02-30"))
        .post("/v1/checks")
        .then()
        .statusCode(400)
        .contentType(Api.PROBLEM_JSON)
        .body("violations.field", contains("published"));
  }

  @Test
  void aWrongTypeIsABadRequestNamingTheField() {
    Api.json()
        .body("{\"text\": 42, \"format\": \"text\"}")
        .post("/v1/checks")
        .then()
        .statusCode(400)
        .contentType(Api.PROBLEM_JSON)
        .body("violations.field", contains("text"));
  }

  @Test
  void malformedJsonIsABadRequest() {
    Api.json()
        .body("{\"text\": \"unfinished")
        .post("/v1/checks")
        .then()
        .statusCode(400)
        .contentType(Api.PROBLEM_JSON)
        .body("violations[0].message", containsString("not well-formed JSON"));
    Api.json()
        .body("[1, 2")
        .post("/v1/checks")
        .then()
        .statusCode(400)
        .contentType(Api.PROBLEM_JSON)
        .body("violations.field", contains("body"));
  }

  @Test
  void aMissingBodyIsABadRequest() {
    Api.json()
        .post("/v1/checks")
        .then()
        .statusCode(400)
        .contentType(Api.PROBLEM_JSON)
        .body("violations.field", contains("body"));
  }

  @Test
  void unknownPropertiesAreIgnored() {
    Api.json()
        .body(Map.of("text", "Putin met Lukashenko.", "cmsRevision", 7))
        .post("/v1/checks")
        .then()
        .statusCode(200)
        .body("findings", notNullValue());
  }

  @Test
  void aWrongMediaTypeIsUnsupported() {
    Api.plain()
        .contentType("text/plain")
        .body("Putin met Lukashenko.")
        .post("/v1/checks")
        .then()
        .statusCode(415)
        .contentType(Api.PROBLEM_JSON)
        .body("status", equalTo(415));
  }
}
