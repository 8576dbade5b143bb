package io.factcheck.analysis;

import io.factcheck.store.model.DateRange;

/**
 * What relative dates in a text are resolved against: the publication date, as precisely as it is
 * known, or nothing.
 */
public record DateAnchor(DateRange published) {

  public static final DateAnchor NONE = new DateAnchor(null);

  public boolean isKnown() {
    return published != null;
  }
}
