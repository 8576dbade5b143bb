package io.factcheck.rest;

import jakarta.ws.rs.core.SecurityContext;
import java.security.Principal;

/** Who is making a change, for the audit trail. */
final class Actors {

  private Actors() {}

  /** The authenticated principal's name, or "anonymous" without one. */
  static String of(SecurityContext security) {
    Principal principal = security == null ? null : security.getUserPrincipal();
    return principal == null || principal.getName() == null || principal.getName().isBlank()
        ? "anonymous"
        : principal.getName();
  }
}
