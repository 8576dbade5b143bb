package io.factcheck.rest;

import io.factcheck.api.DocumentsApi;
import io.factcheck.api.model.DocumentAdded;
import io.factcheck.api.model.NewDocument;
import io.factcheck.ingest.DocumentIngestor;
import io.factcheck.store.DocumentStore;
import io.factcheck.store.PartialDates;
import io.factcheck.store.StoreSnapshots;
import io.factcheck.store.UnknownIdException;
import io.factcheck.store.model.DateRange;
import io.factcheck.store.model.Entity;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.HashMap;
import java.util.Map;

/** {@code /v1/documents}: adding articles to the corpus and reading them back. */
public class DocumentsResource implements DocumentsApi {

  @Inject DocumentStore documents;

  @Inject DocumentIngestor ingestor;

  @Inject StoreSnapshots snapshots;

  @Context UriInfo uriInfo;

  @Context SecurityContext security;

  @Override
  public Response addDocument(NewDocument document, Boolean approve) {
    DateRange published = RequestDates.parse(document.getPublished(), "published");
    DocumentIngestor.Ingested ingested =
        ingestor.ingest(
            new DocumentIngestor.Article(
                document.getTitle(),
                document.getSource(),
                document.getUrl(),
                document.getText(),
                published),
            Boolean.TRUE.equals(approve),
            Actors.of(security));
    Map<String, Entity> entitiesById = new HashMap<>(snapshots.current().entitiesById());
    ingested.newEntities().forEach(e -> entitiesById.put(e.id(), e));
    DocumentAdded body =
        new DocumentAdded()
            .id(ingested.documentId())
            .created(ingested.created())
            .published(PartialDates.format(ingested.published()))
            .events(
                ingested.events().stream().map(e -> EventMapper.toApi(e, entitiesById)).toList())
            .entities(ingested.newEntities().stream().map(EntityMapper::toApi).toList());
    return Response.created(
            uriInfo.getBaseUriBuilder().path("v1/documents/{id}").build(ingested.documentId()))
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
