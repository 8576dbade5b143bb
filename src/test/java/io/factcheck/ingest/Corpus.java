package io.factcheck.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Helpers for tests that ingest folders of articles. */
final class Corpus {

  private Corpus() {}

  /** The id the service gives a new document with this text: the start of its SHA-256. */
  static String documentId(String text) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest).substring(0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A distinct article text, the {@code n}th of a synthetic corpus. */
  static String article(int n) {
    return "MOSCOW, March "
        + (1 + n % 28)
        + ". Synthetic article number "
        + n
        + " of the ingestion tests reports that the delegations met for talks on trade. "
        + "It says nothing else, and repeats its number "
        + n
        + " so that every text is distinct.";
  }
}
