package io.factcheck.auth;

import java.util.Locale;

/** What an API client may do; an admin may do everything. */
public enum Role {
  /** CMS plugins: check drafts, read the store. */
  CHECKER,
  /** Curators: read and write documents and events, approve and reject. */
  CURATOR,
  /** Everything, including {@code /v1/admin}. */
  ADMIN;

  public String configName() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Role parse(String name) {
    for (Role role : values()) {
      if (role.configName().equals(name.trim().toLowerCase(Locale.ROOT))) {
        return role;
      }
    }
    throw new IllegalArgumentException(
        "unknown role '" + name + "'; roles are checker, curator and admin");
  }
}
