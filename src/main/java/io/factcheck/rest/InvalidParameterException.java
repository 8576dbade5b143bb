package io.factcheck.rest;

import jakarta.ws.rs.BadRequestException;

/**
 * A query or path parameter value that cannot be read. A {@code WebApplicationException}, so that
 * Quarkus REST passes it on as it is instead of turning it into a bare 404.
 *
 * <p>Converters are not told which parameter they read (Quarkus REST hands them the annotations of
 * the implementing method, and ours carry none), so the value is kept and {@link ProblemMappers}
 * looks up which parameter of the request had it.
 */
class InvalidParameterException extends BadRequestException {

  private final String value;

  InvalidParameterException(String value, String expectation) {
    super(expectation);
    this.value = value;
  }

  String value() {
    return value;
  }
}
