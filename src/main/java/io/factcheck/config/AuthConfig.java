package io.factcheck.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Access control for the API under {@code /v1} and {@code /v2} ({@code factcheck.auth.*}). */
@ConfigMapping(prefix = "factcheck.auth")
public interface AuthConfig {

  /** Off by default: every request is served anonymously, as in a newsroom's own network. */
  @WithDefault("false")
  boolean enabled();

  /** Requests a client may make per minute unless its own entry says otherwise. */
  @WithDefault("600")
  int requestsPerMinute();

  /** The API clients by name ({@code factcheck.auth.clients."<name>".*}). */
  Map<String, Client> clients();

  interface Client {
    /** SHA-256 of the client's API key, lower-case hex; the key itself is never stored. */
    String keySha256();

    /** Any of {@code checker}, {@code curator}, {@code admin}. */
    List<String> roles();

    Optional<Integer> requestsPerMinute();
  }
}
