package io.factcheck.rest;

/** A request body of unknown length grew past the request's limit while it was read. */
class BodyTooLargeException extends RuntimeException {

  private final String path;
  private final long limit;

  BodyTooLargeException(String path, long limit) {
    super("The request body to " + path + " is larger than " + limit + " bytes");
    this.path = path;
    this.limit = limit;
  }

  String path() {
    return path;
  }

  long limit() {
    return limit;
  }
}
