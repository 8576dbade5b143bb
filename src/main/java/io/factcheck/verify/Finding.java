package io.factcheck.verify;

import java.util.List;

/**
 * What a check found about one span of the draft.
 *
 * @param start UTF-16 offset into the draft as sent, inclusive
 * @param end UTF-16 offset into the draft as sent, exclusive
 * @param suggestion for CONTRADICTED: replacement text for {@code [start, end)}, else null
 */
public record Finding(
    int start,
    int end,
    Verdict verdict,
    FindingKind kind,
    String message,
    String suggestion,
    List<Evidence> evidence) {
  public Finding {
    evidence = evidence == null ? List.of() : List.copyOf(evidence);
  }
}
