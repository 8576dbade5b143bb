package io.factcheck.rest;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** The endpoints Quarkus serves around the API: health and the contract itself. */
@QuarkusTest
class ServiceEndpointsTest {

  @Test
  void readyOnceTheCorpusIsLoaded() {
    Api.plain()
        .get("/q/health/ready")
        .then()
        .statusCode(200)
        .body("status", equalTo("UP"))
        .body("checks.name", hasItem("store"));
  }

  @Test
  void alive() {
    Api.plain().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
  }

  @Test
  void theOpenApiContractIsServed() {
    Api.plain()
        .get("/q/openapi")
        .then()
        .statusCode(200)
        .body(containsString("openapi: 3.0.3"))
        .body(containsString("/v1/checks:"))
        .body(containsString("/v1/events/{id}/approve:"))
        .body(containsString("Problem:"));
  }

  @Test
  void swaggerUiIsServed() {
    Api.plain().get("/q/swagger-ui/").then().statusCode(200).body(containsString("swagger-ui"));
  }

  @Test
  void unknownPathsAreProblems() {
    Api.plain()
        .get("/v1/nothing-here")
        .then()
        .statusCode(404)
        .contentType(Api.PROBLEM_JSON)
        .body("status", equalTo(404));
  }
}
