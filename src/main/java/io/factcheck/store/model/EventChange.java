package io.factcheck.store.model;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * One entry of an event's audit trail.
 *
 * @param version the event's version after the change (for a delete: the version deleted)
 * @param actor who made it: the authenticated principal's name, or "anonymous"
 * @param changedFields the event's fields whose value the change altered
 * @param before the event before the change; null for a create
 * @param after the event after the change; null for a delete
 */
public record EventChange(
    long id,
    long eventId,
    EventAction action,
    long version,
    String actor,
    OffsetDateTime at,
    List<String> changedFields,
    Event before,
    Event after) {

  public EventChange {
    changedFields = changedFields == null ? List.of() : List.copyOf(changedFields);
  }
}
