package io.factcheck.rest;

import io.factcheck.api.EntitiesApi;
import io.factcheck.store.EntityDirectory;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;

/** {@code GET /v1/entities}: who and what the store knows. */
public class EntitiesResource implements EntitiesApi {

  @Inject EntityDirectory entities;

  @Override
  public Response listEntities(String q) {
    return Response.ok(entities.search(q).stream().map(EntityMapper::toApi).toList()).build();
  }
}
