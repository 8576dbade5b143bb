package io.factcheck.store;

import io.factcheck.store.model.EventStatus;
import io.factcheck.store.model.EventType;
import java.time.LocalDate;
import java.util.Set;

/**
 * Which events to list; every null criterion matches all events.
 *
 * @param participantIds events with at least one of these participants
 * @param from events whose dates reach this day or later
 * @param to events whose dates begin on this day or earlier
 */
public record EventFilter(
    Set<String> participantIds, LocalDate from, LocalDate to, EventType type, EventStatus status) {}
