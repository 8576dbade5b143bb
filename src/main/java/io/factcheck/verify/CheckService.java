package io.factcheck.verify;

import io.factcheck.analysis.CityGazetteer;
import io.factcheck.analysis.SentenceStage;
import io.factcheck.store.StoreSnapshots;
import io.factcheck.store.model.StoreSnapshot;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Checks drafts against the current store. The checker is rebuilt only when curation has changed
 * the store, so a check costs the analysis of the draft, not of the corpus.
 */
@ApplicationScoped
public class CheckService {

  private final StoreSnapshots snapshots;
  private final SentenceStage sentenceStage = new SentenceStage();
  private volatile FactChecker checker;
  private final AtomicBoolean rebuilding = new AtomicBoolean();

  @Inject
  public CheckService(StoreSnapshots snapshots) {
    this.snapshots = snapshots;
  }

  /**
   * Builds the checker once the store is loaded, and reads the city gazetteer, so the first draft
   * waits for neither.
   */
  void warmUp(@Observes @Priority(Interceptor.Priority.APPLICATION + 1000) StartupEvent start) {
    checker();
    CityGazetteer.bundled();
  }

  public List<Finding> check(Draft draft) {
    return checker().check(draft);
  }

  FactChecker checker() {
    StoreSnapshot snapshot = snapshots.current();
    FactChecker current = checker;
    if (current != null && current.snapshotVersion() == snapshot.version()) {
      return current;
    }
    // Only the first checker is waited for. Later, one check builds the new checker and the others
    // answer from the previous one meanwhile, rather than all wait while curation changes the
    // store.
    boolean claimed = current != null;
    if (claimed && !rebuilding.compareAndSet(false, true)) {
      return current;
    }
    try {
      synchronized (this) {
        current = checker;
        if (current == null || current.snapshotVersion() != snapshot.version()) {
          current = new FactChecker(snapshot, sentenceStage);
          checker = current;
        }
      }
      return current;
    } finally {
      if (claimed) {
        rebuilding.set(false);
      }
    }
  }
}
