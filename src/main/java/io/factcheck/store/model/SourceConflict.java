package io.factcheck.store.model;

/**
 * A source that reports an event differently from the event as stored: kept beside the event for a
 * curator instead of overwriting it.
 *
 * @param slot what they disagree on: {@code date}, {@code count} or {@code place}
 * @param stored the event's value, as text ("2024-05-13", "13 people killed", "astana")
 * @param reported the other source's value, as text
 * @param source where the other source says it
 */
public record SourceConflict(String slot, String stored, String reported, Provenance source) {}
