package io.factcheck.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class EventsResourceTest {

  /** A bundled article; its first eight characters are "All news". */
  private static final String TASS = "001_2ba1a5d2d5bdc1cb";

  @Test
  void participantLukashenkoListsTheCuratedContactsOf2020() {
    Api.json()
        .queryParam("participant", "Lukashenko")
        .queryParam("from", "2020")
        .queryParam("to", "2020")
        .get("/v1/events")
        .then()
        .statusCode(200)
        .body("participants.flatten().id", hasItem("alexander-lukashenko"))
        .body("findAll { true }.participants.id", everyItem(hasItem("alexander-lukashenko")))
        .body("status", everyItem(equalTo("APPROVED")))
        // the talks in Sochi
        .body("find { it.date.start == '2020-09-14' }.type", equalTo("MEETING"))
        .body("find { it.date.start == '2020-09-14' }.mode", equalTo("IN_PERSON"))
        .body("find { it.date.start == '2020-09-14' }.date.precision", equalTo("DAY"))
        .body("find { it.date.start == '2020-09-14' }.places", hasItem("sochi"))
        .body(
            "find { it.date.start == '2020-09-14' }.participants.id",
            hasItems("vladimir-putin", "alexander-lukashenko"))
        .body(
            "find { it.date.start == '2020-09-14' }.participants.name",
            hasItems("Vladimir Putin", "Alexander Lukashenko"))
        .body(
            "find { it.date.start == '2020-09-14' }.sources.quote",
            hasItem(containsString("Sochi on September 14")))
        // the phone call of 2 October
        .body("find { it.date.start == '2020-10-02' }.type", equalTo("PHONE_CALL"))
        .body("find { it.date.start == '2020-10-02' }.mode", equalTo("PHONE"))
        .body("find { it.date.start == '2020-10-02' }.sources.documentId", hasItem(TASS))
        // the meeting at the Rzhev Memorial
        .body("find { it.date.start == '2020-06-30' }.mode", equalTo("IN_PERSON"))
        .body("find { it.date.start == '2020-06-30' }.places", hasItem("rzhev-memorial"))
        // ordered by date
        .body("date.start[0]", equalTo("2020-06-24"));
  }

  @Test
  void sourcesCarryOffsetsIntoTheirDocument() {
    List<Map<String, Object>> sources =
        Api.json()
            .queryParam("participant", "alexander-lukashenko")
            .queryParam("from", "2020-10-02")
            .queryParam("to", "2020-10-02")
            .get("/v1/events")
            .then()
            .statusCode(200)
            .extract()
            .path("find { it.type == 'PHONE_CALL' }.sources");
    String text = Api.json().get("/v1/documents/{id}", TASS).then().extract().path("text");
    assertThat(sources).isNotEmpty();
    for (Map<String, Object> source : sources) {
      int start = (Integer) source.get("start");
      int end = (Integer) source.get("end");
      assertThat(text.substring(start, end)).isEqualTo(source.get("quote"));
    }
  }

  @Test
  void filtersCombine() {
    Api.json()
        .queryParam("type", "PHONE_CALL")
        .queryParam("status", "APPROVED")
        .get("/v1/events")
        .then()
        .statusCode(200)
        .body("type", everyItem(equalTo("PHONE_CALL")))
        .body("type", not(empty()));
    Api.json()
        .queryParam("participant", "nobody-we-know")
        .get("/v1/events")
        .then()
        .statusCode(200)
        .body("$", empty());
  }

  @Test
  void badFiltersAreBadRequestsNamingTheParameter() {
    Api.json()
        .queryParam("type", "PICNIC")
        .get("/v1/events")
        .then()
        .statusCode(400)
        .contentType(Api.PROBLEM_JSON)
        .body("violations.field", contains("type"));
    Api.json()
        .queryParam("from", "2020-02-30")
        .get("/v1/events")
        .then()
        .statusCode(400)
        .contentType(Api.PROBLEM_JSON)
        .body("violations.field", contains("from"));
    Api.json()
        .queryParam("to", "last year")
        .get("/v1/events")
        .then()
        .statusCode(400)
        .contentType(Api.PROBLEM_JSON)
        .body("violations.field", contains("to"));
  }

  @Test
  void anUnknownEventIsNotFound() {
    Api.json()
        .get("/v1/events/{id}", 987654321)
        .then()
        .statusCode(404)
        .contentType(Api.PROBLEM_JSON)
        .body("detail", containsString("987654321"));
    Api.json()
        .queryParam("version", 0)
        .post("/v1/events/{id}/approve", 987654321)
        .then()
        .statusCode(404)
        .contentType(Api.PROBLEM_JSON);
    Api.json()
        .get("/v1/events/{id}", "abc")
        .then()
        .statusCode(400)
        .contentType(Api.PROBLEM_JSON)
        .body("violations.field", contains("id"));
  }

  @Test
  void anEventGoesThroughCuration() {
    ExtractableResponse<Response> created =
        Api.json()
            .body(Api.madeUpCall("A call made up for a test."))
            .post("/v1/events")
            .then()
            .statusCode(201)
            .body("status", equalTo("PROPOSED"))
            .body("version", equalTo(0))
            .body("type", equalTo("PHONE_CALL"))
            .body("mode", equalTo("PHONE"))
            .body("participants.id", contains("recep-tayyip-erdogan", "ilham-aliyev"))
            .body("participants.name", contains("Recep Tayyip Erdoğan", "Ilham Aliyev"))
            .body("date.start", equalTo("1999-03-01"))
            .body("date.end", equalTo("1999-03-01"))
            .body("date.precision", equalTo("DAY"))
            .body("places", contains("ankara"))
            .body("counts[0].what", equalTo("calls"))
            .body("counts[0].value", equalTo(2))
            .body("counts[0].ordinal", equalTo(false))
            .body("uncertain", contains("place"))
            .body("sources[0].documentId", equalTo(TASS))
            .body("sources[0].start", equalTo(0))
            .body("sources[0].end", equalTo(8))
            .body("sources[0].quote", equalTo("All news"))
            .extract();
    int id = created.path("id");
    assertThat(created.header("Location")).endsWith("/v1/events/" + id);

    Api.json()
        .get("/v1/events/{id}", id)
        .then()
        .statusCode(200)
        .body("id", equalTo(id))
        .body("summary", equalTo("A call made up for a test."));

    Map<String, Object> update = Api.madeUpCall("A call made up for a test.");
    update.remove("status");
    update.put("summary", "Corrected.");
    update.put("version", 0);
    Api.json()
        .body(update)
        .put("/v1/events/{id}", id)
        .then()
        .statusCode(200)
        .body("summary", equalTo("Corrected."))
        .body("status", equalTo("PROPOSED"))
        .body("version", equalTo(1));

    // an edit decided on version 0 comes too late
    update.put("summary", "Lost update.");
    Api.json()
        .body(update)
        .put("/v1/events/{id}", id)
        .then()
        .statusCode(409)
        .contentType(Api.PROBLEM_JSON)
        .body("status", equalTo(409))
        .body("violations.field", contains("version"));
    Api.json().get("/v1/events/{id}", id).then().body("summary", equalTo("Corrected."));

    Api.json()
        .queryParam("version", 0)
        .post("/v1/events/{id}/approve", id)
        .then()
        .statusCode(409)
        .contentType(Api.PROBLEM_JSON);
    Api.json()
        .queryParam("version", 1)
        .post("/v1/events/{id}/approve", id)
        .then()
        .statusCode(200)
        .body("status", equalTo("APPROVED"))
        .body("version", equalTo(2));
    Api.json()
        .queryParam("participant", "Aliyev")
        .queryParam("status", "APPROVED")
        .get("/v1/events")
        .then()
        .body("id", hasItem(id));

    Api.json()
        .queryParam("version", 2)
        .post("/v1/events/{id}/reject", id)
        .then()
        .statusCode(200)
        .body("status", equalTo("REJECTED"))
        .body("version", equalTo(3));

    Api.json()
        .queryParam("version", 2)
        .delete("/v1/events/{id}", id)
        .then()
        .statusCode(409)
        .contentType(Api.PROBLEM_JSON);
    Api.json()
        .queryParam("version", 3)
        .delete("/v1/events/{id}", id)
        .then()
        .statusCode(200)
        .body("id", equalTo(id))
        .body("status", equalTo("REJECTED"));
    Api.json().get("/v1/events/{id}", id).then().statusCode(404);
  }

  @Test
  void anEventMayBeCreatedApproved() {
    Map<String, Object> event = Api.madeUpCall("A call made up for a test.");
    event.put("status", "APPROVED");
    Api.json()
        .body(event)
        .post("/v1/events")
        .then()
        .statusCode(201)
        .body("status", equalTo("APPROVED"));
  }

  @Test
  void anUnknownParticipantIsABadRequestNamingIt() {
    Map<String, Object> event = Api.madeUpCall("A call made up for a test.");
    event.put("participants", List.of("recep-tayyip-erdogan", "santa-claus"));
    Api.json()
        .body(event)
        .post("/v1/events")
        .then()
        .statusCode(400)
        .contentType(Api.PROBLEM_JSON)
        .body("violations.field", contains("participants[1]"))
        .body("violations[0].message", containsString("santa-claus"));
  }

  @Test
  void sourcesMustLieInTheirDocument() {
    Map<String, Object> event = Api.madeUpCall("A call made up for a test.");
    event.put(
        "sources", List.of(Map.of("documentId", TASS, "start", 0, "end", 8, "quote", "Not news")));
    Api.json()
        .body(event)
        .post("/v1/events")
        .then()
        .statusCode(400)
        .body("violations.field", contains("sources[0].quote"));
    event.put("sources", List.of(Map.of("documentId", "no-such-document", "start", 0, "end", 8)));
    Api.json()
        .body(event)
        .post("/v1/events")
        .then()
        .statusCode(400)
        .body("violations.field", contains("sources[0].documentId"));
    event.put("sources", List.of(Map.of("documentId", TASS, "start", 0)));
    Api.json()
        .body(event)
        .post("/v1/events")
        .then()
        .statusCode(400)
        .body("violations.field", contains("sources[0].end"));
  }

  @Test
  void malformedEventsAreBadRequestsNamingTheField() {
    Map<String, Object> event = Api.madeUpCall("A call made up for a test.");
    event.put("type", "PICNIC");
    Api.json()
        .body(event)
        .post("/v1/events")
        .then()
        .statusCode(400)
        .body("violations.field", contains("type"));

    event = Api.madeUpCall("A call made up for a test.");
    event.put("date", Map.of("start", "1999-03-02", "end", "1999-03-01", "precision", "DAY"));
    Api.json()
        .body(event)
        .post("/v1/events")
        .then()
        .statusCode(400)
        .body("violations.field", contains("date.end"));

    event = Api.madeUpCall("A call made up for a test.");
    event.put("date", Map.of("start", "1999-02-30", "precision", "DAY"));
    Api.json()
        .body(event)
        .post("/v1/events")
        .then()
        .statusCode(400)
        .body("violations.field", contains("date.start"));

    event = Api.madeUpCall("A call made up for a test.");
    event.remove("participants");
    Api.json()
        .body(event)
        .post("/v1/events")
        .then()
        .statusCode(400)
        .body("violations.field", contains("participants"));
  }

  @Test
  void changesNeedAVersion() {
    Api.json()
        .post("/v1/events/{id}/approve", 1)
        .then()
        .statusCode(400)
        .contentType(Api.PROBLEM_JSON)
        .body("violations.field", contains("version"));
    Api.json()
        .queryParam("version", "latest")
        .delete("/v1/events/{id}", 1)
        .then()
        .statusCode(400)
        .contentType(Api.PROBLEM_JSON)
        .body("violations.field", contains("version"));
    Map<String, Object> update = Api.madeUpCall("A call made up for a test.");
    update.remove("status");
    Api.json()
        .body(update)
        .put("/v1/events/{id}", 1)
        .then()
        .statusCode(400)
        .body("violations.field", contains("version"));
  }
}
