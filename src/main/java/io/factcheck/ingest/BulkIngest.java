package io.factcheck.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Sends the articles of a folder, one at a time, to a running service's {@code POST /v1/documents}.
 * The service stores each distinct text once, so sending an article again is harmless ({@code
 * created: false}); a checkpoint file of the keys already answered lets a re-run skip them without
 * sending them at all. When the service cannot be reached (after a few retries) the run stops, and
 * running it again resumes.
 */
public final class BulkIngest {

  /** What a run did. */
  public record Summary(
      long stored,
      long alreadyPresent,
      long skipped,
      long failed,
      List<String> failures,
      boolean aborted,
      String abortReason,
      Duration elapsed) {

    public long sent() {
      return stored + alreadyPresent;
    }

    /** Articles answered per second (stored or already present). */
    public double articlesPerSecond() {
      double seconds = elapsed.toNanos() / 1e9;
      return seconds <= 0 ? 0 : sent() / seconds;
    }
  }

  /** Told about every article as it is done. */
  public interface Listener {
    void done(Article article, Outcome outcome);
  }

  public enum Outcome {
    STORED,
    ALREADY_PRESENT,
    SKIPPED,
    FAILED
  }

  /** Keeps the first failures in the summary; the rest are only counted. */
  private static final int FAILURES_KEPT = 20;

  private final URI documents;
  private final Path checkpoint;
  private final int retries;
  private final Duration retryDelay;
  private final HttpClient http;
  private final ObjectMapper json = new ObjectMapper();

  /**
   * @param service the service's base URL, e.g. {@code http://127.0.0.1:8080}
   * @param approve ask the service to approve the events it extracts
   * @param checkpoint where answered keys are recorded, or null for none
   * @param retries how often a request that got no answer (or a 503) is repeated
   */
  public BulkIngest(
      URI service, boolean approve, Path checkpoint, int retries, Duration retryDelay) {
    this.documents = service.resolve("/v1/documents" + (approve ? "?approve=true" : ""));
    this.checkpoint = checkpoint;
    this.retries = retries;
    this.retryDelay = retryDelay;
    this.http =
        HttpClient.newBuilder()
            // Plain HTTP/1.1: no h2c upgrade round on every new connection.
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
  }

  public Summary run(ArticleFolder folder, Listener listener) throws IOException {
    long started = System.nanoTime();
    Set<String> done = readCheckpoint();
    long stored = 0;
    long alreadyPresent = 0;
    long skipped = 0;
    long failed = 0;
    List<String> failures = new ArrayList<>();
    String abortReason = null;
    try (ArticleFolder.Articles articles = folder.articles();
        BufferedWriter record = openCheckpoint()) {
      while (articles.hasNext()) {
        Article article = articles.next();
        Outcome outcome;
        if (done.contains(article.key())) {
          outcome = Outcome.SKIPPED;
          skipped++;
        } else if (article.problem() != null) {
          outcome = Outcome.FAILED;
          failed++;
          keep(failures, article.key() + ": " + article.problem());
        } else {
          Answer answer = send(article);
          if (answer.unreachable() != null) {
            abortReason = answer.unreachable();
            break;
          }
          if (answer.created() == null) {
            outcome = Outcome.FAILED;
            failed++;
            keep(failures, article.key() + ": " + answer.failure());
          } else {
            outcome = answer.created() ? Outcome.STORED : Outcome.ALREADY_PRESENT;
            if (answer.created()) {
              stored++;
            } else {
              alreadyPresent++;
            }
            if (record != null) {
              record.write(article.key());
              record.newLine();
              record.flush();
            }
          }
        }
        listener.done(article, outcome);
      }
    }
    return new Summary(
        stored,
        alreadyPresent,
        skipped,
        failed,
        List.copyOf(failures),
        abortReason != null,
        abortReason,
        Duration.ofNanos(System.nanoTime() - started));
  }

  /** The service's answer: created true/false, or why it failed, or why it could not be asked. */
  private record Answer(Boolean created, String failure, String unreachable) {}

  private Answer send(Article article) throws IOException {
    ObjectNode body = json.createObjectNode();
    body.put("text", article.text());
    putIfPresent(body, "title", article.title());
    putIfPresent(body, "source", article.source());
    putIfPresent(body, "url", article.url());
    putIfPresent(body, "published", article.published());
    HttpRequest request =
        HttpRequest.newBuilder(documents)
            .timeout(Duration.ofSeconds(60))
            .header("Content-Type", "application/json")
            .header("Accept", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)))
            .build();
    String lastProblem = null;
    for (int attempt = 0; attempt <= retries; attempt++) {
      if (attempt > 0) {
        pause(retryDelay.multipliedBy(attempt));
      }
      HttpResponse<String> response;
      try {
        response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      } catch (ConnectException | HttpTimeoutException e) {
        lastProblem = "the service at " + documents.resolve("/") + " does not answer: " + e;
        continue;
      } catch (IOException e) {
        // The connection broke mid-request (e.g. the service was killed): the article may or may
        // not be stored, and sending it again is safe either way.
        lastProblem = "the connection to the service broke: " + e;
        continue;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("interrupted", e);
      }
      int status = response.statusCode();
      if (status == 503) {
        lastProblem = "the service is unavailable (503): " + detail(response.body());
        continue;
      }
      if (status / 100 == 2) {
        JsonNode answer = json.readTree(response.body());
        return new Answer(answer.path("created").asBoolean(), null, null);
      }
      return new Answer(null, "HTTP " + status + ": " + detail(response.body()), null);
    }
    return new Answer(null, null, lastProblem);
  }

  private String detail(String problem) {
    try {
      JsonNode node = json.readTree(problem);
      return node.path("detail").asText(problem);
    } catch (IOException e) {
      return problem;
    }
  }

  private Set<String> readCheckpoint() throws IOException {
    Set<String> keys = new HashSet<>();
    if (checkpoint != null && Files.exists(checkpoint)) {
      try (Stream<String> lines = Files.lines(checkpoint, StandardCharsets.UTF_8)) {
        // A run killed while writing leaves at most a partial last line, which matches no key.
        lines.filter(line -> !line.isBlank()).forEach(keys::add);
      }
    }
    return keys;
  }

  private BufferedWriter openCheckpoint() throws IOException {
    if (checkpoint == null) {
      return null;
    }
    if (checkpoint.getParent() != null) {
      Files.createDirectories(checkpoint.getParent());
    }
    return Files.newBufferedWriter(
        checkpoint,
        StandardCharsets.UTF_8,
        StandardOpenOption.CREATE,
        StandardOpenOption.APPEND,
        StandardOpenOption.WRITE);
  }

  private static void keep(List<String> failures, String failure) {
    if (failures.size() < FAILURES_KEPT) {
      failures.add(failure);
    }
  }

  private static void putIfPresent(ObjectNode body, String field, String value) {
    if (value != null && !value.isBlank()) {
      body.put(field, value);
    }
  }

  private static void pause(Duration delay) throws IOException {
    try {
      Thread.sleep(delay.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    }
  }
}
