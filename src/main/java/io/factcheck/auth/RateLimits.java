package io.factcheck.auth;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Per-client token buckets: a client may make its requests-per-minute at once and then as fast as
 * they refill. Each instance counts its own requests, so behind n replicas a client may get up to n
 * times its limit.
 */
@ApplicationScoped
public class RateLimits {

  /** The outcome of one request: allowed, or how long to wait. */
  public record Decision(boolean allowed, long remaining, long retryAfterSeconds) {}

  private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

  public Decision take(ApiClients.Client client) {
    Bucket bucket =
        buckets.computeIfAbsent(
            client.name(),
            name ->
                Bucket.builder()
                    .addLimit(
                        Bandwidth.builder()
                            .capacity(client.requestsPerMinute())
                            .refillGreedy(client.requestsPerMinute(), Duration.ofMinutes(1))
                            .build())
                    .build());
    ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
    if (probe.isConsumed()) {
      return new Decision(true, probe.getRemainingTokens(), 0);
    }
    long seconds = Math.max(1, (probe.getNanosToWaitForRefill() + 999_999_999L) / 1_000_000_000L);
    return new Decision(false, 0, seconds);
  }
}
