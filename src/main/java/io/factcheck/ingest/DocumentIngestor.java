package io.factcheck.ingest;

import io.factcheck.store.DatabaseStatus;
import io.factcheck.store.DocumentStore;
import io.factcheck.store.EntityDirectory;
import io.factcheck.store.EventFilter;
import io.factcheck.store.EventStore;
import io.factcheck.store.model.DateRange;
import io.factcheck.store.model.Document;
import io.factcheck.store.model.Entity;
import io.factcheck.store.model.Event;
import io.factcheck.store.model.EventStatus;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Adds an article to the corpus and what it reports to the event store, in one transaction: the
 * document, the entities it introduces and its events are stored together or not at all. The same
 * text sent again is read again against the current store, which adds nothing twice and never
 * brings back an event a curator rejected.
 */
@ApplicationScoped
public class DocumentIngestor {

  @Inject DocumentStore documents;
  @Inject EventStore events;
  @Inject EntityDirectory entities;

  private volatile ArticleReader reader;

  /** An article as a client sends it; {@code published} may be null. */
  public record Article(
      String title, String source, String url, String text, DateRange published) {}

  /**
   * What ingesting an article did.
   *
   * @param published the publication date used: the request's, else the dateline's, else null
   * @param events the events the article reports, as stored now (new, merged or already there)
   * @param newEntities the people, organisations and places the store learned from it
   */
  public record Ingested(
      String documentId,
      boolean created,
      DateRange published,
      List<Event> events,
      List<Entity> newEntities) {}

  /**
   * Ingests {@code article}; changes to events are recorded in the audit trail as {@code actor}'s.
   */
  public Ingested ingest(Article article, boolean approve, String actor) {
    try {
      return QuarkusTransaction.requiringNew()
          .call(() -> ingestInTransaction(article, approve, actor));
    } catch (RuntimeException e) {
      if (DatabaseStatus.isUnreachable(e) || !storedMeanwhile(article.text(), e)) {
        throw e;
      }
      // Another request stored the same text meanwhile: this one is a re-reading.
      return QuarkusTransaction.requiringNew()
          .call(() -> ingestInTransaction(article, approve, actor));
    }
  }

  private boolean storedMeanwhile(String text, RuntimeException failure) {
    try {
      return QuarkusTransaction.requiringNew().call(() -> documents.idOfText(text)).isPresent();
    } catch (RuntimeException lookup) {
      failure.addSuppressed(lookup);
      return false;
    }
  }

  private Ingested ingestInTransaction(Article article, boolean approve, String actor) {
    var storedId = documents.idOfText(article.text());
    String documentId;
    DateRange published;
    if (storedId.isPresent()) {
      documentId = storedId.get();
      published = documents.find(documentId).map(Document::published).orElse(null);
    } else {
      published =
          article.published() != null
              ? article.published()
              : Dateline.find(article.text()).orElse(null);
      documentId =
          documents.addNew(
              new Document(
                  null,
                  article.title(),
                  article.source(),
                  article.url(),
                  article.text(),
                  published));
    }
    List<Entity> stored = entities.stored();
    ArticleReader.Reading reading = reader().read(documentId, article.text(), published, stored);
    Set<String> knownIds = new HashSet<>();
    stored.forEach(e -> knownIds.add(e.id()));
    for (Entity entity : reading.newEntities()) {
      entities.add(entity);
      knownIds.add(entity.id());
    }
    reading.completedEntities().forEach(entities::complete);
    Map<Long, Event> reported = new LinkedHashMap<>();
    for (Event candidate : reading.events()) {
      List<String> participants =
          candidate.participants().stream().filter(knownIds::contains).toList();
      if (participants.isEmpty()) {
        continue;
      }
      Event event = candidate.withParticipants(participants);
      List<Event> sameParticipants =
          events.list(new EventFilter(Set.copyOf(participants), null, null, null, null));
      EventMerger.Decision decision =
          EventMerger.decide(event, sameParticipants, reading.lexicon());
      switch (decision.outcome()) {
        case NEW -> {
          Event created =
              events.create(
                  event.withStatus(approve ? EventStatus.APPROVED : EventStatus.PROPOSED), actor);
          reported.put(created.id(), created);
        }
        case MERGED -> {
          Event merged = decision.merged();
          Event result =
              merged.equals(decision.target())
                  ? decision.target()
                  : events.merge(decision.target().id(), merged, actor);
          if (approve && result.status() == EventStatus.PROPOSED) {
            result =
                events.changeStatus(result.id(), result.version(), EventStatus.APPROVED, actor);
          }
          reported.put(result.id(), result);
        }
        case REJECTED -> {
          // A curator said no: the same report does not bring it back.
        }
      }
    }
    return new Ingested(
        documentId,
        storedId.isEmpty(),
        published,
        new ArrayList<>(reported.values()),
        reading.newEntities());
  }

  private ArticleReader reader() {
    ArticleReader current = reader;
    if (current == null) {
      synchronized (this) {
        if (reader == null) {
          reader = new ArticleReader();
        }
        current = reader;
      }
    }
    return current;
  }
}
