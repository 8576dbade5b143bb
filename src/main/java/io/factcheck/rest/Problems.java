package io.factcheck.rest;

import io.factcheck.api.model.Problem;
import io.factcheck.api.model.Violation;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** RFC 9457 problem responses, the body of every error this service sends. */
final class Problems {

  static final String MEDIA_TYPE = "application/problem+json";

  private Problems() {}

  static Response of(Response.StatusType status, String detail, String path) {
    return of(status, detail, path, List.of());
  }

  static Response of(
      Response.StatusType status, String detail, String path, List<Violation> violations) {
    Problem problem =
        new Problem()
            .type("about:blank")
            .title(status.getReasonPhrase())
            .status(status.getStatusCode())
            .detail(detail)
            .instance(path)
            .violations(violations);
    return Response.status(status.getStatusCode()).type(MEDIA_TYPE).entity(problem).build();
  }

  static Violation violation(String field, String message) {
    return new Violation().field(field).message(message);
  }

  /** A 400 naming the fields; {@code detail} sums them up. */
  static Response badRequest(List<Violation> violations, String path) {
    String detail =
        violations.size() == 1
            ? "Field " + violations.get(0).getField() + " " + violations.get(0).getMessage() + "."
            : "The request has " + violations.size() + " invalid fields.";
    return of(Response.Status.BAD_REQUEST, detail, path, violations);
  }
}
