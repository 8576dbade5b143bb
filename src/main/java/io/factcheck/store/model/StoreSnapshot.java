package io.factcheck.store.model;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * An immutable view of what checks may rely on: the known entities, the APPROVED events and the
 * documents they were read from. A new snapshot is taken whenever curation changes the store.
 *
 * @param version increases with every change of the store, so consumers can tell snapshots apart
 */
public record StoreSnapshot(
    long version, List<Entity> entities, List<Event> events, List<Document> documents) {

  public StoreSnapshot {
    entities = List.copyOf(entities);
    events = List.copyOf(events);
    documents = List.copyOf(documents);
  }

  public Map<String, Document> documentsById() {
    return documents.stream().collect(Collectors.toMap(Document::id, Function.identity()));
  }

  public Map<String, Entity> entitiesById() {
    return entities.stream().collect(Collectors.toMap(Entity::id, Function.identity()));
  }
}
