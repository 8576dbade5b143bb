package io.factcheck.rest;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The audit trail: every change once, in order, with who, when and what; refusals leave none. */
@QuarkusTest
class EventHistoryTest {

  @Test
  void everyChangeIsRecordedOnceInOrderAndRefusedChangesAreNot() {
    long id =
        ((Number)
                Api.json()
                    .body(Api.madeUpCall("A call made up for the audit test."))
                    .post("/v1/events")
                    .then()
                    .statusCode(201)
                    .extract()
                    .path("id"))
            .longValue();
    Map<String, Object> update = Api.madeUpCall("A call made up for the audit test.");
    update.remove("status");
    update.put("version", 0);
    update.put("summary", "A call made up for the audit test, corrected.");
    update.put("places", List.of("baku"));
    Api.json().body(update).put("/v1/events/{id}", id).then().statusCode(200);
    // A second curator still holding version 0: refused, and not audited.
    Api.json().body(update).put("/v1/events/{id}", id).then().statusCode(409);
    Api.json().queryParam("version", 0).post("/v1/events/{id}/approve", id).then().statusCode(409);
    Api.json().queryParam("version", 1).post("/v1/events/{id}/approve", id).then().statusCode(200);
    Api.json().queryParam("version", 2).post("/v1/events/{id}/reject", id).then().statusCode(200);
    Api.json().queryParam("version", 2).delete("/v1/events/{id}", id).then().statusCode(409);
    Api.json().queryParam("version", 3).delete("/v1/events/{id}", id).then().statusCode(200);

    Api.json()
        .get("/v1/events/{id}/history", id)
        .then()
        .statusCode(200)
        .body("", hasSize(5))
        .body("action", contains("CREATE", "UPDATE", "APPROVE", "REJECT", "DELETE"))
        .body("version", contains(0, 1, 2, 3, 3))
        .body("eventId", everyItem(equalTo((int) id)))
        .body("actor", everyItem(equalTo("anonymous")))
        .body("at", everyItem(notNullValue()))
        // create: nothing before, everything set
        .body("[0].before", nullValue())
        .body("[0].after.summary", equalTo("A call made up for the audit test."))
        .body("[0].after.status", equalTo("PROPOSED"))
        .body(
            "[0].changedFields",
            contains(
                "type",
                "participants",
                "mode",
                "date",
                "places",
                "counts",
                "summary",
                "uncertain",
                "status",
                "sources",
                "conflicts"))
        // update: just what the curator changed, with the values before and after
        .body("[1].changedFields", contains("places", "summary"))
        .body("[1].before.places", contains("ankara"))
        .body("[1].after.places", contains("baku"))
        .body("[1].after.summary", equalTo("A call made up for the audit test, corrected."))
        .body("[1].after.participants.id", contains("recep-tayyip-erdogan", "ilham-aliyev"))
        .body("[2].changedFields", contains("status"))
        .body("[2].before.status", equalTo("PROPOSED"))
        .body("[2].after.status", equalTo("APPROVED"))
        .body("[3].after.status", equalTo("REJECTED"))
        // delete: the event as it was, nothing after
        .body("[4].before.status", equalTo("REJECTED"))
        .body("[4].before.date.start", equalTo("1999-03-01"))
        .body("[4].after", nullValue());
  }

  @Test
  void anEventThatNeverExistedHasNoHistory() {
    Api.json()
        .get("/v1/events/{id}/history", 987654321)
        .then()
        .statusCode(404)
        .contentType(Api.PROBLEM_JSON)
        .body("detail", equalTo("There is no event 987654321."));
  }
}
