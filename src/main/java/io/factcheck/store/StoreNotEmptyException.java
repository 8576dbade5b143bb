package io.factcheck.store;

/** An import was asked of a store that already holds something; it would mix two stores. */
public class StoreNotEmptyException extends RuntimeException {

  public StoreNotEmptyException(String message) {
    super(message);
  }
}
