package io.factcheck.store.model;

import java.util.List;

/**
 * A person, country, organisation, place or product the store knows, with every way the corpus
 * names it.
 *
 * @param id stable key, e.g. {@code vladimir-putin}
 * @param name the canonical name, e.g. "Vladimir Putin"
 * @param aliases other names, e.g. "Putin"; titles are derived from {@code country} and {@code
 *     roles}, so "the Russian president" need not be listed
 * @param country for a person or place: the key of the country entity it belongs to, or null
 * @param roles for a person: offices held, e.g. "president", "prime minister"
 * @param partOf for a place: the key of the place or country that contains it, or null
 */
public record Entity(
    String id,
    EntityKind kind,
    String name,
    List<String> aliases,
    String country,
    List<String> roles,
    String partOf) {

  public Entity {
    aliases = aliases == null ? List.of() : List.copyOf(aliases);
    roles = roles == null ? List.of() : List.copyOf(roles);
  }
}
