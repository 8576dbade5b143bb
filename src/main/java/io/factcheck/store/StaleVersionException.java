package io.factcheck.store;

/** A change was decided on a version of an event that is no longer the current one. */
public class StaleVersionException extends RuntimeException {

  private final long currentVersion;

  public StaleVersionException(long eventId, long currentVersion, long givenVersion) {
    super(
        "Event "
            + eventId
            + " is at version "
            + currentVersion
            + ", not "
            + givenVersion
            + "; read it again and repeat the change.");
    this.currentVersion = currentVersion;
  }

  public long currentVersion() {
    return currentVersion;
  }
}
