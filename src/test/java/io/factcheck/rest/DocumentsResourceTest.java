package io.factcheck.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class DocumentsResourceTest {

  @Test
  void aNewArticleIsStoredAndCanBeReadBack() {
    String text = "MINSK, May 3. Lukashenko spoke to reporters. " + UUID.randomUUID();
    ExtractableResponse<Response> added =
        Api.json()
            .body(
                Map.of(
                    "title", "Lukashenko speaks",
                    "source", "Test Agency",
                    "url", "https://example.org/a",
                    "published", "2021-05",
                    "text", text))
            .post("/v1/documents")
            .then()
            .statusCode(201)
            .contentType("application/json")
            .body("id", matchesPattern("[0-9a-f]{16}"))
            .body("created", equalTo(true))
            .body("events", empty())
            .extract();
    String id = added.path("id");
    assertThat(added.header("Location")).endsWith("/v1/documents/" + id);

    Api.json()
        .get("/v1/documents/{id}", id)
        .then()
        .statusCode(200)
        .body("id", equalTo(id))
        .body("title", equalTo("Lukashenko speaks"))
        .body("source", equalTo("Test Agency"))
        .body("url", equalTo("https://example.org/a"))
        .body("published", equalTo("2021-05"))
        .body("text", equalTo(text));
  }

  @Test
  void theSameTextIsStoredOnce() {
    Map<String, String> article =
        Map.of("text", "The same article, sent twice. " + UUID.randomUUID());
    String first =
        Api.json()
            .body(article)
            .post("/v1/documents")
            .then()
            .statusCode(201)
            .body("created", equalTo(true))
            .extract()
            .path("id");

    Api.json()
        .body(Map.of("text", article.get("text"), "title", "another title"))
        .queryParam("approve", true)
        .post("/v1/documents")
        .then()
        .statusCode(201)
        .body("id", equalTo(first))
        .body("created", equalTo(false))
        .body("events", empty());
  }

  @Test
  void aBundledArticleIsThereWithItsManifestData() {
    Api.json()
        .get("/v1/documents/{id}", "001_2ba1a5d2d5bdc1cb")
        .then()
        .statusCode(200)
        .body("source", equalTo("TASS"))
        .body("published", equalTo("2020-10-02"))
        .body("text", startsWith("All news"));
  }

  @Test
  void anUnknownDocumentIsNotFound() {
    Api.json()
        .get("/v1/documents/{id}", "no-such-document")
        .then()
        .statusCode(404)
        .contentType(Api.PROBLEM_JSON)
        .body("status", equalTo(404))
        .body("instance", equalTo("/v1/documents/no-such-document"));
  }

  @Test
  void aMissingTextIsABadRequest() {
    Api.json()
        .body(Map.of("title", "no text"))
        .post("/v1/documents")
        .then()
        .statusCode(400)
        .contentType(Api.PROBLEM_JSON)
        .body("violations.field", contains("text"));
  }

  @Test
  void aMalformedPublishedDateIsABadRequest() {
    Api.json()
        .body(Map.of("text", "An article.", "published", "2021-5"))
        .post("/v1/documents")
        .then()
        .statusCode(400)
        .contentType(Api.PROBLEM_JSON)
        .body("violations.field", contains("published"));
  }

  @Test
  void approveMustBeABoolean() {
    Api.json()
        .body(Map.of("text", "An article."))
        .queryParam("approve", "maybe")
        .post("/v1/documents")
        .then()
        .statusCode(400)
        .contentType(Api.PROBLEM_JSON)
        .body("violations.field", contains("approve"));
  }

  @Test
  void aWrongMediaTypeIsUnsupported() {
    Api.plain()
        .contentType("text/plain")
        .body("An article.")
        .post("/v1/documents")
        .then()
        .statusCode(415)
        .contentType(Api.PROBLEM_JSON);
  }
}
