package io.factcheck.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bulk ingestion command against the test instance: reading the folder, resuming, summary. */
@QuarkusTest
class IngestCommandTest {

  @TestHTTPResource("/")
  URL service;

  @TempDir Path folder;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  @Test
  void ingestsTextFilesHeadersSidecarsAndJsonLinesThenResumes() throws IOException {
    String headed = Corpus.article(9001);
    Files.writeString(
        folder.resolve("a.txt"),
        "Title: With a header\nSource: TASS\nPublished: 2021-03-04\n\n" + headed);
    String sidecarred = Corpus.article(9002);
    Files.writeString(folder.resolve("b.txt"), sidecarred);
    Files.writeString(
        folder.resolve("b.json"), "{\"title\": \"From a sidecar\", \"published\": \"2021-03\"}");
    String first = Corpus.article(9003);
    String second = Corpus.article(9004);
    Files.createDirectories(folder.resolve("more"));
    Files.writeString(
        folder.resolve("more/lines.jsonl"),
        "{\"text\": \""
            + first
            + "\", \"title\": \"Line one\", \"url\": \"https://example.org/1\"}\n"
            + "{not json\n"
            + "\n"
            + "{\"text\": \""
            + second
            + "\", \"published\": \"2021-03-05\", \"source\": \"RIA\"}\n"
            + "{\"text\": \"A text with a date that is not one.\", \"published\": \"yesterday\"}\n");

    int status = ingest(folder.toString(), "--url", service.toString());

    assertThat(stdout())
        .contains(
            "6 articles: 4 stored, 0 already present, 0 skipped (checkpoint), 2 failed;" + " ");
    assertThat(status).as("some articles failed").isEqualTo(1);
    assertThat(stderr())
        .contains("more/lines.jsonl:2: the line is not well-formed JSON")
        .contains("more/lines.jsonl:5: HTTP 400");
    document(headed)
        .then()
        .statusCode(200)
        .body("title", equalTo("With a header"))
        .body("source", equalTo("TASS"))
        .body("published", equalTo("2021-03-04"))
        .body("text", equalTo(headed));
    document(sidecarred)
        .then()
        .statusCode(200)
        .body("title", equalTo("From a sidecar"))
        .body("published", equalTo("2021-03"));
    document(first)
        .then()
        .statusCode(200)
        .body("title", equalTo("Line one"))
        .body("url", equalTo("https://example.org/1"));
    document(second).then().statusCode(200).body("source", equalTo("RIA"));
    assertThat(Files.readAllLines(folder.resolve(".ingest-checkpoint")))
        .containsExactly("a.txt", "b.txt", "more/lines.jsonl:1", "more/lines.jsonl:4");

    // Again: what was answered is skipped; the failures are tried again.
    reset();
    ingest(folder.toString(), "--url", service.toString());
    assertThat(stdout())
        .contains("6 articles: 0 stored, 0 already present, 4 skipped (checkpoint), 2 failed");

    // Without the checkpoint the service recognises the texts it has.
    reset();
    ingest(folder.toString(), "--url", service.toString(), "--no-checkpoint");
    assertThat(stdout())
        .contains("6 articles: 0 stored, 4 already present, 0 skipped (checkpoint), 2 failed");
  }

  @Test
  void stopsWhenTheServiceCannotBeReached() throws IOException {
    Files.writeString(folder.resolve("a.txt"), Corpus.article(9100));
    Files.writeString(folder.resolve("b.txt"), Corpus.article(9101));

    int status = ingest(folder.toString(), "--url", "http://127.0.0.1:1", "--retries", "0");

    assertThat(status).isEqualTo(2);
    assertThat(stdout())
        .contains(
            "2 articles: 0 stored, 0 already present, 0 skipped (checkpoint), 0 failed, stopped early");
    assertThat(stderr())
        .contains("does not answer")
        .contains("run the same command again to resume");
  }

  @Test
  void aWrongCommandLineIsRefused() {
    assertThat(ingest("--url")).isEqualTo(64);
    assertThat(ingest(folder.resolve("missing").toString())).isEqualTo(64);
    assertThat(stderr()).contains("is not a folder").contains("usage: ingest <folder>");
  }

  private int ingest(String... args) {
    return IngestCommand.run(
        args,
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8),
        false);
  }

  private io.restassured.response.Response document(String text) {
    return RestAssured.given().get("/v1/documents/{id}", Corpus.documentId(text));
  }

  private String stdout() {
    return out.toString(StandardCharsets.UTF_8);
  }

  private String stderr() {
    return err.toString(StandardCharsets.UTF_8);
  }

  private void reset() {
    out.reset();
    err.reset();
  }
}
