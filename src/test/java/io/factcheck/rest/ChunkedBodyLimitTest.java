package io.factcheck.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Bodies sent chunked, without a declared length: one that grows past {@code
 * quarkus.http.limits.max-body-size} (2M) is refused with a 413 problem while it is read; one
 * within the limit is answered as usual. Sent over a plain socket, so the request is exactly what a
 * client without a length sends.
 */
@QuarkusTest
class ChunkedBodyLimitTest {

  private static final int LIMIT = 2 * 1024 * 1024;
  private static final int CHUNK = 64 * 1024;

  @TestHTTPResource("/")
  URL base;

  private final ObjectMapper json = new ObjectMapper();

  @Test
  void aChunkedDraftPastTheLimitIsA413ProblemNotAnEmptyAnswer() throws IOException {
    Answer answer = sendChunked("/v1/checks", "{\"text\": \"", 'a', LIMIT + CHUNK, false);

    assertThat(answer.status()).isEqualTo(413);
    assertThat(answer.header("content-type")).startsWith("application/problem+json");
    JsonNode problem = json.readTree(answer.body());
    assertThat(problem.path("status").asInt()).isEqualTo(413);
    assertThat(problem.path("instance").asText()).isEqualTo("/v1/checks");
    assertThat(problem.path("detail").asText()).contains(String.valueOf(LIMIT));
    assertThat(problem.path("violations").get(0).path("field").asText()).isEqualTo("body");
  }

  @Test
  void aChunkedArticlePastTheLimitIsRefusedAndNothingIsStored() throws IOException {
    Answer answer = sendChunked("/v1/documents", "{\"text\": \"", 'b', LIMIT + CHUNK, false);

    assertThat(answer.status()).isEqualTo(413);
    assertThat(json.readTree(answer.body()).path("instance").asText()).isEqualTo("/v1/documents");
  }

  @Test
  void aChunkedDraftWithinTheLimitIsChecked() throws IOException {
    String draft =
        "{\"text\": \"Putin and Lukashenko held talks in Sochi on September 16, 2020.\","
            + " \"published\": \"2020-09-20\", \"padding\": \"";
    Answer answer = sendChunked("/v1/checks", draft, 'c', 300_000, true);

    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    JsonNode findings = json.readTree(answer.body()).path("findings");
    assertThat(findings).isNotEmpty();
    assertThat(findings.get(0).path("verdict").asText()).isEqualTo("CONTRADICTED");
  }

  /**
   * Sends {@code prefix}, then {@code filler} characters in chunks until {@code size} bytes are
   * sent, then (if {@code complete}) closes the JSON string and object and the chunked body. An
   * incomplete body is left open: the server must answer without reading it to the end.
   */
  private Answer sendChunked(String path, String prefix, char filler, int size, boolean complete)
      throws IOException {
    try (Socket socket = new Socket(base.getHost(), base.getPort())) {
      socket.setSoTimeout(15_000);
      OutputStream out = socket.getOutputStream();
      out.write(
          ("POST "
                  + path
                  + " HTTP/1.1\r\nHost: "
                  + base.getHost()
                  + "\r\nContent-Type: application/json\r\nAccept: application/json\r\n"
                  + "Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n")
              .getBytes(StandardCharsets.US_ASCII));
      writeChunk(out, prefix.getBytes(StandardCharsets.UTF_8));
      byte[] chunk = new byte[CHUNK];
      Arrays.fill(chunk, (byte) filler);
      int sent = prefix.length();
      try {
        while (sent < size) {
          int n = Math.min(CHUNK, size - sent);
          writeChunk(out, n == CHUNK ? chunk : Arrays.copyOf(chunk, n));
          sent += n;
        }
        if (complete) {
          writeChunk(out, "\"}".getBytes(StandardCharsets.US_ASCII));
          out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        }
        out.flush();
      } catch (IOException e) {
        // The server may answer and close before everything is sent; its answer is read below.
      }
      return Answer.read(socket.getInputStream());
    }
  }

  private static void writeChunk(OutputStream out, byte[] data) throws IOException {
    out.write((Integer.toHexString(data.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
    out.write(data);
    out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
  }

  /** An HTTP/1.1 answer read to the end of the connection. */
  private record Answer(int status, String headers, String body) {

    String header(String name) {
      for (String line : headers.split("\r\n")) {
        int colon = line.indexOf(':');
        if (colon > 0 && line.substring(0, colon).trim().equalsIgnoreCase(name)) {
          return line.substring(colon + 1).trim().toLowerCase(Locale.ROOT);
        }
      }
      return "";
    }

    /** Reads the head, then the body by its length, or to the end of the connection. */
    static Answer read(InputStream in) throws IOException {
      ByteArrayOutputStream head = new ByteArrayOutputStream();
      int matched = 0;
      while (matched < 4) {
        int b = in.read();
        if (b < 0) {
          throw new IOException("the connection closed before the end of the head: " + head);
        }
        head.write(b);
        matched = (b == (matched % 2 == 0 ? '\r' : '\n')) ? matched + 1 : (b == '\r' ? 1 : 0);
      }
      String headers = head.toString(StandardCharsets.ISO_8859_1).strip();
      int status = Integer.parseInt(headers.substring(9, 12));
      Answer answer = new Answer(status, headers, "");
      String length = answer.header("content-length");
      byte[] body = length.isEmpty() ? in.readAllBytes() : in.readNBytes(Integer.parseInt(length));
      if (answer.header("transfer-encoding").contains("chunked")) {
        return new Answer(status, headers, dechunk(body));
      }
      return new Answer(status, headers, new String(body, StandardCharsets.UTF_8));
    }

    private static String dechunk(byte[] body) {
      String bytes = new String(body, StandardCharsets.ISO_8859_1);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      int at = 0;
      while (true) {
        int lineEnd = bytes.indexOf("\r\n", at);
        int length = Integer.parseInt(bytes.substring(at, lineEnd).trim(), 16);
        if (length == 0) {
          return out.toString(StandardCharsets.UTF_8);
        }
        out.write(body, lineEnd + 2, length);
        at = lineEnd + 2 + length + 2;
      }
    }
  }
}
