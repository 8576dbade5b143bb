package io.factcheck.store;

/**
 * A value the store cannot accept, e.g. a participant that is not a known entity.
 *
 * @see #field() the JSON property path of the value, as the client sent it
 */
public class InvalidFieldException extends RuntimeException {

  private final String field;

  public InvalidFieldException(String field, String message) {
    super(message);
    this.field = field;
  }

  public String field() {
    return field;
  }
}
