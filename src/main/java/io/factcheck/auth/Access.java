package io.factcheck.auth;

import java.util.EnumSet;
import java.util.Set;

/** Which roles may call an endpoint of the API, decided by its method and path. */
public enum Access {
  /** Anything outside {@code /v1} and {@code /v2}: pages, health, metrics, OpenAPI. */
  PUBLIC(),
  /** Checking drafts: {@code POST /v1/checks} and the LanguageTool-compatible {@code /v2}. */
  CHECK(Role.CHECKER),
  /** Reading the store: {@code GET} on documents, events and entities. */
  READ(Role.CHECKER, Role.CURATOR),
  /** Changing the store: writes to documents and events, approve, reject. */
  CURATE(Role.CURATOR),
  /** {@code /v1/admin} and any other endpoint under {@code /v1} not named above. */
  ADMINISTER();

  private final Set<Role> roles;

  Access(Role... roles) {
    this.roles = EnumSet.of(Role.ADMIN, roles);
  }

  public boolean allows(Set<Role> granted) {
    return this == PUBLIC || granted.stream().anyMatch(roles::contains);
  }

  /** The roles allowed, admin last. */
  public Set<Role> roles() {
    return roles;
  }

  /**
   * The access a request needs. {@code path} is the request path without the query, with or without
   * a leading slash.
   */
  public static Access of(String method, String path) {
    String p = path.startsWith("/") ? path : "/" + path;
    if (!under(p, "/v1") && !under(p, "/v2")) {
      return PUBLIC;
    }
    if (under(p, "/v1/admin")) {
      return ADMINISTER;
    }
    if (p.equals("/v1/checks") || under(p, "/v2")) {
      return CHECK;
    }
    if (under(p, "/v1/events") || under(p, "/v1/documents") || under(p, "/v1/entities")) {
      return method.equals("GET") || method.equals("HEAD") ? READ : CURATE;
    }
    return ADMINISTER;
  }

  private static boolean under(String path, String prefix) {
    return path.equals(prefix) || path.startsWith(prefix + "/");
  }
}
