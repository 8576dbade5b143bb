package io.factcheck.rest;

import static io.factcheck.rest.AuthEnabledProfile.ADMIN_KEY;
import static io.factcheck.rest.AuthEnabledProfile.CHECKER_KEY;
import static io.factcheck.rest.AuthEnabledProfile.CMS_ORIGIN;
import static io.factcheck.rest.AuthEnabledProfile.CURATOR_KEY;
import static io.factcheck.rest.AuthEnabledProfile.LIMITED_KEY;
import static io.factcheck.rest.AuthEnabledProfile.LIMITED_PER_MINUTE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Every endpoint group with access control on: no key, a wrong role, the right role. */
@QuarkusTest
@TestProfile(AuthEnabledProfile.class)
class AccessControlTest {

  private static final String TASS = "001_2ba1a5d2d5bdc1cb";
  private static final String DRAFT =
      "Putin and Lukashenko held talks in Sochi on September 16, 2020.";

  private static RequestSpecification as(String key) {
    RequestSpecification spec = Api.json();
    return key == null ? spec : spec.header("X-API-Key", key);
  }

  private static void problem(io.restassured.response.ValidatableResponse response, int status) {
    response
        .statusCode(status)
        .contentType(Api.PROBLEM_JSON)
        .body("status", equalTo(status))
        .body("detail", notNullValue());
  }

  @Test
  void withoutAKnownKeyTheApiAnswers401() {
    for (String key : new String[] {null, "", "not-a-key"}) {
      problem(as(key).body(Map.of("text", DRAFT)).post("/v1/checks").then(), 401);
      problem(as(key).get("/v1/events").then(), 401);
      problem(as(key).get("/v1/documents/{id}", TASS).then(), 401);
      problem(as(key).body(Map.of("text", "x")).post("/v1/documents").then(), 401);
      problem(as(key).get("/v1/admin/export").then(), 401);
    }
    as(null)
        .get("/v1/entities")
        .then()
        .statusCode(401)
        .header("WWW-Authenticate", containsString("X-API-Key"))
        .body("detail", containsString("X-API-Key"))
        .body("instance", equalTo("/v1/entities"));
    as("not-a-key").get("/v1/entities").then().body("detail", containsString("not known"));
  }

  @Test
  void healthOpenApiAndMetricsStayPublic() {
    RestAssured.given().get("/q/health/ready").then().statusCode(200);
    RestAssured.given().get("/q/openapi").then().statusCode(200);
    RestAssured.given().get("/q/metrics").then().statusCode(200);
  }

  @Test
  void aCheckerChecksAndReadsButNeitherCuratesNorAdministers() {
    as(CHECKER_KEY)
        .body(Map.of("text", DRAFT))
        .post("/v1/checks")
        .then()
        .statusCode(200)
        .body("findings.verdict", hasItem("CONTRADICTED"));
    as(CHECKER_KEY).get("/v1/events").then().statusCode(200).body("size()", not(equalTo(0)));
    as(CHECKER_KEY)
        .get("/v1/entities")
        .then()
        .statusCode(200)
        .body("id", hasItem("vladimir-putin"));
    as(CHECKER_KEY)
        .get("/v1/documents/{id}", TASS)
        .then()
        .statusCode(200)
        .body("id", equalTo(TASS));

    as(CHECKER_KEY)
        .body(Map.of("text", "A checker's article. " + UUID.randomUUID()))
        .post("/v1/documents")
        .then()
        .statusCode(403)
        .contentType(Api.PROBLEM_JSON)
        .body("detail", containsString("cms-plugin"))
        .body("detail", containsString("curator"));
    problem(as(CHECKER_KEY).body(newEvent()).post("/v1/events").then(), 403);
    problem(
        as(CHECKER_KEY).queryParam("version", 0).post("/v1/events/{id}/approve", 1).then(), 403);
    problem(as(CHECKER_KEY).queryParam("version", 0).delete("/v1/events/{id}", 1).then(), 403);
    problem(as(CHECKER_KEY).get("/v1/admin/export").then(), 403);
  }

  @Test
  void aCuratorReadsAndCuratesButDoesNotCheck() {
    problem(as(CURATOR_KEY).body(Map.of("text", DRAFT)).post("/v1/checks").then(), 403);
    as(CURATOR_KEY).get("/v1/events").then().statusCode(200).body("size()", not(equalTo(0)));

    as(CURATOR_KEY)
        .body(Map.of("text", "A curator's article. " + UUID.randomUUID()))
        .post("/v1/documents")
        .then()
        .statusCode(201)
        .body("created", equalTo(true));
    ExtractableResponse<Response> created =
        as(CURATOR_KEY).body(newEvent()).post("/v1/events").then().statusCode(201).extract();
    long id = ((Number) created.path("id")).longValue();
    int version = created.path("version");
    as(CURATOR_KEY)
        .queryParam("version", version)
        .post("/v1/events/{id}/approve", id)
        .then()
        .statusCode(200)
        .body("status", equalTo("APPROVED"));
    as(CURATOR_KEY)
        .queryParam("version", version + 1)
        .delete("/v1/events/{id}", id)
        .then()
        .statusCode(200);
    problem(as(CURATOR_KEY).get("/v1/admin/export").then(), 403);
  }

