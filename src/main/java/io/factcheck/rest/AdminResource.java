package io.factcheck.rest;

import io.factcheck.api.AdminApi;
import io.factcheck.api.model.ImportSummary;
import io.factcheck.store.StoreArchive;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;

/** {@code /v1/admin}: the whole store exported to one file and imported from one. */
public class AdminResource implements AdminApi {

  static final String NDJSON = "application/x-ndjson";

  @Inject StoreArchive archive;

  @Override
  public Response exportStore() {
    StreamingOutput body = archive::export;
    return Response.ok(body, NDJSON)
        .header("Content-Disposition", "attachment; filename=\"factcheck-store.jsonl\"")
        .build();
  }

  /** Quarkus REST has already streamed the body to a temporary file, which it deletes after. */
  @Override
  public Response importStore(File body) {
    StoreArchive.Summary summary;
    try (InputStream in = Files.newInputStream(body.toPath())) {
      summary = archive.importFrom(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Response.ok(
            new ImportSummary()
                .documents(summary.documents())
                .entities(summary.entities())
                .events(summary.events())
                .auditEntries(summary.auditEntries()))
        .build();
  }
}
