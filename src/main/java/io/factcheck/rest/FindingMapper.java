package io.factcheck.rest;

import io.factcheck.api.model.FindingKind;
import io.factcheck.api.model.Verdict;
import io.factcheck.verify.Evidence;
import io.factcheck.verify.Finding;

/** Findings of the checking engine as the API reports them. */
final class FindingMapper {

  private FindingMapper() {}

  static io.factcheck.api.model.Finding toApi(Finding finding) {
    return new io.factcheck.api.model.Finding()
        .start(finding.start())
        .end(finding.end())
        .verdict(Verdict.fromValue(finding.verdict().name()))
        .kind(FindingKind.fromValue(finding.kind().name()))
        .message(finding.message())
        .suggestion(finding.suggestion())
        .evidence(finding.evidence().stream().map(FindingMapper::toApi).toList());
  }

  private static io.factcheck.api.model.Evidence toApi(Evidence evidence) {
    return new io.factcheck.api.model.Evidence()
        .eventId(evidence.eventId())
        .documentId(evidence.documentId())
        .quote(evidence.quote())
        .start(evidence.start())
        .end(evidence.end());
  }
}
