package io.factcheck.ingest;

/**
 * One article to ingest, as read from the folder.
 *
 * @param key where it comes from, stable across runs: the file's path relative to the folder, with
 *     {@code :line} for a JSON lines file; the checkpoint records these
 * @param problem why the article cannot be sent (e.g. a line that is not JSON), or null
 */
public record Article(
    String key,
    String title,
    String source,
    String url,
    String published,
    String text,
    String problem) {

  static Article unreadable(String key, String problem) {
    return new Article(key, null, null, null, null, null, problem);
  }
}
