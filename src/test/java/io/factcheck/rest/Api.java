package io.factcheck.rest;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.parsing.Parser;
import io.restassured.specification.RequestSpecification;

/** RestAssured set up for this API: JSON requests, and problem+json read as JSON. */
final class Api {

  static final String PROBLEM_JSON = "application/problem+json";

  static {
    RestAssured.registerParser(PROBLEM_JSON, Parser.JSON);
  }

  private Api() {}

  static RequestSpecification json() {
    return RestAssured.given().contentType(ContentType.JSON).accept(ContentType.JSON);
  }

  static RequestSpecification plain() {
    return RestAssured.given();
  }
}
