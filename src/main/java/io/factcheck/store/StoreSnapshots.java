package io.factcheck.store;

import io.factcheck.store.jpa.DocumentRow;
import io.factcheck.store.jpa.EntityRow;
import io.factcheck.store.jpa.EventRow;
import io.factcheck.store.model.EventStatus;
import io.factcheck.store.model.StoreSnapshot;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.jboss.logging.Logger;

/**
 * What checks read: an immutable snapshot of the entities, APPROVED events and documents. It is
 * taken once and kept until a write of this service instance commits; {@code version} counts those
 * writes.
 *
 * <p>A snapshot that cannot be refreshed (the database is unreachable) is kept and served: checks
 * go on answering from the last good one, and the refresh is tried again after {@link
 * #RETRY_AFTER_FAILURE}, not on every check.
 */
@ApplicationScoped
public class StoreSnapshots {

  private static final Logger LOG = Logger.getLogger(StoreSnapshots.class);

  static final Duration RETRY_AFTER_FAILURE = Duration.ofSeconds(1);

  @Inject EntityManager entityManager;
  @Inject DatabaseStatus database;

  private final AtomicLong writes = new AtomicLong();
  private volatile StoreSnapshot cached;
  private volatile long lastFailureNanos;
  private volatile boolean failedOnce;

  /**
   * The newest snapshot that could be read. Throws only when no snapshot was ever read (the store
   * could not be read since the start).
   */
  public StoreSnapshot current() {
    StoreSnapshot snapshot = cached;
    if (snapshot != null && (snapshot.version() == writes.get() || retryNotDue())) {
      return snapshot;
    }
    synchronized (this) {
      // Read the counter before the store: a write committing meanwhile makes this one stale.
      long version = writes.get();
      snapshot = cached;
      if (snapshot == null || (snapshot.version() != version && !retryNotDue())) {
        try {
          snapshot = QuarkusTransaction.requiringNew().call(() -> read(version));
          cached = snapshot;
          failedOnce = false;
          database.markUp();
        } catch (RuntimeException e) {
          database.failed(e);
          lastFailureNanos = System.nanoTime();
          failedOnce = true;
          if (snapshot == null) {
            throw e;
          }
          LOG.warnf(
              "Could not refresh the store snapshot, serving version %d: %s",
              snapshot.version(), e);
        }
      }
      return snapshot;
    }
  }

  /** The version of the snapshot checks are using, or -1 before the first one. */
  public long servedVersion() {
    StoreSnapshot snapshot = cached;
    return snapshot == null ? -1 : snapshot.version();
  }

  /** True when a committed write is not in the snapshot served yet. */
  public boolean stale() {
    StoreSnapshot snapshot = cached;
    return snapshot != null && snapshot.version() != writes.get();
  }

  private boolean retryNotDue() {
    return failedOnce && System.nanoTime() - lastFailureNanos < RETRY_AFTER_FAILURE.toNanos();
  }

  void onCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) StoreChanged change) {
    writes.incrementAndGet();
  }

  private StoreSnapshot read(long version) {
    return new StoreSnapshot(
        version,
        entityManager
            .createQuery("select e from EntityRow e order by e.id", EntityRow.class)
            .getResultStream()
            .map(EntityRow::toDomain)
            .toList(),
        entityManager
            .createQuery(
                "select e from EventRow e where e.status = :approved order by e.id", EventRow.class)
            .setParameter("approved", EventStatus.APPROVED)
            .getResultStream()
            .map(EventRow::toDomain)
            .toList(),
        entityManager
            .createQuery("select d from DocumentRow d order by d.id", DocumentRow.class)
            .getResultStream()
            .map(DocumentRow::toDomain)
            .toList());
  }
}
