package io.factcheck.verify;

/** What the store says about a claim. */
public enum Verdict {
  SUPPORTED,
  CONTRADICTED,
  UNVERIFIED
}
