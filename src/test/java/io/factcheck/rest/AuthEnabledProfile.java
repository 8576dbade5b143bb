package io.factcheck.rest;

import io.factcheck.auth.ApiClients;
import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/**
 * Access control on, with one client per role, a client with a tight rate limit, one CMS origin.
 */
public class AuthEnabledProfile implements QuarkusTestProfile {

  public static final String CHECKER_KEY = "test-checker-key-6f0c2b7e1d9a4c83";
  public static final String CURATOR_KEY = "test-curator-key-0a7d3e94b2c15f68";
  static final String ADMIN_KEY = "test-admin-key-c41e8b2a97d03f56";
  static final String LIMITED_KEY = "test-limited-key-5b9e02d7a1c8f364";
  static final int LIMITED_PER_MINUTE = 3;
  static final String CMS_ORIGIN = "https://cms.example.org";

  @Override
  public Map<String, String> getConfigOverrides() {
    return Map.ofEntries(
        Map.entry("factcheck.auth.enabled", "true"),
        Map.entry("factcheck.auth.clients.cms-plugin.key-sha256", ApiClients.sha256(CHECKER_KEY)),
        Map.entry("factcheck.auth.clients.cms-plugin.roles", "checker"),
        Map.entry("factcheck.auth.clients.desk.key-sha256", ApiClients.sha256(CURATOR_KEY)),
        Map.entry("factcheck.auth.clients.desk.roles", "curator"),
        Map.entry("factcheck.auth.clients.ops.key-sha256", ApiClients.sha256(ADMIN_KEY)),
        Map.entry("factcheck.auth.clients.ops.roles", "admin"),
        Map.entry("factcheck.auth.clients.limited.key-sha256", ApiClients.sha256(LIMITED_KEY)),
        Map.entry("factcheck.auth.clients.limited.roles", "checker"),
        Map.entry(
            "factcheck.auth.clients.limited.requests-per-minute",
            String.valueOf(LIMITED_PER_MINUTE)),
        Map.entry("quarkus.http.cors.origins", CMS_ORIGIN));
  }
}
