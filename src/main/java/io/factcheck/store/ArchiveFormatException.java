package io.factcheck.store;

/** A file given to import is not a whole export of a known version, or contradicts itself. */
public class ArchiveFormatException extends RuntimeException {

  public ArchiveFormatException(String message) {
    super(message);
  }
}
