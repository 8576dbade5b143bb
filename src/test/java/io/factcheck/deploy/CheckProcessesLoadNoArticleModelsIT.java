package io.factcheck.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged service, started as a process of its own on a loopback port with its own data
 * directory, checks drafts through both APIs without loading the CoreNLP article models (the gauge
 * {@code factcheck_article_models_loaded} stays 0), and loads them with its first article (1). That
 * is what lets the Kubernetes check replicas run without the models' memory while the {@code
 * factcheck-ingest} Deployment reads the articles (README, "Deployment"). Runs after {@code
 * package} (failsafe).
 */
class CheckProcessesLoadNoArticleModelsIT {

  private static final Duration START_PATIENCE = Duration.ofMinutes(3);
  private static final String GAUGE = "factcheck_article_models_loaded";
  private static final String DRAFT =
      "Putin and Lukashenko held talks in Sochi on September 16, 2020.";
  private static final String ARTICLE =
      "DUSHANBE, April 9, 2024 (Khovar) - Tajik President Emomali Rahmon held talks with Turkmen"
          + " President Serdar Berdimuhamedov in Dushanbe on Tuesday.";

  @TempDir Path work;

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final ObjectMapper json = new ObjectMapper();
  private Process service;
  private Path log;

  @AfterEach
  void stopService() throws InterruptedException {
    if (service != null && service.isAlive()) {
      service.destroy();
      if (!service.waitFor(20, TimeUnit.SECONDS)) {
        service.destroyForcibly();
      }
    }
  }

  @Test
  @Timeout(value = 8, unit = TimeUnit.MINUTES)
  void checksLeaveTheArticleModelsUnloadedAndTheFirstArticleLoadsThem() throws Exception {
    int port = freePort();
    URI url = URI.create("http://127.0.0.1:" + port);
    service = start(port);
    awaitReady(url);
    assertThat(modelsLoaded(url)).as("right after start").isEqualTo(0);

    // POST /v1/checks, as text and as HTML: the bundled store contradicts the date.
    JsonNode text =
        postJson(
            url,
            "/v1/checks",
            "{\"text\": \"" + DRAFT + "\", \"published\": \"2020-09-20\"}",
            200,
            Duration.ofSeconds(60));
    assertThat(text.path("findings").findValuesAsText("suggestion")).contains("September 14");
    JsonNode html =
        postJson(
            url,
            "/v1/checks",
            "{\"text\": \"<p><b>Putin</b> and Lukashenko held talks in Sochi on September 16,"
                + " 2020.</p>\", \"format\": \"html\", \"published\": \"2020-09-20\"}",
            200,
            Duration.ofSeconds(60));
    assertThat(html.path("findings").findValuesAsText("verdict")).contains("CONTRADICTED");

    // POST /v2/check, LanguageTool's form API, with plain text and with annotated markup.
    JsonNode plain =
        postForm(
            url,
            "text=" + encode(DRAFT) + "&language=en-US&published=2020-09-20",
            Duration.ofSeconds(60));
    assertThat(plain.path("matches").findValuesAsText("value")).contains("September 14");
    JsonNode annotated =
        postForm(
            url,
            "data="
                + encode(
                    "{\"annotation\": [{\"markup\": \"<p>\"}, {\"text\": \""
                        + DRAFT
                        + "\"}, {\"markup\": \"</p>\", \"interpretAs\": \"\\n\\n\"}]}")
                + "&language=auto&published=2020-09-20",
            Duration.ofSeconds(60));
    assertThat(annotated.path("matches").size()).isPositive();

    assertThat(modelsLoaded(url)).as("after checks through /v1/checks and /v2/check").isEqualTo(0);

    // The first article loads them (several seconds, more on a busy machine).
    JsonNode added =
        postJson(
            url,
            "/v1/documents",
            "{\"source\": \"Khovar\", \"text\": \"" + ARTICLE + "\"}",
            201,
            Duration.ofMinutes(4));
    assertThat(added.path("id").asText()).isNotBlank();
    assertThat(added.path("created").asBoolean()).isTrue();

    assertThat(modelsLoaded(url)).as("after POST /v1/documents").isEqualTo(1);
  }

  private Process start(int port) throws IOException {
    Path jar = Path.of(System.getProperty("factcheck.jar", "target/quarkus-app/quarkus-run.jar"));
    assertThat(jar).as("the packaged service, built by ./mvnw package").exists();
    log = work.resolve("service.log");
    ProcessBuilder builder =
        new ProcessBuilder(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            // Room for the CoreNLP models (about 500 MB) once the article arrives.
            "-Xmx1200m",
            "-jar",
            jar.toString());
    builder.environment().put("FACTCHECK_DATA_DIR", work.resolve("data").toString());
    builder.environment().put("QUARKUS_HTTP_HOST", "127.0.0.1");
    builder.environment().put("QUARKUS_HTTP_PORT", String.valueOf(port));
    builder.redirectErrorStream(true);
    builder.redirectOutput(log.toFile());
    return builder.start();
  }

  private void awaitReady(URI url) throws Exception {
    long deadline = System.nanoTime() + START_PATIENCE.toNanos();
    while (System.nanoTime() < deadline) {
      if (!service.isAlive()) {
        throw new AssertionError("the service exited:\n" + Files.readString(log));
      }
      try {
        if (get(url, "/q/health/ready").statusCode() == 200) {
          return;
        }
      } catch (IOException notListeningYet) {
        // keep waiting
      }
      Thread.sleep(250);
    }
    throw new AssertionError("the service did not become ready:\n" + Files.readString(log));
  }

  /** The gauge's value at /q/metrics; fails when the gauge is missing. */
  private int modelsLoaded(URI url) throws Exception {
    HttpResponse<String> metrics = get(url, "/q/metrics");
    assertThat(metrics.statusCode()).isEqualTo(200);
    Matcher value =
        Pattern.compile("^" + GAUGE + "(?:\\{[^}]*\\})?\\s+(\\S+)\\s*$", Pattern.MULTILINE)
            .matcher(metrics.body());
    assertThat(value.find()).as(GAUGE + " at /q/metrics").isTrue();
    double loaded = Double.parseDouble(value.group(1));
    assertThat(loaded).isIn(0.0, 1.0);
    return (int) loaded;
  }

  private JsonNode postJson(URI url, String path, String body, int status, Duration timeout)
      throws Exception {
    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(url.resolve(path))
                .timeout(timeout)
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as("POST " + path + ": " + response.body()).isEqualTo(status);
    return json.readTree(response.body());
  }

  private JsonNode postForm(URI url, String form, Duration timeout) throws Exception {
    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(url.resolve("/v2/check"))
                .timeout(timeout)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as("POST /v2/check: " + response.body()).isEqualTo(200);
    return json.readTree(response.body());
  }

  private HttpResponse<String> get(URI url, String path) throws IOException, InterruptedException {
    return http.send(
        HttpRequest.newBuilder(url.resolve(path)).timeout(Duration.ofSeconds(30)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
