package io.factcheck.rest;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.parsing.Parser;
import io.restassured.specification.RequestSpecification;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** RestAssured set up for this API: JSON requests, and problem+json read as JSON. */
final class Api {

  static final String PROBLEM_JSON = "application/problem+json";

  /** A bundled article made-up events cite. */
  static final String TASS_ARTICLE = "001_2ba1a5d2d5bdc1cb";

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

  /**
   * A PROPOSED phone call about two people no other test lists, with every optional field set; the
   * map is fresh, so a test may change it.
   */
  static Map<String, Object> madeUpCall(String summary) {
    Map<String, Object> event = new HashMap<>();
    event.put("type", "PHONE_CALL");
    event.put("participants", List.of("recep-tayyip-erdogan", "ilham-aliyev"));
    event.put("mode", "PHONE");
    event.put("date", Map.of("start", "1999-03-01", "precision", "DAY"));
    event.put("places", List.of("ankara"));
    event.put("counts", List.of(Map.of("what", "calls", "value", 2)));
    event.put("summary", summary);
    event.put("uncertain", List.of("place"));
    event.put("sources", List.of(Map.of("documentId", TASS_ARTICLE, "start", 0, "end", 8)));
    event.put("status", "PROPOSED");
    return event;
  }
}
