package io.factcheck.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.factcheck.api.model.Problem;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Answers a request whose declared length exceeds {@code quarkus.http.limits.max-body-size} with a
 * 413 problem, just before Quarkus would answer it with an empty 413. (A chunked body without a
 * length that grows too large still gets Quarkus's empty 413.)
 */
@ApplicationScoped
public class RequestSizeLimit {

  /** Quarkus checks the limit at order -2 (RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT). */
  private static final int BEFORE_QUARKUS_UPLOAD_LIMIT = -3;

  @ConfigProperty(name = "quarkus.http.limits.max-body-size")
  MemorySize maxBodySize;

  @Inject ObjectMapper json;

  void install(@Observes Router router) {
    long limit = maxBodySize.asLongValue();
    router
        .route()
        .order(BEFORE_QUARKUS_UPLOAD_LIMIT)
        .handler(
            context -> {
              String length = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
              if (length == null || !tooLong(length, limit)) {
                context.next();
                return;
              }
              context
                  .response()
                  .setStatusCode(413)
                  .putHeader(HttpHeaders.CONTENT_TYPE, Problems.MEDIA_TYPE)
                  .putHeader(HttpHeaders.CONNECTION, "close")
                  .end(problem(context.request().path(), limit));
            });
  }

  private static boolean tooLong(String length, long limit) {
    try {
      return Long.parseLong(length.strip()) > limit;
    } catch (NumberFormatException e) {
      return false; // Quarkus answers a malformed length itself
    }
  }

  private String problem(String path, long limit) {
    try {
      return json.writeValueAsString(
          new Problem()
              .type("about:blank")
              .title("Request Entity Too Large")
              .status(413)
              .detail(
                  "The request body is larger than the " + limit + " bytes this service accepts.")
              .instance(path)
              .violations(
                  List.of(Problems.violation("body", "is larger than " + limit + " bytes"))));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
