package io.factcheck.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two instances of the PostgreSQL build on one database, as two replicas behind a Service: a
 * curation on either one changes the checks the other answers within a few poll intervals.
 */
class ReplicasShareNothingIT {

  private static final String DRAFT =
      "Putin and Lukashenko held talks in Sochi on September 16, 2020.";
  private static final Duration POLL_INTERVAL = Duration.ofSeconds(1);

  /** Generous: the poll interval plus rebuilding the checker on a busy machine. */
  private static final Duration AGREE_WITHIN = Duration.ofSeconds(30);

  private static Replica first;
  private static Replica second;

  @BeforeAll
  static void startTwoReplicas() throws Exception {
    // -DskipPostgresTests builds no PostgreSQL jar and promises no PostgreSQL server.
    Assumptions.assumeFalse(Boolean.getBoolean("factcheck.test.skip-postgres"));
    // The first empties the database and loads the bundled corpus; the second finds it loaded.
    first = Replica.start("replica-a", true);
    first.awaitReady();
    second = Replica.start("replica-b", false);
    second.awaitReady();
  }

  @AfterAll
  static void stopReplicas() throws InterruptedException {
    for (Replica replica : new Replica[] {first, second}) {
      if (replica != null) {
        replica.stop();
      }
    }
  }

  @Test
  void aCurationOnOneReplicaChangesTheChecksOfTheOther() throws InterruptedException {
    List<Object> before = second.findings(DRAFT);
    assertThat(first.findings(DRAFT)).isEqualTo(before);
    assertThat(before.toString()).contains("CONTRADICTED", "September 14");

    JsonPath sochi =
        first
            .api()
            .queryParam("from", "2020-09-14")
            .queryParam("to", "2020-09-14")
            .queryParam("status", "APPROVED")
            .get("/v1/events")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    Map<String, Object> meeting = sochi.getMap("find { it.places.contains('sochi') }");
    long id = ((Number) meeting.get("id")).longValue();
    int version = (Integer) meeting.get("version");

    // Rejected on the first replica: it answers differently at once, the second soon after.
    first
        .api()
        .queryParam("version", version)
        .post("/v1/events/{id}/reject", id)
        .then()
        .statusCode(200);
    List<Object> afterReject = first.findings(DRAFT);
    assertThat(afterReject).isNotEqualTo(before);
    Duration seen = second.awaitFindings(DRAFT, afterReject);
    System.out.printf(
        "The second replica answered like the first %d ms after the reject%n", seen.toMillis());

    // Approved again on the second replica: the first follows.
    second
        .api()
        .queryParam("version", version + 1)
        .post("/v1/events/{id}/approve", id)
        .then()
        .statusCode(200);
    assertThat(second.findings(DRAFT)).isEqualTo(before);
    seen = first.awaitFindings(DRAFT, before);
    System.out.printf(
        "The first replica answered like the second %d ms after the approve%n", seen.toMillis());
  }

  /** One service process with its own port and log. */
  private record Replica(String name, int port, Process process, Path log) {

    static Replica start(String name, boolean cleanDatabase) throws IOException {
      Path app = Path.of(System.getProperty("factcheck.test.app"));
      assertThat(app).as("the PostgreSQL build, made by ./mvnw package").exists();
      int port = freePort();
      Path log = Path.of("target", name + ".log");
      Path dataDir = Files.createTempDirectory(name);
      ProcessBuilder builder =
          new ProcessBuilder(
                  Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                  "-Xmx512m",
                  "-jar",
                  app.toString())
              .redirectErrorStream(true)
              .redirectOutput(log.toFile());
      Map<String, String> env = builder.environment();
      env.put("FACTCHECK_DB_URL", System.getProperty("factcheck.test.pg.url"));
      env.put("FACTCHECK_DB_USER", "postgres");
      env.put("FACTCHECK_DB_PASSWORD", "");
      env.put("FACTCHECK_DATA_DIR", dataDir.toString());
      env.put("FACTCHECK_STORE_POLL_INTERVAL", POLL_INTERVAL.toSeconds() + "s");
      env.put("QUARKUS_HTTP_PORT", String.valueOf(port));
      env.put("QUARKUS_HTTP_HOST", "127.0.0.1");
      if (cleanDatabase) {
        env.put("QUARKUS_FLYWAY_CLEAN_DISABLED", "false");
        env.put("QUARKUS_FLYWAY_CLEAN_AT_START", "true");
      }
      return new Replica(name, port, builder.start(), log);
    }

    RequestSpecification api() {
      return RestAssured.given()
          .baseUri("http://127.0.0.1")
          .port(port)
          .contentType(ContentType.JSON)
          .accept(ContentType.JSON);
    }

    void awaitReady() throws InterruptedException, IOException {
      long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
      while (System.nanoTime() < deadline) {
        if (!process.isAlive()) {
          throw new AssertionError(name + " stopped:\n" + Files.readString(log));
        }
        try {
          if (api().get("/q/health/ready").statusCode() == 200) {
            return;
          }
        } catch (Exception notListeningYet) {
          // keep waiting
        }
        Thread.sleep(500);
      }
      throw new AssertionError(name + " did not become ready:\n" + Files.readString(log));
    }

    List<Object> findings(String text) {
      return api()
          .body(Map.of("text", text))
          .post("/v1/checks")
          .then()
          .statusCode(200)
          .extract()
          .jsonPath()
          .getList("findings");
    }

    /** How long until this replica answers {@code text} with {@code expected}. */
    Duration awaitFindings(String text, List<Object> expected) throws InterruptedException {
      long start = System.nanoTime();
      long deadline = start + AGREE_WITHIN.toNanos();
      List<Object> last = null;
      while (System.nanoTime() < deadline) {
        last = findings(text);
        if (last.equals(expected)) {
          return Duration.ofNanos(System.nanoTime() - start);
        }
        Thread.sleep(100);
      }
      throw new AssertionError(
          name + " still answers " + last + " instead of " + expected + " after " + AGREE_WITHIN);
    }

    void stop() throws InterruptedException {
      process.destroy();
      if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    }

    private static int freePort() throws IOException {
      try (ServerSocket socket = new ServerSocket(0)) {
        return socket.getLocalPort();
      }
    }
  }
}
