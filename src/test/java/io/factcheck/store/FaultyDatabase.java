package io.factcheck.store;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.net.URI;
import java.util.Map;
import org.h2.tools.Server;

/**
 * The test's database behind a {@link CuttableProxy}: the PostgreSQL test database in the
 * PostgreSQL run ({@code quarkus.test.profile=pg}), otherwise an in-memory H2 served over TCP by a
 * server this resource starts. The test gets the proxy through {@link #proxy()}.
 */
public class FaultyDatabase implements QuarkusTestResourceLifecycleManager {

  private static volatile CuttableProxy proxy;
  private Server h2;

  static CuttableProxy proxy() {
    return proxy;
  }

  @Override
  public Map<String, String> start() {
    try {
      String url;
      if ("pg".equals(System.getProperty("quarkus.test.profile"))) {
        URI pg =
            URI.create(
                System.getProperty("factcheck.test.pg.url", "jdbc:postgresql://127.0.0.1:5432/test")
                    .substring("jdbc:".length()));
        proxy = new CuttableProxy(pg.getHost(), pg.getPort() < 0 ? 5432 : pg.getPort());
        url = "jdbc:postgresql://127.0.0.1:" + proxy.port() + pg.getPath();
      } else {
        h2 = Server.createTcpServer("-tcpPort", "0", "-ifNotExists").start();
        proxy = new CuttableProxy("127.0.0.1", h2.getPort());
        url = "jdbc:h2:tcp://127.0.0.1:" + proxy.port() + "/mem:faults;DB_CLOSE_DELAY=-1";
      }
      return Map.of(
          "quarkus.datasource.jdbc.url", url,
          "%test.quarkus.datasource.jdbc.url", url,
          "%pg.quarkus.datasource.jdbc.url", url,
          // Notice the outage within the test's patience.
          "factcheck.database-probe-interval", "500ms");
    } catch (Exception e) {
      throw new IllegalStateException("could not start the proxied database", e);
    }
  }

  @Override
  public void stop() {
    if (proxy != null) {
      proxy.close();
    }
    if (h2 != null) {
      h2.stop();
    }
  }
}
