package io.factcheck.store;

import io.factcheck.store.jpa.DocumentRow;
import io.factcheck.store.jpa.EntityRow;
import io.factcheck.store.jpa.EventRow;
import io.factcheck.store.model.Event;
import io.factcheck.store.model.EventAction;
import io.factcheck.store.model.EventStatus;
import io.factcheck.store.model.Provenance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The curated events: list, read, and every curation change. Changes take the version they were
 * decided on and fail with {@link StaleVersionException} when it is not the current one; the row's
 * {@code @Version} catches the races this check cannot see.
 */
@ApplicationScoped
public class EventStore {

  @Inject EntityManager entityManager;

  @Inject jakarta.enterprise.event.Event<StoreChanged> changes;

  @Inject EventAudit audit;

  /** The actor of changes made by the service itself rather than through a request. */
  public static final String SYSTEM = "system";

  @Transactional
  public List<Event> list(EventFilter filter) {
    List<String> where = new ArrayList<>();
    Map<String, Object> parameters = new HashMap<>();
    if (filter.participantIds() != null) {
      if (filter.participantIds().isEmpty()) {
        return List.of();
      }
      where.add(
          "exists (select 1 from EventRow x join x.participants p"
              + " where x.id = e.id and p in :participantIds)");
      parameters.put("participantIds", filter.participantIds());
    }
    if (filter.from() != null) {
      where.add("e.dateEnd >= :from");
      parameters.put("from", filter.from());
    }
    if (filter.to() != null) {
      where.add("e.dateStart <= :to");
      parameters.put("to", filter.to());
    }
    if (filter.type() != null) {
      where.add("e.type = :type");
      parameters.put("type", filter.type());
    }
    if (filter.status() != null) {
      where.add("e.status = :status");
      parameters.put("status", filter.status());
    }
    String jpql =
        "select e from EventRow e"
            + (where.isEmpty() ? "" : " where " + String.join(" and ", where))
            + " order by e.dateStart nulls last, e.id";
    TypedQuery<EventRow> query = entityManager.createQuery(jpql, EventRow.class);
    parameters.forEach(query::setParameter);
    return query.getResultStream().map(EventRow::toDomain).toList();
  }

  @Transactional
  public Event get(long id) {
    return row(id).toDomain();
  }

  /** Stores a new event with the status it names (PROPOSED when it names none). */
  public Event create(Event event) {
    return create(event, SYSTEM);
  }

  /** {@link #create(Event)}, recorded in the audit trail as done by {@code actor}. */
  @Transactional
  public Event create(Event event, String actor) {
    Event checked = checked(event);
    if (checked.status() == null) {
      checked = checked.withStatus(EventStatus.PROPOSED);
    }
    OffsetDateTime now = OffsetDateTime.now();
    EventRow row = new EventRow(checked, now);
    entityManager.persist(row);
    entityManager.flush();
    Event created = row.toDomain();
    audit.record(created.id(), EventAction.CREATE, created.version(), actor, now, null, created);
    changes.fire(new StoreChanged("event " + row.id()));
    return created;
  }

  /** Replaces the content of event {@code id}; its status stays. */
  public Event update(long id, long version, Event content) {
    return update(id, version, content, SYSTEM);
  }

  @Transactional
  public Event update(long id, long version, Event content, String actor) {
    EventRow row = current(id, version);
    Event before = row.toDomain();
    OffsetDateTime now = OffsetDateTime.now();
    row.replaceContent(checked(content), now);
    entityManager.flush(); // raises OptimisticLockException here, inside the transaction
    Event after = row.toDomain();
    audit.record(id, EventAction.UPDATE, after.version(), actor, now, before, after);
    changes.fire(new StoreChanged("event " + id));
    return after;
  }

  public Event changeStatus(long id, long version, EventStatus status) {
    return changeStatus(id, version, status, SYSTEM);
  }

