package io.factcheck.store;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Whether the database answers. Probed in the background (so a readiness probe never waits for a
 * dead database) and updated at once by any request that finds it unreachable. While it is down,
 * checks answer from the last snapshot and writes are refused with 503.
 */
@ApplicationScoped
public class DatabaseStatus {

  private static final Logger LOG = Logger.getLogger(DatabaseStatus.class);

  /** SQLSTATE classes and codes that mean "no database to talk to", not "bad statement". */
  private static final String CONNECTION_EXCEPTION_CLASS = "08";

  private static final java.util.Set<String> UNAVAILABLE_STATES =
      java.util.Set.of(
          "57P01", // PostgreSQL admin_shutdown
          "57P02", // crash_shutdown
          "57P03", // cannot_connect_now
          "90067", // H2 connection broken
          "90098", // H2 database is closed
          "90121"); // H2 database called at VM shutdown

  @Inject AgroalDataSource dataSource;

  @ConfigProperty(name = "factcheck.database-probe-interval", defaultValue = "2S")
  Duration probeInterval;

  private volatile boolean up = true;
  private volatile Instant since = Instant.now();
  private volatile String lastFailure;
  private ScheduledExecutorService prober;

  void onStart(@Observes StartupEvent start) {
    prober =
        Executors.newSingleThreadScheduledExecutor(
            runnable -> {
              Thread thread = new Thread(runnable, "database-probe");
              thread.setDaemon(true);
              return thread;
            });
    long millis = Math.max(100, probeInterval.toMillis());
    prober.scheduleWithFixedDelay(this::probe, millis, millis, TimeUnit.MILLISECONDS);
  }

  void onStop(@Observes ShutdownEvent stop) {
    if (prober != null) {
      prober.shutdownNow();
    }
  }

  public boolean up() {
    return up;
  }

  /** When the database last went down or came back. */
  public Instant since() {
    return since;
  }

  public String lastFailure() {
    return lastFailure;
  }

  /** Asks the database whether it answers, and records the answer. */
  public boolean probe() {
    try (Connection connection = dataSource.getConnection()) {
      if (connection.isValid(2)) {
        markUp();
        return true;
      }
      markDown("the database did not answer a validation within 2 s");
    } catch (SQLException | RuntimeException e) {
      markDown(e.toString());
    }
    return false;
  }

  /** Records a failure seen by a request; only failures that mean "unreachable" count. */
  public void failed(Throwable failure) {
    if (isUnreachable(failure)) {
      markDown(failure.toString());
    }
  }

  public void markUp() {
    if (!up) {
      LOG.info("The database answers again; writes are accepted");
      since = Instant.now();
      lastFailure = null;
    }
    up = true;
  }

  private void markDown(String failure) {
    lastFailure = failure;
    if (up) {
      LOG.warnf("The database is unreachable (%s); checks answer from the last snapshot", failure);
      since = Instant.now();
    }
    up = false;
  }

  /**
   * True when {@code failure} says the database could not be reached (connection refused or lost,
   * pool acquisition timed out, server shutting down), as opposed to a statement the database
   * refused.
   */
  public static boolean isUnreachable(Throwable failure) {
    return isUnreachable(failure, 0);
  }

  /**
   * Follows causes and, a few levels deep, suppressed exceptions: the pool reports a connection it
   * could not enlist with the driver's reason attached as suppressed, not as cause.
   */
  private static boolean isUnreachable(Throwable failure, int depth) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (depth < 3) {
        for (Throwable suppressed : cause.getSuppressed()) {
          if (isUnreachable(suppressed, depth + 1)) {
            return true;
          }
        }
      }
      // Hibernate's words when the pool could hand out no working connection.
      if (cause instanceof org.hibernate.exception.GenericJDBCException jdbc
          && jdbc.getMessage() != null
          && jdbc.getMessage().startsWith("Unable to acquire JDBC Connection")) {
        return true;
      }
      if (cause instanceof javax.transaction.xa.XAException xa
          && xa.getMessage() != null
          && xa.getMessage().contains("Database is already closed")) {
        return true;
      }
      if (cause instanceof SQLTransientConnectionException
          || cause instanceof SQLNonTransientConnectionException
          || cause instanceof java.net.ConnectException
          || cause instanceof org.hibernate.exception.JDBCConnectionException) {
        return true;
      }
      if (cause instanceof SQLException sql) {
        String state = sql.getSQLState();
        if (state != null
            && (state.startsWith(CONNECTION_EXCEPTION_CLASS)
                || UNAVAILABLE_STATES.contains(state))) {
          return true;
        }
        // Agroal's pool gives up waiting for a connection without a SQLSTATE.
        if (state == null
            && sql.getMessage() != null
            && sql.getMessage()
                .toLowerCase(java.util.Locale.ROOT)
                .contains("acquisition timeout")) {
          return true;
        }
      }
      if (cause.getCause() == cause) {
        break;
      }
    }
    return false;
  }
}
