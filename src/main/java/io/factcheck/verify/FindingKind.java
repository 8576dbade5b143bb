package io.factcheck.verify;

/** The slot of a claim a finding is about. */
public enum FindingKind {
  DATE,
  COUNT,
  PARTICIPANT,
  LOCATION,
  MODE,
  OTHER
}
