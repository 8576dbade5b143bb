package io.factcheck.store;

import io.factcheck.store.model.Entity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Finds entities by the names people use for them, from the current snapshot. */
@ApplicationScoped
public class EntityDirectory {

  @Inject StoreSnapshots snapshots;

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
