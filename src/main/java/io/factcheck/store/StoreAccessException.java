package io.factcheck.store;

import java.sql.SQLException;

/** The database failed a statement of the store's own (not one refused for the data sent). */
public class StoreAccessException extends RuntimeException {

  public StoreAccessException(String message, SQLException cause) {
    super(message + ": " + cause.getMessage(), cause);
  }
}
