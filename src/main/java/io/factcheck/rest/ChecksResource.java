package io.factcheck.rest;

import io.factcheck.analysis.TextFormat;
import io.factcheck.api.ChecksApi;
import io.factcheck.api.model.CheckRequest;
import io.factcheck.api.model.CheckResponse;
import io.factcheck.verify.CheckService;
import io.factcheck.verify.Draft;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;

/** {@code POST /v1/checks}: the checking engine behind the HTTP contract. */
public class ChecksResource implements ChecksApi {

  @Inject CheckService checks;

  @Override
  public Response checkDraft(CheckRequest request) {
    RequestDates.parse(request.getPublished(), "published");
    TextFormat format =
        request.getFormat() == null
            ? TextFormat.TEXT
            : TextFormat.valueOf(request.getFormat().name());
    Draft draft = new Draft(request.getText(), format, request.getPublished());
    CheckResponse response =
        new CheckResponse()
            .findings(checks.check(draft).stream().map(FindingMapper::toApi).toList());
    return Response.ok(response).build();
  }
}
