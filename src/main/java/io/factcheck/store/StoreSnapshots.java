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
import java.util.concurrent.atomic.AtomicLong;

/**
 * What checks read: an immutable snapshot of the entities, APPROVED events and documents. It is
 * taken once and kept until a write of this service instance commits; {@code version} counts those
 * writes.
 */
@ApplicationScoped
public class StoreSnapshots {

  @Inject EntityManager entityManager;

  private final AtomicLong writes = new AtomicLong();
  private volatile StoreSnapshot cached;

  public StoreSnapshot current() {
    StoreSnapshot snapshot = cached;
    if (snapshot != null && snapshot.version() == writes.get()) {
      return snapshot;
    }
    synchronized (this) {
      // Read the counter before the store: a write committing meanwhile makes this one stale.
      long version = writes.get();
      snapshot = cached;
      if (snapshot == null || snapshot.version() != version) {
        snapshot = QuarkusTransaction.requiringNew().call(() -> read(version));
        cached = snapshot;
      }
      return snapshot;
    }
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
