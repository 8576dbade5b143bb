package io.factcheck.verify;

import io.factcheck.analysis.SentenceStage;
import io.factcheck.ingest.BundledCorpus;
import io.factcheck.store.model.ContactMode;
import io.factcheck.store.model.DateRange;
import io.factcheck.store.model.Document;
import io.factcheck.store.model.Event;
import io.factcheck.store.model.EventCount;
import io.factcheck.store.model.EventStatus;
import io.factcheck.store.model.EventType;
import io.factcheck.store.model.Provenance;
import io.factcheck.store.model.StoreSnapshot;
import java.util.ArrayList;
import java.util.List;

/**
 * A checker over the bundled people and places and a few invented approved events, each the only
 * event of its participants, with its sentence as its one source.
 */
final class MadeUpStore {

  private final List<Event> events = new ArrayList<>();
  private final List<Document> documents = new ArrayList<>();

  MadeUpStore event(
      EventType type,
      ContactMode mode,
      List<String> participants,
      DateRange date,
      List<EventCount> counts,
      String sentence) {
    String documentId = "made-up-" + (events.size() + 1);
    events.add(
        new Event(
            events.size() + 1,
            type,
            participants,
            mode,
            date,
            List.of(),
            counts,
            sentence,
            List.of(),
            EventStatus.APPROVED,
            1,
            List.of(new Provenance(documentId, 0, sentence.length(), sentence))));
    documents.add(new Document(documentId, null, null, null, sentence, null));
    return this;
  }

  /** Marks the date of the event added last as one its sources leave open. */
  MadeUpStore withUncertainDate() {
    Event last = events.remove(events.size() - 1);
    events.add(
        new Event(
            last.id(),
            last.type(),
            last.participants(),
            last.mode(),
            last.date(),
            last.places(),
            last.counts(),
            last.summary(),
            List.of("date"),
            last.status(),
            last.version(),
            last.sources()));
    return this;
  }

  /** An article that reports no stored event, only sentences to compare drafts with. */
  MadeUpStore article(String text, DateRange published) {
    documents.add(
        new Document("made-up-article-" + documents.size(), null, null, null, text, published));
    return this;
  }

  FactChecker checker() {
    return new FactChecker(
        new StoreSnapshot(1, BundledCorpus.load().entities(), events, documents),
        new SentenceStage());
  }
}
