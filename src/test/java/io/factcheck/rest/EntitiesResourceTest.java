package io.factcheck.rest;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class EntitiesResourceTest {

  @Test
  void searchFindsByAliasCaseInsensitive() {
    Api.json()
        .queryParam("q", "LUKASH")
        .get("/v1/entities")
        .then()
        .statusCode(200)
        .body("id", contains("alexander-lukashenko"))
        .body("[0].kind", org.hamcrest.Matchers.equalTo("PERSON"))
        .body("[0].name", org.hamcrest.Matchers.equalTo("Alexander Lukashenko"))
        .body("[0].aliases", hasItem("Lukashenko"))
        .body("[0].country", org.hamcrest.Matchers.equalTo("belarus"))
        .body("[0].roles", hasItem("president"));
  }

  @Test
  void withoutAQueryAllEntitiesAreListed() {
    Api.json()
        .get("/v1/entities")
        .then()
        .statusCode(200)
        .body("size()", greaterThan(100))
        .body("id", hasItem("belarus"))
        .body("kind", hasItem("COUNTRY"));
  }
}
