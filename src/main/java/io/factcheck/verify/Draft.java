package io.factcheck.verify;

import io.factcheck.analysis.TextFormat;

/**
 * A draft to check.
 *
 * @param published ISO 8601 date of reduced precision ("2023-03-14", "2020-11", "2021") or null
 */
public record Draft(String text, TextFormat format, String published) {
  public Draft {
    format = format == null ? TextFormat.TEXT : format;
  }
}