  @Transactional
  public Event changeStatus(long id, long version, EventStatus status, String actor) {
    EventRow row = current(id, version);
    Event before = row.toDomain();
    OffsetDateTime now = OffsetDateTime.now();
    row.changeStatus(status, now);
    entityManager.flush();
    Event after = row.toDomain();
    EventAction action =
        switch (status) {
          case APPROVED -> EventAction.APPROVE;
          case REJECTED -> EventAction.REJECT;
          case PROPOSED -> EventAction.UPDATE;
        };
    audit.record(id, action, after.version(), actor, now, before, after);
    changes.fire(new StoreChanged("event " + id));
    return after;
  }

  /** Deletes event {@code id} and returns it as it was. */
  public Event delete(long id, long version) {
    return delete(id, version, SYSTEM);
  }

  @Transactional
  public Event delete(long id, long version, String actor) {
    EventRow row = current(id, version);
    Event deleted = row.toDomain();
    entityManager.remove(row);
    entityManager.flush();
    audit.record(
        id, EventAction.DELETE, deleted.version(), actor, OffsetDateTime.now(), deleted, null);
    changes.fire(new StoreChanged("event " + id));
    return deleted;
  }

  /**
   * Adds what another reading of the corpus found to event {@code id}: sources, disagreements, open
   * slots and slots it had left empty. Joins the caller's transaction, so an article's document and
   * everything read from it are stored together or not at all.
   */
  @Transactional
  public Event merge(long id, Event merged, String actor) {
    EventRow row = row(id);
    Event before = row.toDomain();
    OffsetDateTime now = OffsetDateTime.now();
    row.merge(checked(merged), now);
    entityManager.flush();
    Event after = row.toDomain();
    audit.record(id, EventAction.UPDATE, after.version(), actor, now, before, after);
    changes.fire(new StoreChanged("event " + id));
    return after;
  }

  /** Stores the approved events of the bundled corpus, which are known to be consistent. */
  void addAll(Iterable<Event> events, OffsetDateTime now) {
    for (Event event : events) {
      entityManager.persist(new EventRow(event, now));
    }
  }

  private EventRow row(long id) {
    EventRow row = entityManager.find(EventRow.class, id);
    if (row == null) {
      throw new UnknownIdException("event", id);
    }
    return row;
  }

  private EventRow current(long id, long version) {
    EventRow row = row(id);
    if (row.version() != version) {
      throw new StaleVersionException(id, row.version(), version);
    }
    return row;
  }

  /**
   * The event with its quotes read from the documents, after checking that every participant is a
   * known entity and every source lies inside its document (and matches its quote, if given).
   */
  private Event checked(Event event) {
    if (event.participants().isEmpty()) {
      throw new InvalidFieldException("participants", "must name at least one entity");
    }
    for (int i = 0; i < event.participants().size(); i++) {
      String participant = event.participants().get(i);
      if (participant == null || entityManager.find(EntityRow.class, participant) == null) {
        throw new InvalidFieldException(
            "participants[" + i + "]",
            "is not a known entity id: " + participant + " (see GET /v1/entities)");
      }
    }
    if (event.sources().isEmpty()) {
      throw new InvalidFieldException("sources", "must name at least one source");
    }
    List<Provenance> sources = new ArrayList<>();
    for (int i = 0; i < event.sources().size(); i++) {
      sources.add(checked(event.sources().get(i), "sources[" + i + "]"));
    }
    return event.withSources(sources);
  }

  private Provenance checked(Provenance source, String field) {
    DocumentRow document =
        source.documentId() == null
            ? null
            : entityManager.find(DocumentRow.class, source.documentId());
    if (document == null) {
      throw new InvalidFieldException(
          field + ".documentId", "is not a stored document: " + source.documentId());
    }
    int length = document.text().length();
    if (source.start() < 0 || source.start() > length) {
      throw new InvalidFieldException(
          field + ".start", "must lie in the document, between 0 and " + length);
    }
    if (source.end() <= source.start() || source.end() > length) {
      throw new InvalidFieldException(
          field + ".end", "must lie after start and at most at the document's end, " + length);
    }
    String quote = document.text().substring(source.start(), source.end());
    if (source.quote() != null && !source.quote().equals(quote)) {
      throw new InvalidFieldException(
          field + ".quote", "is not the document's text at [start, end): \"" + quote + "\"");
    }
    return new Provenance(source.documentId(), source.start(), source.end(), quote);
  }
}
