package io.factcheck.store.model;

/**
 * An article of the corpus.
 *
 * @param id stable key; for the bundled corpus the manifest id, otherwise derived from the text
 * @param published when it was published, as precisely as known; null if unknown
 */
public record Document(
    String id, String title, String source, String url, String text, DateRange published) {}
