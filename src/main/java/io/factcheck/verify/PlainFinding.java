package io.factcheck.verify;

import io.factcheck.analysis.Span;
import java.util.List;

/** A finding whose span still indexes the plain text of the draft. */
record PlainFinding(
    Span span,
    Verdict verdict,
    FindingKind kind,
    String message,
    String suggestion,
    List<Evidence> evidence) {}
