package io.factcheck.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs one of the playwright-core scripts in {@code src/test/browser} against the test's service
 * and returns the JSON object of what it saw. Screenshots land in {@code
 * target/browser-screenshots}.
 */
final class BrowserScript {

  static final Path SCREENSHOTS = Path.of("target", "browser-screenshots");
  private static final long TIMEOUT_SECONDS = 240;

  private BrowserScript() {}

  static JsonNode run(String script, URL root, String... arguments) throws Exception {
    Files.createDirectories(SCREENSHOTS);
    Path log = Files.createTempFile("pages-browser", ".log");
    List<String> command = new ArrayList<>();
    command.add("node");
    command.add("src/test/browser/" + script);
    command.add(root.toString().replaceAll("/$", ""));
    command.add(SCREENSHOTS.toString());
    command.addAll(List.of(arguments));
    ProcessBuilder node = new ProcessBuilder(command).redirectError(log.toFile());
    node.environment()
        .put("NODE_PATH", new File("src/main/frontend/node_modules").getAbsolutePath());
    Process process = node.start();
    // The script prints its one line of findings at the end; reading waits for it.
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    boolean finished = process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    if (!finished) {
      process.destroyForcibly();
    }
    String errors = Files.readString(log);
    assertThat(finished).as("the browser script finished in time").isTrue();
    assertThat(process.exitValue()).as("browser script failed: %s%n%s", errors, out).isZero();
    return new ObjectMapper().readTree(out.strip().lines().reduce((a, b) -> b).orElse("{}"));
  }
}
