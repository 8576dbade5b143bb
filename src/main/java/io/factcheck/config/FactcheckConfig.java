package io.factcheck.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The service's own settings ({@code factcheck.*} in application.properties). */
@ConfigMapping(prefix = "factcheck")
public interface FactcheckConfig {

  /**
   * Where the embedded H2 store keeps its files (env {@code FACTCHECK_DATA_DIR}); the datasource
   * URL is built from it. Unused when the service is built for PostgreSQL.
   */
  @WithDefault("./data")
  String dataDir();
}
