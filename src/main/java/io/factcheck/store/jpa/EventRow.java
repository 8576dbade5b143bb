package io.factcheck.store.jpa;

import io.factcheck.store.model.ContactMode;
import io.factcheck.store.model.DatePrecision;
import io.factcheck.store.model.DateRange;
import io.factcheck.store.model.Event;
import io.factcheck.store.model.EventCount;
import io.factcheck.store.model.EventStatus;
import io.factcheck.store.model.EventType;
import io.factcheck.store.model.Provenance;
import io.factcheck.store.model.SourceConflict;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * A row of {@code event} with its participants, places, counts, open slots and provenance. The
 * {@code version} column makes concurrent edits fail instead of overwriting each other.
 */
@Entity
@Table(name = "event")
public class EventRow {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Enumerated(EnumType.STRING)
  private EventType type;

  @Enumerated(EnumType.STRING)
  private ContactMode mode;

  @Column(name = "date_start")
  private LocalDate dateStart;

  @Column(name = "date_end")
  private LocalDate dateEnd;

  @Enumerated(EnumType.STRING)
  @Column(name = "date_precision")
  private DatePrecision datePrecision;

  @Enumerated(EnumType.STRING)
  @Column(name = "date_weekday")
  private DayOfWeek dateWeekday;

  @Column(length = 4000)
  private String summary;

  @Enumerated(EnumType.STRING)
  private EventStatus status;

  @Version private long version;

  @Column(name = "created_at")
  private OffsetDateTime createdAt;

  @Column(name = "updated_at")
  private OffsetDateTime updatedAt;

  @ElementCollection
  @CollectionTable(name = "event_participant", joinColumns = @JoinColumn(name = "event_id"))
  @OrderColumn(name = "list_index")
  @Column(name = "entity_id")
  private List<String> participants = new ArrayList<>();

  @ElementCollection
  @CollectionTable(name = "event_place", joinColumns = @JoinColumn(name = "event_id"))
  @OrderColumn(name = "list_index")
  @Column(name = "place")
  private List<String> places = new ArrayList<>();

  @ElementCollection
  @CollectionTable(name = "event_count", joinColumns = @JoinColumn(name = "event_id"))
  @OrderColumn(name = "list_index")
  private List<CountValue> counts = new ArrayList<>();

  @ElementCollection
  @CollectionTable(name = "event_uncertain", joinColumns = @JoinColumn(name = "event_id"))
  @OrderColumn(name = "list_index")
  @Column(name = "slot")
  private List<String> uncertain = new ArrayList<>();

  @ElementCollection
  @CollectionTable(name = "provenance", joinColumns = @JoinColumn(name = "event_id"))
  @OrderColumn(name = "list_index")
  private List<ProvenanceValue> sources = new ArrayList<>();

  @ElementCollection
  @CollectionTable(name = "event_conflict", joinColumns = @JoinColumn(name = "event_id"))
  @OrderColumn(name = "list_index")
  private List<ConflictValue> conflicts = new ArrayList<>();

  protected EventRow() {}

  /** A new row for {@code event}; its id and version are assigned by the store. */
  public EventRow(Event event, OffsetDateTime now) {
    this.createdAt = now;
    this.status = event.status();
    replaceContent(event, now);
    replaceConflicts(event.conflicts());
  }

  public Long id() {
    return id;
  }

  public long version() {
    return version;
  }

  public EventStatus status() {
    return status;
  }

  /** Replaces everything but id, status and version with what {@code event} says. */
  public void replaceContent(Event event, OffsetDateTime now) {
    this.type = event.type();
    this.mode = event.mode();
    DateRange date = event.date();
    this.dateStart = date == null ? null : date.start();
    this.dateEnd = date == null ? null : date.end();
    this.datePrecision = date == null ? null : date.precision();
    this.dateWeekday = date == null ? null : date.weekday();
    this.summary = event.summary();
    // Cleared and refilled rather than replaced, so Hibernate keeps tracking the same collections.
    replace(participants, event.participants());
    replace(places, event.places());
    replace(uncertain, event.uncertain());
    counts.clear();
    for (EventCount count : event.counts()) {
      counts.add(new CountValue(count));
    }
    sources.clear();
    for (Provenance source : event.sources()) {
      sources.add(new ProvenanceValue(source));
    }
    this.updatedAt = now;
  }

  /**
   * Takes what merging another article found: more sources, the slots it disagrees on (kept as
   * conflicts, never overwriting the stored values) and slots the event had left empty.
   */
  public void merge(Event merged, OffsetDateTime now) {
    replaceContent(merged, now);
    replaceConflicts(merged.conflicts());
  }

  private void replaceConflicts(List<SourceConflict> values) {
    conflicts.clear();
    for (SourceConflict conflict : values) {
      conflicts.add(new ConflictValue(conflict));
    }
  }

  public void changeStatus(EventStatus status, OffsetDateTime now) {
    this.status = status;
    this.updatedAt = now;
  }

  public Event toDomain() {
    DateRange date =
        dateStart == null ? null : new DateRange(dateStart, dateEnd, datePrecision, dateWeekday);
    return new Event(
        id,
        type,
        participants,
        mode,
        date,
        places,
        counts.stream().map(CountValue::toDomain).toList(),
        summary,
        uncertain,
        status,
        version,
        sources.stream().map(ProvenanceValue::toDomain).toList(),
        conflicts.stream().map(ConflictValue::toDomain).toList());
  }

  private static <T> void replace(List<T> target, List<T> values) {
    target.clear();
    target.addAll(values);
  }
}
