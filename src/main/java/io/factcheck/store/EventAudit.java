package io.factcheck.store;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.factcheck.store.jpa.EventAuditRow;
import io.factcheck.store.model.Event;
import io.factcheck.store.model.EventAction;
import io.factcheck.store.model.EventChange;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** The audit trail of curation: written by {@link EventStore} inside each change's transaction. */
@ApplicationScoped
public class EventAudit {

  /** Fields that every change moves on, which say nothing about what a curator changed. */
  private static final Set<String> BOOKKEEPING = Set.of("id", "version");

  /**
   * The stored form of an event: its record components only (not derived getters such as {@code
   * DateRange.isExactDay}), dates as ISO strings. Independent of the HTTP mapper's settings.
   */
  private static final ObjectMapper JSON =
      JsonMapper.builder()
          .addModule(new JavaTimeModule())
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .visibility(PropertyAccessor.IS_GETTER, JsonAutoDetect.Visibility.NONE)
          .build();

  @Inject EntityManager entityManager;

  /** Records a change; must run in the transaction that made it. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void record(
      long eventId,
      EventAction action,
      long version,
      String actor,
      OffsetDateTime at,
      Event before,
      Event after) {
    entityManager.persist(
        new EventAuditRow(
            eventId,
            action,
            version,
            actor,
            at,
            String.join(",", changedFields(before, after)),
            write(before),
            write(after)));
  }

  /** The changes of event {@code eventId}, oldest first; empty when it never existed. */
  @Transactional
  public List<EventChange> history(long eventId) {
    return entityManager
        .createQuery(
            "select a from EventAuditRow a where a.eventId = :eventId order by a.id",
            EventAuditRow.class)
        .setParameter("eventId", eventId)
        .getResultStream()
        .map(this::toDomain)
        .toList();
  }

  EventChange toDomain(EventAuditRow row) {
    return new EventChange(
        row.id(),
        row.eventId(),
        row.action(),
        row.eventVersion(),
        row.actor(),
        row.changedAt(),
        row.changedFields().isEmpty() ? List.of() : Arrays.asList(row.changedFields().split(",")),
        read(row.beforeState()),
        read(row.afterState()));
  }

  /** The names of the event's fields that differ, in declaration order. */
  static List<String> changedFields(Event before, Event after) {
    List<String> changed = new ArrayList<>();
    for (RecordComponent component : Event.class.getRecordComponents()) {
      if (BOOKKEEPING.contains(component.getName())) {
        continue;
      }
      Object was = before == null ? null : value(component, before);
      Object is = after == null ? null : value(component, after);
      if (!Objects.equals(was, is)) {
        changed.add(component.getName());
      }
    }
    return changed;
  }

  private static Object value(RecordComponent component, Event event) {
    try {
      return component.getAccessor().invoke(event);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException(e);
    }
  }

  private String write(Event event) {
    try {
      return event == null ? null : JSON.writeValueAsString(event);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write an event as JSON", e);
    }
  }

  private Event read(String state) {
    try {
      return state == null ? null : JSON.readValue(state, Event.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot read an audited event", e);
    }
  }
}
