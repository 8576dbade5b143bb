package io.factcheck.rest;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Headers that keep what the service returns from running as script in an editor's browser. */
@QuarkusTest
class SecurityHeadersTest {

  @Test
  void apiAnswersAreJsonThatBrowsersMustNotSniff() {
    Api.json()
        .body(Map.of("text", "Putin and Lukashenko held talks in Sochi on September 16, 2020."))
        .post("/v1/checks")
        .then()
        .statusCode(200)
        .contentType("application/json")
        .header("X-Content-Type-Options", equalTo("nosniff"));
  }

  @Test
  void theServicesPagesMayRunOnlyTheirOwnScripts() {
    for (String page : new String[] {"/editor", "/curate", "/plugin/factcheck.js"}) {
      RestAssured.given()
          .get(page)
          .then()
          .header("Content-Security-Policy", containsString("script-src 'self'"))
          .header("Content-Security-Policy", containsString("object-src 'none'"))
          .header("X-Content-Type-Options", equalTo("nosniff"));
    }
    // The API itself is not a page: no CSP needed on JSON.
    Api.json().get("/v1/entities").then().header("Content-Security-Policy", nullValue());
  }

  @Test
  void withAccessControlOffByDefaultTheApiNeedsNoKey() {
    Api.json().get("/v1/events").then().statusCode(200);
  }
}
