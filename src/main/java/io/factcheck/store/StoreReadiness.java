package io.factcheck.store;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/** Ready once the store holds a corpus, so checks have something to check against. */
@Readiness
@ApplicationScoped
public class StoreReadiness implements HealthCheck {

  @Inject CorpusLoader loader;

  @Override
  public HealthCheckResponse call() {
    HealthCheckResponseBuilder response =
        HealthCheckResponse.named("store").status(loader.loaded());
    if (loader.failure() != null) {
      response.withData("failure", loader.failure());
    }
    return response.build();
  }
}
