package io.factcheck.store;

/** A request names a document or event the store does not have. */
public class UnknownIdException extends RuntimeException {

  public UnknownIdException(String what, Object id) {
    super("There is no " + what + " " + id + ".");
  }
}
