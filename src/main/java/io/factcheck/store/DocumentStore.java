package io.factcheck.store;

import io.factcheck.store.jpa.DocumentRow;
import io.factcheck.store.model.DateRange;
import io.factcheck.store.model.Document;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.OffsetDateTime;
import java.util.Optional;

/** The articles of the corpus. Each distinct text is stored once. */
@ApplicationScoped
public class DocumentStore {

  /** The outcome of {@link #add}: the stored document's id, and whether this call stored it. */
  public record Added(String id, boolean created) {}

  @Inject EntityManager entityManager;

  @Inject Event<StoreChanged> changes;

  /**
   * Stores an article unless the same text is stored already; new documents are named by the start
   * of their text's SHA-256.
   */
  public Added add(String title, String source, String url, String text, DateRange published) {
    String sha256 = Sha256.hex(text);
    try {
      return QuarkusTransaction.requiringNew()
          .call(() -> addUnlessStored(title, source, url, text, published, sha256));
    } catch (RuntimeException e) {
      // Another request may have stored the same text between our look-up and our insert.
      return QuarkusTransaction.requiringNew()
          .call(() -> findIdBySha256(sha256))
          .map(id -> new Added(id, false))
          .orElseThrow(() -> e);
    }
  }

  private Added addUnlessStored(
      String title, String source, String url, String text, DateRange published, String sha256) {
    Optional<String> stored = findIdBySha256(sha256);
    if (stored.isPresent()) {
      return new Added(stored.get(), false);
    }
    String id = sha256.substring(0, 16);
    if (entityManager.find(DocumentRow.class, id) != null) {
      id = sha256; // a different text with the same 64-bit prefix: practically never
    }
    Document document = new Document(id, title, source, url, text, published);
    entityManager.persist(new DocumentRow(document, sha256, OffsetDateTime.now()));
    entityManager.flush();
    changes.fire(new StoreChanged("document " + id));
    return new Added(id, true);
  }

  /** The id of the stored document with exactly this text, if any. */
  public Optional<String> idOfText(String text) {
    String sha256 = Sha256.hex(text);
    return QuarkusTransaction.joiningExisting().call(() -> findIdBySha256(sha256));
  }

  /**
   * Stores a new article inside the caller's transaction, so that what is read from it is stored
   * with it or not at all; the caller has made sure the text is not stored yet.
   */
  public String addNew(Document withoutId) {
    String sha256 = Sha256.hex(withoutId.text());
    String id = sha256.substring(0, 16);
    if (entityManager.find(DocumentRow.class, id) != null) {
      id = sha256;
    }
    Document document =
        new Document(
            id,
            withoutId.title(),
            withoutId.source(),
            withoutId.url(),
            withoutId.text(),
            withoutId.published());
    QuarkusTransaction.joiningExisting()
        .run(
            () -> {
              entityManager.persist(new DocumentRow(document, sha256, OffsetDateTime.now()));
              entityManager.flush();
            });
    changes.fire(new StoreChanged("document " + id));
    return id;
  }

  /** Stores the documents of the bundled corpus, whose ids are given. */
  void addAll(Iterable<Document> documents, OffsetDateTime now) {
    for (Document document : documents) {
      entityManager.persist(new DocumentRow(document, Sha256.hex(document.text()), now));
    }
  }

  public Optional<Document> find(String id) {
    return QuarkusTransaction.joiningExisting()
        .call(
            () ->
                Optional.ofNullable(entityManager.find(DocumentRow.class, id))
                    .map(DocumentRow::toDomain));
  }

  public long count() {
    return QuarkusTransaction.joiningExisting()
        .call(
            () ->
                entityManager
                    .createQuery("select count(d) from DocumentRow d", Long.class)
                    .getSingleResult());
  }

  private Optional<String> findIdBySha256(String sha256) {
    return entityManager
        .createQuery("select d.id from DocumentRow d where d.textSha256 = :sha256", String.class)
        .setParameter("sha256", sha256)
        .getResultStream()
        .findFirst();
  }
}
