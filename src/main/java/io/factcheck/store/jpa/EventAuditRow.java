package io.factcheck.store.jpa;

import io.factcheck.store.model.EventAction;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** A row of {@code event_audit}; the event states are JSON written by the store. */
@Entity
@Table(name = "event_audit")
public class EventAuditRow {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "event_id")
  private long eventId;

  @Enumerated(EnumType.STRING)
  private EventAction action;

  @Column(name = "event_version")
  private long eventVersion;

  private String actor;

  @Column(name = "changed_at")
  private OffsetDateTime changedAt;

  @Column(name = "changed_fields")
  private String changedFields;

  @Column(name = "before_state", length = 200_000)
  private String beforeState;

  @Column(name = "after_state", length = 200_000)
  private String afterState;

  protected EventAuditRow() {}

  public EventAuditRow(
      long eventId,
      EventAction action,
      long eventVersion,
      String actor,
      OffsetDateTime changedAt,
      String changedFields,
      String beforeState,
      String afterState) {
    this.eventId = eventId;
    this.action = action;
    this.eventVersion = eventVersion;
    this.actor = actor;
    this.changedAt = changedAt;
    this.changedFields = changedFields;
    this.beforeState = beforeState;
    this.afterState = afterState;
  }

  public Long id() {
    return id;
  }

  public long eventId() {
    return eventId;
  }

  public EventAction action() {
    return action;
  }

  public long eventVersion() {
    return eventVersion;
  }

  public String actor() {
    return actor;
  }

  public OffsetDateTime changedAt() {
    return changedAt;
  }

  public String changedFields() {
    return changedFields;
  }

  public String beforeState() {
    return beforeState;
  }

  public String afterState() {
    return afterState;
  }
}
