package io.factcheck.store.jpa;

import io.factcheck.store.model.EventCount;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A row of {@code event_count}. */
@Embeddable
public class CountValue {

  private String what;

  @Column(name = "count_value")
  private long value;

  private boolean ordinal;

  protected CountValue() {}

  CountValue(EventCount count) {
    this.what = count.what();
    this.value = count.value();
    this.ordinal = count.ordinal();
  }

  EventCount toDomain() {
    return new EventCount(what, value, ordinal);
  }
}
