package io.factcheck.store;

import io.factcheck.ingest.BundledCorpus;
import io.factcheck.store.jpa.EntityRow;
import io.factcheck.store.model.Entity;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Fills an empty store with the bundled corpus on start, in one transaction, so a half-loaded store
 * is never seen. A store that has documents is left alone, which makes restarts (and a second
 * instance starting at the same time) harmless. With {@code factcheck.bundled-corpus=false} an
 * empty store stays empty, e.g. to import an export into it.
 */
@ApplicationScoped
public class CorpusLoader {

  private static final Logger LOG = Logger.getLogger(CorpusLoader.class);

  @Inject EntityManager entityManager;
  @Inject DocumentStore documents;
  @Inject EventStore events;
  @Inject StoreSnapshots snapshots;
  @Inject Event<StoreChanged> changes;

  @ConfigProperty(name = "factcheck.bundled-corpus", defaultValue = "true")
  boolean bundledCorpus;

  private volatile boolean loaded;
  private volatile String failure;

  void onStart(@Observes StartupEvent start) {
    loadIfEmpty();
  }

  /** True once the store holds a corpus and checks can be served. */
  public boolean loaded() {
    return loaded;
  }

  /** Why loading failed, or null. */
  public String failure() {
    return failure;
  }

  void loadIfEmpty() {
    try {
      QuarkusTransaction.requiringNew().run(this::loadInTransactionIfEmpty);
      snapshots.current(); // the first check should not pay for reading the store
      loaded = true;
    } catch (RuntimeException e) {
      if (documents.count() > 0) {
        loaded = true; // another instance loaded it first
      } else {
        failure = e.toString();
        LOG.error("Could not load the bundled corpus; the store stays empty and not ready", e);
      }
    }
  }

  private void loadInTransactionIfEmpty() {
    if (!bundledCorpus || documents.count() > 0) {
      return;
    }
    BundledCorpus.Bundle bundle = BundledCorpus.load();
    OffsetDateTime now = OffsetDateTime.now();
    for (Entity entity : bundle.entities()) {
      entityManager.persist(new EntityRow(entity));
    }
    documents.addAll(bundle.documents(), now);
    entityManager.flush(); // events refer to both
    events.addAll(bundle.events(), now);
    entityManager.flush();
    changes.fire(new StoreChanged("bundled corpus"));
    LOG.infof(
        "Loaded the bundled corpus: %d documents, %d entities, %d events",
        bundle.documents().size(), bundle.entities().size(), bundle.events().size());
  }
}
