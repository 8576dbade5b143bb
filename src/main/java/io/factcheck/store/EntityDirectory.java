package io.factcheck.store;

import io.factcheck.store.jpa.EntityRow;
import io.factcheck.store.model.Entity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Finds entities by the names people use for them, from the current snapshot. */
@ApplicationScoped
public class EntityDirectory {

  @Inject StoreSnapshots snapshots;

  @Inject EntityManager entityManager;

  @Inject jakarta.enterprise.event.Event<StoreChanged> changes;

  /** Stores an entity read from a new article, inside the caller's transaction. */
  @Transactional
  public void add(Entity entity) {
    entityManager.persist(new EntityRow(entity));
    entityManager.flush();
    changes.fire(new StoreChanged("entity " + entity.id()));
  }

  /**
   * Fills in what a later article tells of a stored entity ("Japanese Prime Minister Fumio
   * Kishida": its country, its office) where the store has none, inside the caller's transaction.
   */
  @Transactional
  public void complete(Entity entity) {
    EntityRow row = entityManager.find(EntityRow.class, entity.id());
    if (row != null) {
      row.complete(entity.country(), entity.roles());
      entityManager.flush();
      changes.fire(new StoreChanged("entity " + entity.id()));
    }
  }

  /** Every stored entity, read from the database rather than the snapshot. */
  @Transactional
  public List<Entity> stored() {
    return entityManager
        .createQuery("select e from EntityRow e order by e.id", EntityRow.class)
        .getResultStream()
        .map(EntityRow::toDomain)
        .toList();
  }

  /** Entities whose id, name or an alias contains {@code text}, case-insensitive, by name. */
  public List<Entity> search(String text) {
    String needle = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
    return snapshots.current().entities().stream()
        .filter(entity -> names(entity).anyMatch(name -> name.contains(needle)))
        .sorted((a, b) -> a.name().compareToIgnoreCase(b.name()))
        .toList();
  }

  /**
   * The ids of the entities {@code name} stands for: equal, case-insensitive, to an id, a name, an
   * alias or one word of a name ("Lukashenko" for "Alexander Lukashenko").
   */
  public Set<String> idsNamed(String name) {
    String wanted = name.strip().toLowerCase(Locale.ROOT);
    return snapshots.current().entities().stream()
        .filter(
            entity ->
                names(entity)
                    .anyMatch(
                        known ->
                            known.equals(wanted) || List.of(known.split("\\s+")).contains(wanted)))
        .map(Entity::id)
        .collect(Collectors.toSet());
  }

  private static Stream<String> names(Entity entity) {
    return Stream.concat(Stream.of(entity.id(), entity.name()), entity.aliases().stream())
        .map(name -> name.toLowerCase(Locale.ROOT));
  }
}
