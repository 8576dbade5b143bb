package io.factcheck.store;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready once the store holds a corpus, so checks have something to check against. A database that
 * becomes unreachable later does not make the service unready: checks, its main traffic, still
 * answer from the last snapshot, and taking the pod out of the Service would stop them too. The
 * degraded state is reported in the check's data instead ({@code mode: read-only}).
 */
@Readiness
@ApplicationScoped
public class StoreReadiness implements HealthCheck {

  @Inject CorpusLoader loader;
  @Inject DatabaseStatus database;
  @Inject StoreSnapshots snapshots;

  @Override
  public HealthCheckResponse call() {
    boolean databaseUp = database.up();
    HealthCheckResponseBuilder response =
        HealthCheckResponse.named("store")
            .status(loader.loaded())
            .withData("database", databaseUp ? "UP" : "DOWN")
            .withData("mode", databaseUp ? "read-write" : "read-only")
            .withData("snapshotVersion", snapshots.servedVersion())
            .withData("snapshotStale", snapshots.stale());
    if (!databaseUp) {
      response.withData("databaseDownSince", database.since().toString());
      if (database.lastFailure() != null) {
        response.withData("databaseFailure", database.lastFailure());
      }
    }
    if (loader.failure() != null) {
      response.withData("failure", loader.failure());
    }
    return response.build();
  }
}
