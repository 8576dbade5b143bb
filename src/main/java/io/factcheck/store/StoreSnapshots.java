package io.factcheck.store;

import io.factcheck.store.jpa.DocumentRow;
import io.factcheck.store.jpa.EntityRow;
import io.factcheck.store.jpa.EventRow;
import io.factcheck.store.model.EventStatus;
import io.factcheck.store.model.StoreSnapshot;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
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
 * taken once and kept until the store changes: after a write of this instance commits, or when the
 * store revision polled from the database shows another instance wrote. The snapshot's {@code
 * version} is the store revision it was read at.
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
  @Inject StoreRevision revision;
  @Inject DatabaseStatus database;

  /** A snapshot and the count of this instance's writes it has seen. */
  private record Cached(StoreSnapshot snapshot, long writes) {}

  private final AtomicLong writes = new AtomicLong();
  private volatile long latestRevision = Long.MIN_VALUE;
  private volatile Cached cached;
  private volatile long lastFailureNanos;
  private volatile boolean failedOnce;

  /**
   * The newest snapshot that could be read. Throws only when no snapshot was ever read (the store
   * could not be read since the start).
   */
  public StoreSnapshot current() {
    Cached entry = cached;
    if (entry != null && (fresh(entry) || retryNotDue())) {
      return entry.snapshot();
    }
    synchronized (this) {
      entry = cached;
      if (entry == null || (!fresh(entry) && !retryNotDue())) {
        // Read the counter before the store: a write committing meanwhile makes this one stale.
        long seenWrites = writes.get();
        try {
          StoreSnapshot snapshot = QuarkusTransaction.requiringNew().call(this::read);
          entry = new Cached(snapshot, seenWrites);
          cached = entry;
          failedOnce = false;
          database.markUp();
        } catch (RuntimeException e) {
          database.failed(e);
          lastFailureNanos = System.nanoTime();
          failedOnce = true;
          if (entry == null) {
            throw e;
          }
          LOG.warnf(
              "Could not refresh the store snapshot, serving version %d: %s",
              entry.snapshot().version(), e);
        }
      }
      return entry.snapshot();
    }
  }

  /** The version of the snapshot checks are using, or -1 before the first one. */
  public long servedVersion() {
    Cached entry = cached;
    return entry == null ? -1 : entry.snapshot().version();
  }

  /** True when a committed write is not in the snapshot served yet. */
  public boolean stale() {
    Cached entry = cached;
    return entry != null && !fresh(entry);
  }

  private boolean retryNotDue() {
    return failedOnce && System.nanoTime() - lastFailureNanos < RETRY_AFTER_FAILURE.toNanos();
  }

  /** The newest store revision this instance has seen in the database. */
  public long latestRevision() {
    return latestRevision;
  }

  private boolean fresh(Cached entry) {
    return entry != null
        && entry.writes() == writes.get()
        && entry.snapshot().version() >= latestRevision;
  }

  void onCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) StoreChanged change) {
    writes.incrementAndGet();
  }

  /** Notices other instances' writes; a check then renews the snapshot. */
  @Scheduled(
      identity = "store-revision-poll",
      every = "${factcheck.store.poll-interval}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void pollRevision() {
    try {
      long polled = QuarkusTransaction.requiringNew().call(revision::current);
      if (polled > latestRevision) {
        latestRevision = polled;
      }
    } catch (RuntimeException e) {
      // The database may be briefly unreachable; checks keep the snapshot they have.
      LOG.debugf(e, "Could not poll the store revision");
    }
  }

  private StoreSnapshot read() {
    // Lists, not streams: rows read as a stream load their collections one row at a time, while
    // rows of a list load them in batches (quarkus.hibernate-orm.fetch.batch-size).
    // The revision first: anything committed after it makes the next poll see a newer one.
    long version = revision.current();
    return new StoreSnapshot(
        version,
        entityManager
            .createQuery("select e from EntityRow e order by e.id", EntityRow.class)
            .getResultList()
            .stream()
            .map(EntityRow::toDomain)
            .toList(),
        entityManager
            .createQuery(
                "select e from EventRow e where e.status = :approved order by e.id", EventRow.class)
            .setParameter("approved", EventStatus.APPROVED)
            .getResultList()
            .stream()
            .map(EventRow::toDomain)
            .toList(),
        entityManager
            .createQuery("select d from DocumentRow d order by d.id", DocumentRow.class)
            .getResultList()
            .stream()
            .map(DocumentRow::toDomain)
            .toList());
  }
}
