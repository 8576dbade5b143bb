package io.factcheck.auth;

import io.factcheck.config.AuthConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jboss.logging.Logger;

/**
 * The configured API clients, found by the SHA-256 of the key they present. Keys are long random
 * strings, so an unsalted hash is enough: it cannot be reversed, and the configuration never holds
 * a key.
 */
@ApplicationScoped
public class ApiClients {

  private static final Logger LOG = Logger.getLogger(ApiClients.class);

  /** A client allowed to call the API. */
  public record Client(String name, Set<Role> roles, int requestsPerMinute) {}

  private final boolean enabled;
  private final Map<String, Client> byKeyHash = new HashMap<>();

  @Inject
  ApiClients(AuthConfig auth) {
    enabled = auth.enabled();
    auth.clients()
        .forEach(
            (name, client) -> {
              String hash = client.keySha256().trim().toLowerCase(Locale.ROOT);
              if (!hash.matches("[0-9a-f]{64}")) {
                throw new IllegalArgumentException(
                    "factcheck.auth.clients." + name + ".key-sha256 is not a SHA-256 in hex");
              }
              Set<Role> roles = EnumSet.noneOf(Role.class);
              client.roles().forEach(role -> roles.add(Role.parse(role)));
              int limit = client.requestsPerMinute().orElse(auth.requestsPerMinute());
              if (byKeyHash.put(hash, new Client(name, Set.copyOf(roles), limit)) != null) {
                throw new IllegalArgumentException("two API clients share the key of " + name);
              }
            });
    if (enabled && byKeyHash.isEmpty()) {
      LOG.warn("factcheck.auth.enabled is true but no API clients are configured: /v1 is closed");
    }
  }

  public boolean enabled() {
    return enabled;
  }

  public Optional<Client> byKey(String key) {
    return Optional.ofNullable(byKeyHash.get(sha256(key)));
  }

  /** The SHA-256 of the key's UTF-8 bytes in lower-case hex, as the configuration holds it. */
  public static String sha256(String key) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(key.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }
}
