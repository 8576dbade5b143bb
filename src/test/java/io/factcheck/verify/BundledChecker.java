package io.factcheck.verify;

import io.factcheck.analysis.SentenceStage;
import io.factcheck.ingest.BundledCorpus;
import io.factcheck.store.model.Event;
import io.factcheck.store.model.StoreSnapshot;
import java.util.ArrayList;
import java.util.List;

/** A checker over the bundled corpus, without the database, for the checking tests. */
final class BundledChecker {

  private static FactChecker checker;

  private BundledChecker() {}

  static synchronized FactChecker get() {
    if (checker == null) {
      BundledCorpus.Bundle bundle = BundledCorpus.load();
      List<Event> events = new ArrayList<>();
      long id = 1;
      for (Event e : bundle.events()) {
        events.add(e.withId(id++));
      }
      checker =
          new FactChecker(
              new StoreSnapshot(1, bundle.entities(), events, bundle.documents()),
              new SentenceStage());
    }
    return checker;
  }
}
