package io.factcheck.store;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/**
 * The store's revision in the database: one counter every write bumps inside its own transaction,
 * so every instance sharing the database can tell cheaply that its snapshot is out of date.
 */
@ApplicationScoped
public class StoreRevision {

  @Inject EntityManager entityManager;

  /** Runs synchronously inside the writing transaction: the bump commits or rolls back with it. */
  void bump(@Observes StoreChanged change) {
    entityManager
        .createNativeQuery("UPDATE store_revision SET revision = revision + 1 WHERE id = 1")
        .executeUpdate();
  }

  /** The current revision; call inside a transaction. */
  long current() {
    return ((Number)
            entityManager
                .createNativeQuery("SELECT revision FROM store_revision WHERE id = 1")
                .getSingleResult())
        .longValue();
  }
}
