package io.factcheck.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.factcheck.api.model.Problem;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.VertxHttpRecorder;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Request bodies larger than {@code quarkus.http.limits.max-body-size} (for {@code POST
 * /v1/admin/import}, {@code factcheck.admin.import-max-body-size}) get a 413 problem, where Quarkus
 * would answer an empty 413:
 *
 * <ul>
 *   <li>a declared length that is too large is answered here, before the body is read;
 *   <li>a body of unknown length (chunked) is counted as it is read ({@link BodySizeLimit}), and
 *       reading stops with a 413 problem at the limit. Quarkus's own count of such bodies is turned
 *       off for the request, since it would answer first, with an empty 413.
 *   <li>a form ({@code POST /v2/check}) of unknown length is read by Vert.x, each field limited by
 *       {@code quarkus.http.limits.max-form-attribute-size}.
 * </ul>
 */
@ApplicationScoped
public class RequestSizeLimit {

  static final String IMPORT_PATH = "/v1/admin/import";

  /** Quarkus checks declared lengths at order -2 (RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT). */
  private static final int BEFORE_QUARKUS_UPLOAD_LIMIT = -3;

  private static final int AFTER_QUARKUS_UPLOAD_LIMIT = -1;

  @ConfigProperty(name = "quarkus.http.limits.max-body-size")
  MemorySize maxBodySize;

  @ConfigProperty(name = "factcheck.admin.import-max-body-size", defaultValue = "1G")
  MemorySize importMaxBodySize;

  @Inject ObjectMapper json;

  /** The largest body a request to {@code path} may send. */
  long limitFor(String path) {
    long limit = maxBodySize.asLongValue();
    return IMPORT_PATH.equals(path) ? Math.max(limit, importMaxBodySize.asLongValue()) : limit;
  }

  void install(@Observes Router router) {
    long globalLimit = maxBodySize.asLongValue();
    router
        .route()
        .order(BEFORE_QUARKUS_UPLOAD_LIMIT)
        .handler(
            context -> {
              String length = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
              if (length == null) {
                context.next();
                return;
              }
              long limit = limitFor(context.request().path());
              if (tooLong(length, limit)) {
                context
                    .response()
                    .setStatusCode(413)
                    .putHeader(HttpHeaders.CONTENT_TYPE, Problems.MEDIA_TYPE)
                    .putHeader(HttpHeaders.CONNECTION, "close")
                    .end(problem(context.request().path(), limit));
                return;
              }
              if (limit > globalLimit && tooLong(length, globalLimit)) {
                // Quarkus's check knows only the global limit; the body is counted instead.
                context.request().headers().remove(HttpHeaders.CONTENT_LENGTH);
              }
              context.next();
            });
    router
        .route()
        .order(AFTER_QUARKUS_UPLOAD_LIMIT)
        .handler(
            context -> {
              if (context.request().getHeader(HttpHeaders.CONTENT_LENGTH) == null) {
                context.remove(VertxHttpRecorder.MAX_REQUEST_SIZE_KEY);
              }
              context.next();
            });
  }

  private static boolean tooLong(String length, long limit) {
    try {
      return Long.parseLong(length.strip()) > limit;
    } catch (NumberFormatException e) {
      return false; // Quarkus answers a malformed length itself
    }
  }

  String problem(String path, long limit) {
    try {
      return json.writeValueAsString(tooLarge(path, limit));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  static Problem tooLarge(String path, long limit) {
    return new Problem()
        .type("about:blank")
        .title("Request Entity Too Large")
        .status(413)
        .detail("The request body is larger than the " + limit + " bytes this service accepts.")
        .instance(path)
        .violations(List.of(Problems.violation("body", "is larger than " + limit + " bytes")));
  }
}
