package io.factcheck.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged service, started as a process of its own, is killed with SIGKILL in the middle of a
 * bulk ingestion. Restarted on the same data, it holds no half-stored document, and running the
 * ingestion again completes the set. Runs after {@code package} (failsafe), on the jar CI builds.
 */
class BulkIngestKillIT {

  private static final int ARTICLES = 300;
  private static final int KILL_AFTER = 60;
  private static final Duration START_PATIENCE = Duration.ofSeconds(120);

  @TempDir Path work;

  private final HttpClient http = HttpClient.newHttpClient();
  private Process service;

  @AfterEach
  void stopService() throws InterruptedException {
    if (service != null && service.isAlive()) {
      service.destroy();
      if (!service.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
        service.destroyForcibly();
      }
    }
  }

  @Test
  void aKilledServiceLeavesNoHalfStoredDocumentAndTheIngestionResumes() throws Exception {
    Path corpus = Files.createDirectories(work.resolve("corpus"));
    List<String> texts = new ArrayList<>();
    StringBuilder lines = new StringBuilder();
    for (int i = 0; i < ARTICLES; i++) {
      texts.add(Corpus.article(i));
      lines
          .append("{\"text\": \"")
          .append(Corpus.article(i))
          .append("\", \"title\": \"Article ")
          .append(i)
          .append("\", \"published\": \"2021-03-")
          .append(String.format("%02d", 1 + i % 28))
          .append("\"}\n");
    }
    Files.writeString(corpus.resolve("articles.jsonl"), lines);
    Path data = work.resolve("data");
    Path checkpoint = work.resolve("checkpoint");
    int port = freePort();
    URI url = URI.create("http://127.0.0.1:" + port);

    service = start(data, port, "first");
    awaitReady(url);
    AtomicLong answered = new AtomicLong();
    Process victim = service;
    Thread killer =
        new Thread(
            () -> {
              while (answered.get() < KILL_AFTER && victim.isAlive()) {
                Thread.onSpinWait();
              }
              victim.destroyForcibly(); // SIGKILL: no shutdown hook, no flush
            });
    killer.start();
    BulkIngest.Summary interrupted =
        new BulkIngest(url, false, checkpoint, 1, Duration.ofMillis(200))
            .run(new ArticleFolder(corpus), (article, outcome) -> answered.incrementAndGet());
    killer.join();
    victim.waitFor();

    assertThat(interrupted.aborted()).as("the run stops when the service is gone").isTrue();
    assertThat(interrupted.stored()).isBetween((long) KILL_AFTER, (long) ARTICLES - 1);

    service = start(data, port, "second");
    awaitReady(url);
    long present = 0;
    for (String text : texts) {
      HttpResponse<String> document = get(url, "/v1/documents/" + Corpus.documentId(text));
      if (document.statusCode() == 200) {
        present++;
        assertThat(document.body()).as("a stored document is whole").contains(text);
      } else {
        assertThat(document.statusCode()).isEqualTo(404);
      }
    }
    // Every answered article is stored; at most the one in flight was stored without an answer.
    assertThat(present).isBetween(interrupted.stored(), interrupted.stored() + 1);
    assertThat(get(url, "/v1/events").statusCode()).isEqualTo(200);

    BulkIngest.Summary resumed =
        new BulkIngest(url, false, checkpoint, 1, Duration.ofMillis(200))
            .run(new ArticleFolder(corpus), (article, outcome) -> {});

    assertThat(resumed.aborted()).isFalse();
    assertThat(resumed.failed()).isZero();
    assertThat(resumed.skipped()).isEqualTo(interrupted.stored());
    assertThat(resumed.stored() + resumed.alreadyPresent())
        .isEqualTo(ARTICLES - interrupted.stored());
    assertThat(resumed.alreadyPresent()).isEqualTo(present - interrupted.stored());
    for (String text : texts) {
      HttpResponse<String> document = get(url, "/v1/documents/" + Corpus.documentId(text));
      assertThat(document.statusCode()).isEqualTo(200);
      assertThat(document.body()).contains(text);
    }
  }

  private Process start(Path data, int port, String name) throws IOException {
    Path jar = Path.of(System.getProperty("factcheck.jar", "target/quarkus-app/quarkus-run.jar"));
    assertThat(jar).as("the packaged service").exists();
    ProcessBuilder builder =
        new ProcessBuilder(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            // The article models (CoreNLP) take about 500 MB of heap once the first article is
            // read.
            "-Xmx1200m",
            "-Dquarkus.http.port=" + port,
            "-jar",
            jar.toString());
    builder.environment().put("FACTCHECK_DATA_DIR", data.toAbsolutePath().toString());
    builder.redirectErrorStream(true);
    builder.redirectOutput(work.resolve("service-" + name + ".log").toFile());
    return builder.start();
  }

  private void awaitReady(URI url) throws Exception {
    long deadline = System.nanoTime() + START_PATIENCE.toNanos();
    while (System.nanoTime() < deadline) {
      if (!service.isAlive()) {
        throw new AssertionError("the service exited: " + log());
      }
      try {
        if (get(url, "/q/health/ready").statusCode() == 200) {
          return;
        }
      } catch (IOException e) {
        // not listening yet
      }
      Thread.sleep(250);
    }
    throw new AssertionError("the service did not become ready: " + log());
  }

  private String log() throws IOException {
    StringBuilder log = new StringBuilder();
    try (var files = Files.list(work)) {
      for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".log")).toList()) {
        log.append(Files.readString(file));
      }
    }
    return log.toString();
  }

  private HttpResponse<String> get(URI url, String path) throws IOException, InterruptedException {
    return http.send(
        HttpRequest.newBuilder(url.resolve(path)).timeout(Duration.ofSeconds(30)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