  @Test
  void anAdminMayDoEverything() {
    as(ADMIN_KEY).body(Map.of("text", DRAFT)).post("/v1/checks").then().statusCode(200);
    as(ADMIN_KEY).get("/v1/entities").then().statusCode(200);
    as(ADMIN_KEY)
        .body(Map.of("text", "An admin's article. " + UUID.randomUUID()))
        .post("/v1/documents")
        .then()
        .statusCode(201);
    as(ADMIN_KEY)
        .accept("application/x-ndjson")
        .get("/v1/admin/export")
        .then()
        .statusCode(200)
        .body(startsWith("{\"format\":\"factcheck-store\""));
    // Past the gate: the answer is the resource's own (there is no such admin endpoint).
    as(ADMIN_KEY).get("/v1/admin/no-such-thing").then().statusCode(404);
  }

  @Test
  void aClientOverItsRateLimitGets429WithRetryAfter() {
    for (int i = 0; i < LIMITED_PER_MINUTE; i++) {
      as(LIMITED_KEY).get("/v1/entities").then().statusCode(200);
    }
    ExtractableResponse<Response> refused =
        as(LIMITED_KEY).get("/v1/entities").then().statusCode(429).extract();
    assertThat(refused.contentType()).startsWith(Api.PROBLEM_JSON);
    assertThat((Integer) refused.path("status")).isEqualTo(429);
    assertThat(refused.<String>path("detail")).contains("limited", "3 requests a minute");
    int retryAfter = Integer.parseInt(refused.header("Retry-After"));
    assertThat(retryAfter).isBetween(1, 60);
    // Other clients have their own budgets.
    as(CHECKER_KEY).get("/v1/entities").then().statusCode(200);
  }

  @Test
  void corsPreflightIsAllowedForTheConfiguredCmsOriginOnly() {
    RestAssured.given()
        .header("Origin", CMS_ORIGIN)
        .header("Access-Control-Request-Method", "POST")
        .header("Access-Control-Request-Headers", "content-type,x-api-key")
        .options("/v1/checks")
        .then()
        .statusCode(200)
        .header("Access-Control-Allow-Origin", CMS_ORIGIN)
        .header("Access-Control-Allow-Methods", containsString("POST"))
        .header("Access-Control-Allow-Headers", containsString("X-API-Key"));

    Response denied =
        RestAssured.given()
            .header("Origin", "https://attacker.example.com")
            .header("Access-Control-Request-Method", "POST")
            .header("Access-Control-Request-Headers", "content-type,x-api-key")
            .options("/v1/checks");
    assertThat(denied.header("Access-Control-Allow-Origin")).isNull();
    assertThat(denied.statusCode()).isEqualTo(403);

    // An actual request from the CMS carries the key and is answered with the CORS header.
    as(CHECKER_KEY)
        .header("Origin", CMS_ORIGIN)
        .body(Map.of("text", DRAFT))
        .post("/v1/checks")
        .then()
        .statusCode(200)
        .header("Access-Control-Allow-Origin", CMS_ORIGIN);
  }

  @Test
  void storedScriptComesBackAsJsonTextNeverAsMarkup() {
    String script = "<script>alert('x')</script>";
    String text = "Putin met Lukashenko. " + script + " " + UUID.randomUUID();
    String id =
        as(CURATOR_KEY)
            .body(Map.of("title", script, "text", text))
            .post("/v1/documents")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    as(CHECKER_KEY)
        .get("/v1/documents/{id}", id)
        .then()
        .statusCode(200)
        .contentType("application/json")
        .header("X-Content-Type-Options", "nosniff")
        .body("title", equalTo(script))
        .body("text", equalTo(text));

    Map<String, Object> event = newEvent();
    event.put("summary", script);
    event.put(
        "sources",
        List.of(Map.of("documentId", id, "start", text.indexOf(script), "end", text.length())));
    ExtractableResponse<Response> created =
        as(CURATOR_KEY)
            .body(event)
            .post("/v1/events")
            .then()
            .statusCode(201)
            .contentType("application/json")
            .header("X-Content-Type-Options", "nosniff")
            .body("summary", equalTo(script))
            .body("sources[0].quote", containsString(script))
            .extract();
    // Even asked for HTML, the answer stays JSON and is not sniffed.
    as(CHECKER_KEY)
        .accept("text/html, */*")
        .get("/v1/events/{id}", ((Number) created.path("id")).longValue())
        .then()
        .contentType(not(containsString("html")))
        .header("X-Content-Type-Options", "nosniff");
    // Problems too are JSON, never an HTML error page echoing input.
    as(CHECKER_KEY)
        .get("/v1/documents/{id}", script)
        .then()
        .statusCode(404)
        .contentType(Api.PROBLEM_JSON)
        .header("X-Content-Type-Options", "nosniff");
  }

  private static Map<String, Object> newEvent() {
    Map<String, Object> event = new HashMap<>();
    event.put("type", "PHONE_CALL");
    event.put("participants", List.of("recep-tayyip-erdogan", "ilham-aliyev"));
    event.put("mode", "PHONE");
    event.put("date", Map.of("start", "1999-03-01", "precision", "DAY"));
    event.put("summary", "A call made up for an access test.");
    event.put("sources", List.of(Map.of("documentId", TASS, "start", 0, "end", 8)));
    event.put("status", "PROPOSED");
    return event;
  }
}
