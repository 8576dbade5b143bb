package io.factcheck.rest;

import io.factcheck.api.DocumentsApi;
import io.factcheck.api.model.DocumentAdded;
import io.factcheck.api.model.NewDocument;
import io.factcheck.store.DocumentStore;
import io.factcheck.store.UnknownIdException;
import io.factcheck.store.model.DateRange;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;

/** {@code /v1/documents}: adding articles to the corpus and reading them back. */
public class DocumentsResource implements DocumentsApi {

  @Inject DocumentStore documents;

  @Context UriInfo uriInfo;

  @Override
  public Response addDocument(NewDocument document, Boolean approve) {
    DateRange published = RequestDates.parse(document.getPublished(), "published");
    DocumentStore.Added added =
        documents.add(
            document.getTitle(),
            document.getSource(),
            document.getUrl(),
            document.getText(),
            published);
    // Extracting events from new articles is not built yet: nothing is proposed, nothing approved.
    DocumentAdded body =
        new DocumentAdded().id(added.id()).created(added.created()).events(List.of());
    return Response.created(uriInfo.getBaseUriBuilder().path("v1/documents/{id}").build(added.id()))
        .entity(body)
        .build();
  }

  @Override
  public Response getDocument(String id) {
    return documents
        .find(id)
        .map(document -> Response.ok(DocumentMapper.toApi(document)).build())
        .orElseThrow(() -> new UnknownIdException("document", id));
  }
}
