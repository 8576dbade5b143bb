package io.factcheck.ingest;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.factcheck.store.model.Entity;
import io.factcheck.store.model.EntityKind;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One person, one entity: the alias table of an article. A name is stripped of forms of address
 * ("Mr. Rouhani" is Rouhani), and a person named by part of a longer name the article or the store
 * has ("Rouhani", "Sheikh Mohammed", "Al Sissi") is that person, when exactly one person has such a
 * name; a stored person known by a shorter name ("Obama") is the one an article names in full
 * ("Barack Obama").
 */
final class ArticleAliases {

  static final String RESOURCE = "/lang/en/names.yaml";

  /**
   * The names file: forms of address, words of rank, offices that are nobody's name, and examples
   * for the test.
   */
  record Names(
      Set<String> honorifics, Set<String> ranks, Set<String> notNames, List<Example> examples) {}

  /** Names found in one article (and stored before it), and what each must become. */
  record Example(List<String> stored, List<String> names, Map<String, String> become) {}

  /** What a found name turned out to be. */
  sealed interface Resolution {}

  /** A person or organisation new to the store (after merging the shorter names into it). */
  record NewEntity(NameFinder.Found found) implements Resolution {}

  /** A name for someone the store already has. */
  record Stored(String entityId, String alias) implements Resolution {}

  private final List<List<String>> honorifics;
  private final Set<String> ranks;
  private final Set<String> notNames;

  ArticleAliases(Names names) {
    this.honorifics = names.honorifics().stream().map(NameWords::of).toList();
    this.ranks =
        names.ranks().stream().map(r -> r.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
    this.notNames = Set.copyOf(names.notNames());
  }

  static Names names() {
    try (InputStream in = ArticleAliases.class.getResourceAsStream(RESOURCE)) {
      return new ObjectMapper(new YAMLFactory()).readValue(in, Names.class);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }

  static ArticleAliases load() {
    return new ArticleAliases(names());
  }

  /**
   * The article's new names, merged: each shorter name of a person becomes an alias of the one
   * person it can be, in the article or the store.
   */
  List<Resolution> resolve(List<NameFinder.Found> found, List<Entity> stored) {
    List<NameFinder.Found> bare = new ArrayList<>();
    for (NameFinder.Found f : found) {
      if (f.kind() != EntityKind.PERSON) {
        bare.add(f);
        continue;
      }
      String name = withoutHonorific(f.name());
      if (!notNames.contains(name) && !name.isEmpty()) {
        bare.add(withName(f, name));
      }
    }
    Map<String, NameFinder.Found> people = new LinkedHashMap<>();
    List<Resolution> out = new ArrayList<>();
    List<NameFinder.Found> shorter = new ArrayList<>();
    for (NameFinder.Found f : bare) {
      if (f.kind() != EntityKind.PERSON) {
        out.add(new NewEntity(f));
      } else if (longerIn(f.name(), bare).isPresent()) {
        shorter.add(f);
      } else {
        people.merge(f.name(), f, ArticleAliases::union);
      }
    }
    for (NameFinder.Found f : shorter) {
      NameFinder.Found longer = longerIn(f.name(), bare).orElseThrow();
      people.merge(longer.name(), withName(f, longer.name()), ArticleAliases::union);
      people.computeIfPresent(longer.name(), (k, v) -> withAlias(v, f.name()));
    }
    for (NameFinder.Found person : people.values()) {
      Optional<Entity> known = storedPerson(person.name(), stored);
      out.add(
          known.isPresent() ? new Stored(known.get().id(), person.name()) : new NewEntity(person));
    }
    return out;
  }

  /** The name without the forms of address and offices that open it ("Mr.", "His Highness"). */
  String withoutHonorific(String name) {
    List<String> words = NameWords.of(name);
    int first = 0;
    boolean stripped = true;
    while (stripped) {
      stripped = false;
      for (List<String> h : honorifics) {
        if (first + h.size() < words.size() && words.subList(first, first + h.size()).equals(h)) {
          first += h.size();
          stripped = true;
        }
      }
      if (first + 1 < words.size()
          && notNames.contains(words.get(first))
          && !ranks.contains(words.get(first).toLowerCase(Locale.ROOT))) {
        first++;
        stripped = true;
      }
    }
    return String.join(" ", words.subList(first, words.size()));
  }

  /** The one other person whose name holds this one's words in a row, if exactly one does. */
  private Optional<NameFinder.Found> longerIn(String name, List<NameFinder.Found> found) {
    List<NameFinder.Found> candidates = new ArrayList<>();
    for (NameFinder.Found other : found) {
      if (other.kind() == EntityKind.PERSON
          && !other.name().equals(name)
          && (contains(words(other.name()), words(name))
              || words(other.name()).equals(words(name)) && other.name().length() > name.length())
          && candidates.stream().noneMatch(c -> c.name().equals(other.name()))) {
        candidates.add(other);
      }
    }
    return candidates.size() == 1 ? Optional.of(candidates.get(0)) : Optional.empty();
  }

  /**
   * A stored person this one is: the same name, or a name that is part of this one's or holds it
   * ("Obama" for "Barack Obama"), when exactly one stored person fits.
   */
  private Optional<Entity> storedPerson(String name, List<Entity> stored) {
    List<String> words = words(name);
    List<Entity> candidates = new ArrayList<>();
    for (Entity e : stored) {
      if (e.kind() != EntityKind.PERSON) {
        continue;
      }
      List<String> theirs = words(e.name());
      if (theirs.equals(words)) {
        return Optional.of(e);
      }
      if (contains(words, theirs) || contains(theirs, words)) {
        candidates.add(e);
      }
    }
    return candidates.size() == 1 ? Optional.of(candidates.get(0)) : Optional.empty();
  }

  private static boolean contains(List<String> longer, List<String> shorter) {
    if (shorter.isEmpty() || shorter.size() >= longer.size()) {
      return false;
    }
    for (int i = 0; i + shorter.size() <= longer.size(); i++) {
      if (longer.subList(i, i + shorter.size()).equals(shorter)) {
        return true;
      }
    }
    return false;
  }

  /** A name's words, lower-cased, without ranks, with "al-Sissi" as "al", "sissi". */
  private List<String> words(String name) {
    return NameWords.parts(name.toLowerCase(Locale.ROOT)).stream()
        .filter(w -> !ranks.contains(w))
        .toList();
  }

  private static NameFinder.Found withName(NameFinder.Found f, String name) {
    return new NameFinder.Found(name, f.kind(), f.country(), f.roles(), f.aliases());
  }

  private static NameFinder.Found withAlias(NameFinder.Found f, String alias) {
    if (f.aliases().contains(alias) || f.name().equals(alias)) {
      return f;
    }
    List<String> aliases = new ArrayList<>(f.aliases());
    aliases.add(alias);
    return new NameFinder.Found(f.name(), f.kind(), f.country(), f.roles(), aliases);
  }

  /** Two findings of one person: the first's country and offices, unless it lacks them. */
  private static NameFinder.Found union(NameFinder.Found a, NameFinder.Found b) {
    List<String> aliases = new ArrayList<>(a.aliases());
    b.aliases().stream().filter(x -> !aliases.contains(x)).forEach(aliases::add);
    List<String> roles = new ArrayList<>(a.roles());
    b.roles().stream().filter(x -> !roles.contains(x)).forEach(roles::add);
    return new NameFinder.Found(
        a.name(), a.kind(), a.country() != null ? a.country() : b.country(), roles, aliases);
  }
}
