package io.factcheck.store.jpa;

import io.factcheck.store.model.Provenance;
import io.factcheck.store.model.SourceConflict;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A row of {@code event_conflict}: a source that reports one of the event's slots differently. */
@Embeddable
public class ConflictValue {

  private String slot;

  @Column(name = "stored_value", length = 1000)
  private String stored;

  @Column(length = 1000)
  private String reported;

  @Column(name = "document_id")
  private String documentId;

  @Column(name = "start_offset")
  private int start;

  @Column(name = "end_offset")
  private int end;

  @Column(length = 20_000)
  private String quote;

  protected ConflictValue() {}

  ConflictValue(SourceConflict conflict) {
    this.slot = conflict.slot();
    this.stored = conflict.stored();
    this.reported = conflict.reported();
    this.documentId = conflict.source().documentId();
    this.start = conflict.source().start();
    this.end = conflict.source().end();
    this.quote = conflict.source().quote();
  }

  SourceConflict toDomain() {
    return new SourceConflict(
        slot, stored, reported, new Provenance(documentId, start, end, quote));
  }
}
