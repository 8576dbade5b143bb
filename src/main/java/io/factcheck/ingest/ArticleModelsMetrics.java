package io.factcheck.ingest;

import io.factcheck.analysis.ArticleModels;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Publishes whether this process has loaded the CoreNLP article models ({@link ArticleModels}), as
 * the gauge {@code factcheck_article_models_loaded} at {@code /q/metrics}: 0 until the first
 * article is read, 1 after. A process that only checks drafts stays at 0; in Kubernetes only the
 * {@code factcheck-ingest} pods should ever show 1 (README, "Deployment").
 */
@ApplicationScoped
public class ArticleModelsMetrics {

  /** The meter's name; Prometheus shows it as {@code factcheck_article_models_loaded}. */
  public static final String NAME = "factcheck.article.models.loaded";

  void register(@Observes StartupEvent start, MeterRegistry registry) {
    Gauge.builder(NAME, () -> ArticleModels.loaded() ? 1 : 0)
        .description(
            "1 once this process has loaded the CoreNLP article models (on its first article), else 0")
        .register(registry);
  }
}
