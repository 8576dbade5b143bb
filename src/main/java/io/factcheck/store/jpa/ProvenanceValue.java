package io.factcheck.store.jpa;

import io.factcheck.store.model.Provenance;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A row of {@code provenance}: the sentence of a document an event was read from. */
@Embeddable
public class ProvenanceValue {

  @Column(name = "document_id")
  private String documentId;

  @Column(name = "start_offset")
  private int start;

  @Column(name = "end_offset")
  private int end;

  @Column(length = 20_000)
  private String quote;

  protected ProvenanceValue() {}

  ProvenanceValue(Provenance provenance) {
    this.documentId = provenance.documentId();
    this.start = provenance.start();
    this.end = provenance.end();
    this.quote = provenance.quote();
  }

  Provenance toDomain() {
    return new Provenance(documentId, start, end, quote);
  }
}
