package io.factcheck.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Export and import of the whole store: a curated store exported, imported into an empty store and
 * exported again gives the same bytes, and the API serves the same events, histories and checks.
 * Bad files and a store that is not empty are refused with nothing stored.
 *
 * <p>Runs on a store of its own (its own H2 database; the PostgreSQL run starts every profile on an
 * emptied database), since the test empties it as a new database would be.
 */
@QuarkusTest
@TestProfile(StoreArchiveTest.OwnStore.class)
class StoreArchiveTest {

  /** Its own database, and imports up to 4M while other requests stay at 2M. */
  public static class OwnStore implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      Map<String, String> config = new HashMap<>();
      config.put("factcheck.admin.import-max-body-size", "4M");
      if (!"pg".equals(System.getProperty("quarkus.test.profile"))) {
        config.put("quarkus.datasource.jdbc.url", "jdbc:h2:mem:store-archive;DB_CLOSE_DELAY=-1");
      }
      return config;
    }
  }

  private static final String NDJSON = "application/x-ndjson";
  private static final String DRAFT =
      "{\"text\": \"Putin and Lukashenko held talks in Sochi on September 16, 2020.\","
          + " \"published\": \"2020-09-20\"}";

  /** Child tables before the tables they refer to. */
  private static final List<String> TABLES =
      List.of(
          "event_audit",
          "event_conflict",
          "provenance",
          "event_uncertain",
          "event_count",
          "event_place",
          "event_participant",
          "event",
          "entity_role",
          "entity_alias",
          "entity",
          "document");

  @Inject AgroalDataSource dataSource;

  @Test
  void anExportImportedIntoAnEmptyStoreExportsTheSameBytesAndServesTheSameStore()
      throws SQLException {
    long curated = curate();
    byte[] exported = export();
    String events = Api.json().get("/v1/events").then().statusCode(200).extract().asString();
    List<Long> ids = JsonPath.from(events).getList("id", Long.class);
    Map<Long, String> histories = histories(ids);
    String check = check();
    assertThat(ids).contains(curated);
    assertThat(new String(exported, StandardCharsets.US_ASCII))
        .startsWith("{\"format\":\"factcheck-store\",\"version\":1}\n")
        .contains("\"record\":\"audit\"", "\"conflicts\":[{\"slot\":\"count\"");

    empty();
    JsonPath summary =
        Api.plain()
            .contentType(NDJSON)
            .body(exported)
            .post("/v1/admin/import")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(summary.getLong("events")).isEqualTo(ids.size());
    assertThat(summary.getLong("documents")).isEqualTo(7);
    assertThat(summary.getLong("auditEntries")).isGreaterThanOrEqualTo(6);

    assertThat(new String(export(), StandardCharsets.US_ASCII))
        .isEqualTo(new String(exported, StandardCharsets.US_ASCII));
    assertThat(Api.json().get("/v1/events").then().statusCode(200).extract().asString())
        .isEqualTo(events);
    assertThat(histories(ids)).isEqualTo(histories);
    assertThat(check()).isEqualTo(check);

    // Ids continue after the imported ones: a new event and its audit entry do not collide.
    long next = createEvent("Made up after the import.");
    assertThat(next).isGreaterThan(ids.stream().mapToLong(Long::longValue).max().orElseThrow());
    Api.json()
        .get("/v1/events/{id}/history", next)
        .then()
        .statusCode(200)
        .body("action", org.hamcrest.Matchers.contains("CREATE"));
  }

  @Test
  void badFilesAndAStoreThatIsNotEmptyAreRefusedWithNothingStored() throws SQLException {
    byte[] exported = export();
    String whole = new String(exported, StandardCharsets.US_ASCII);

    importing(exported)
        .then()
        .statusCode(409)
        .contentType(startsWith(Api.PROBLEM_JSON))
        .body("detail", containsString("an import needs an empty store"));
    assertThat(export()).isEqualTo(exported);

    empty();
    String header = "{\"format\":\"factcheck-store\",\"version\":1}\n";
    String end = "{\"record\":\"end\",\"document\":0,\"entity\":0,\"event\":0,\"audit\":0}\n";
    refused(whole.substring(0, whole.length() / 2), "is not well-formed JSON");
    refused(whole.substring(0, whole.lastIndexOf("{\"record\":\"end\"")), "cut off");
    refused(header.replace("1}", "2}") + end, "format version 2 is not known");
    refused("{\"format\":\"something-else\",\"version\":1}\n" + end, "the first record must be");
    refused(
        header + "{\"record\":\"document\",\"id\":\"x\",\"colour\":\"red\"}\n",
        "no field \"colour\"");
    refused(
        whole.replaceFirst(
            "\"record\":\"event\",\"id\":([0-9]+)", "\"record\":\"event\",\"id\":\"$1\""),
        "must be an integer");
    refused(whole.replace("\"audit\":", "\"audit\":1000000"), "the \"end\" record counts");
    // Well-formed, but the first event's sources name a document the file does not have: the
    // documents and entities before it must not stay behind either.
    refused(
        whole.replaceFirst("\"documentId\":\"[^\"]+\"", "\"documentId\":\"no-such-document\""),
        "contradict");
    assertThat(rowCount()).isZero();

    // An import larger than the 2M of other requests, up to its own 4M: accepted (whitespace
    // between records is allowed, the store stays empty); one larger still is a 413 problem.
    importing((header + " ".repeat(3_000_000) + end).getBytes(StandardCharsets.US_ASCII))
        .then()
        .statusCode(200)
        .body("documents", equalTo(0));
    importing((header + " ".repeat(5_000_000) + end).getBytes(StandardCharsets.US_ASCII))
        .then()
        .statusCode(413)
        .contentType(startsWith(Api.PROBLEM_JSON))
        .body("violations[0].field", equalTo("body"));

    importing(exported).then().statusCode(200);
    assertThat(export()).isEqualTo(exported);
  }

  /**
   * Changes of every kind on top of the bundled corpus: two articles that disagree (a merged event
   * with a conflict), a new event updated and approved, a bundled event rejected, one deleted.
   * Returns the new event's id.
   */
  private static long curate() {
    addArticle(
        "Clashes between Kyrgyzstan and Tajikistan broke out on the border on 2 June 2023,"
            + " and 5 people were killed.",
        "2023-06-03");
    addArticle(
        "Fighting between Kyrgyzstan and Tajikistan erupted on 2 June 2023 on the border,"
            + " and 6 people were killed.",
        "2023-06-04");
    long id = createEvent("A call made up for the archive test.");
    Map<String, Object> update = Api.madeUpCall("A call made up for the archive test, corrected.");
    update.remove("status");
    update.put("version", 0);
    Api.json().body(update).put("/v1/events/{id}", id).then().statusCode(200);
    Api.json().queryParam("version", 1).post("/v1/events/{id}/approve", id).then().statusCode(200);
    JsonPath bundled =
        Api.json().get("/v1/events/{id}", 1).then().statusCode(200).extract().jsonPath();
    Api.json()
        .queryParam("version", bundled.getLong("version"))
        .post("/v1/events/{id}/reject", 1)
        .then()
        .statusCode(200);
    long deleted = createEvent("Made up to be deleted.");
    Api.json().queryParam("version", 0).delete("/v1/events/{id}", deleted).then().statusCode(200);
    return id;
  }

  private static void addArticle(String text, String published) {
    Map<String, Object> article = new LinkedHashMap<>();
    article.put("text", text);
    article.put("source", "Archive test wire");
    article.put("published", published);
    Api.json().body(article).post("/v1/documents").then().statusCode(201);
  }

  private static long createEvent(String summary) {
    return Api.json()
        .body(Api.madeUpCall(summary))
        .post("/v1/events")
        .then()
        .statusCode(201)
        .extract()
        .jsonPath()
        .getLong("id");
  }

  private static byte[] export() {
    return Api.plain()
        .get("/v1/admin/export")
        .then()
        .statusCode(200)
        .contentType(startsWith(NDJSON))
        .extract()
        .asByteArray();
  }

  private static Response importing(byte[] file) {
    return Api.plain().contentType(NDJSON).body(file).post("/v1/admin/import");
  }

  private static void refused(String file, String because) {
    importing(file.getBytes(StandardCharsets.US_ASCII))
        .then()
        .statusCode(400)
        .contentType(startsWith(Api.PROBLEM_JSON))
        .body("violations[0].field", equalTo("body"))
        .body("violations[0].message", containsString(because));
  }

  /** Each event's history as answered, status and body (a bundled event has none: 404). */
  private static Map<Long, String> histories(List<Long> ids) {
    Map<Long, String> histories = new LinkedHashMap<>();
    for (long id : ids) {
      Response answer = Api.json().get("/v1/events/{id}/history", id);
      histories.put(id, answer.statusCode() + " " + answer.asString());
    }
    return histories;
  }

  private static String check() {
    return Api.json().body(DRAFT).post("/v1/checks").then().statusCode(200).extract().asString();
  }

  /** What a new database is: no rows at all (the schema and the revision counter stay). */
  private void empty() throws SQLException {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      for (String table : TABLES) {
        statement.executeUpdate("DELETE FROM " + table);
      }
    }
  }

  private long rowCount() throws SQLException {
    long rows = 0;
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      for (String table : TABLES) {
        try (var result = statement.executeQuery("SELECT COUNT(*) FROM " + table)) {
          result.next();
          rows += result.getLong(1);
        }
      }
    }
    return rows;
  }
}
