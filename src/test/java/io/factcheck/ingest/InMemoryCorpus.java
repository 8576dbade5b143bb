package io.factcheck.ingest;

import io.factcheck.analysis.SentenceStage;
import io.factcheck.store.model.DateRange;
import io.factcheck.store.model.Document;
import io.factcheck.store.model.Entity;
import io.factcheck.store.model.Event;
import io.factcheck.store.model.EventStatus;
import io.factcheck.store.model.StoreSnapshot;
import io.factcheck.verify.FactChecker;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Ingestion without the database, for measuring extraction: the same reading and merging as {@link
 * DocumentIngestor}, over lists.
 */
final class InMemoryCorpus {

  private static ArticleReader sharedReader;

  final List<Entity> entities = new ArrayList<>();
  final List<Document> documents = new ArrayList<>();
  final List<Event> events = new ArrayList<>();
  private final ArticleReader reader = reader();
  private long nextId = 1;

  InMemoryCorpus(List<Entity> entities, List<Event> events, List<Document> documents) {
    this.entities.addAll(entities);
    this.documents.addAll(documents);
    for (Event event : events) {
      this.events.add(event.withId(nextId++).withStatus(EventStatus.APPROVED));
    }
  }

  private static synchronized ArticleReader reader() {
    if (sharedReader == null) {
      sharedReader = new ArticleReader();
    }
    return sharedReader;
  }

  /** Reads an article into the corpus, its new events approved; returns the events it reports. */
  List<Event> ingest(String documentId, String text, DateRange published) {
    if (published == null) {
      published = Dateline.find(text).orElse(null);
    }
    documents.add(new Document(documentId, null, null, null, text, published));
    ArticleReader.Reading reading = reader.read(documentId, text, published, entities);
    entities.addAll(reading.newEntities());
    for (Entity completed : reading.completedEntities()) {
      entities.replaceAll(e -> e.id().equals(completed.id()) ? completed : e);
    }
    Set<String> known = new HashSet<>();
    entities.forEach(e -> known.add(e.id()));
    List<Event> reported = new ArrayList<>();
    for (Event candidate : reading.events()) {
      List<String> participants =
          candidate.participants().stream().filter(known::contains).toList();
      if (participants.isEmpty()) {
        continue;
      }
      Event event = candidate.withParticipants(participants).withStatus(EventStatus.APPROVED);
      List<Event> same =
          events.stream()
              .filter(e -> e.participants().stream().anyMatch(participants::contains))
              .toList();
      EventMerger.Decision decision = EventMerger.decide(event, same, reading.lexicon());
      switch (decision.outcome()) {
        case NEW -> {
          Event created = event.withId(nextId++);
          events.add(created);
          reported.add(created);
        }
        case MERGED -> {
          events.replaceAll(e -> e.id() == decision.target().id() ? decision.merged() : e);
          reported.add(decision.merged());
        }
        case REJECTED -> {}
      }
    }
    return reported;
  }

  FactChecker checker() {
    return new FactChecker(
        new StoreSnapshot(1, entities, List.copyOf(events), documents), new SentenceStage());
  }
}
