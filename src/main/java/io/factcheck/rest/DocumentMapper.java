package io.factcheck.rest;

import io.factcheck.api.model.StoredDocument;
import io.factcheck.store.PartialDates;
import io.factcheck.store.model.Document;

/** Documents as the API shows them. */
final class DocumentMapper {

  private DocumentMapper() {}

  static StoredDocument toApi(Document document) {
    return new StoredDocument()
        .id(document.id())
        .title(document.title())
        .source(document.source())
        .url(document.url())
        .published(PartialDates.format(document.published()))
        .text(document.text());
  }
}
