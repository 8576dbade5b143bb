package io.factcheck.analysis;

import io.factcheck.analysis.CountryGazetteer.Country;
import io.factcheck.store.model.Entity;
import io.factcheck.store.model.EntityKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every way the store's entities can be named in a draft: names and aliases as curated, and titles
 * derived from a person's country and offices ("Russian President", "the Belarusian leader", "his
 * Armenian counterpart", "President of Russia"), plus capitals and places from the gazetteer.
 * Lookups walk a word trie, so matching costs the length of the text, not the size of the store.
 */
public final class EntityLexicon {

  /** A word; a possessive "'s" is not part of it, so "Kenya's" names Kenya. */
  static final Pattern WORD =
      Pattern.compile("[\\p{L}\\p{N}]+(?:-[\\p{L}\\p{N}]+|['’](?![sS]\\b)[\\p{L}\\p{N}]+)*");

  /** Role words and what they may refer to; lower value = preferred when several people fit. */
  private static final Map<String, List<String>> ROLE_SYNONYMS =
      Map.of(
          "president", List.of("president", "leader", "head of state", "counterpart"),
          "prime minister",
              List.of(
                  "prime minister",
                  "premier",
                  "PM",
                  "leader",
                  "head of government",
                  "counterpart"));

  /** One way of naming something. */
  record Entry(
      Set<String> ids, EntityKind kind, EntityMention.Form form, int priority, String surface) {}

  private static final class Node {
    final Map<String, Node> children = new HashMap<>();
    final List<Entry> entries = new ArrayList<>();
  }

  private final Node root = new Node();
  private final Map<String, Entity> entities = new HashMap<>();
  private final Map<String, String> demonymToCountry = new HashMap<>();
  private final Map<String, List<String>> countryDemonyms = new HashMap<>();
  private final Map<String, String> placeNames = new HashMap<>();
  private final Map<String, String> partOf = new HashMap<>();

  public EntityLexicon(List<Entity> storeEntities, CountryGazetteer gazetteer) {
    for (Country country : gazetteer.countries()) {
      countryDemonyms.put(country.id(), country.demonyms());
      for (String demonym : country.demonyms()) {
        demonymToCountry.putIfAbsent(demonym, country.id());
      }
    }
    for (Entity entity : storeEntities) {
      entities.put(entity.id(), entity);
    }
    // Capitals are places even when no article has named them yet.
    for (Country country : gazetteer.countries()) {
      if (!country.capital().isEmpty()) {
        String id = findByName(country.capital()).orElse(slug(country.capital()));
        if (!entities.containsKey(id)) {
          entities.put(
              id,
              new Entity(
                  id,
                  EntityKind.PLACE,
                  country.capital(),
                  List.of(),
                  country.id(),
                  List.of(),
                  country.id()));
        }
      }
    }
    for (Entity entity : entities.values()) {
      addNames(entity);
      if (entity.kind() == EntityKind.PLACE) {
        placeNames.put(entity.id(), entity.name());
      }
      String parent = entity.partOf() != null ? entity.partOf() : entity.country();
      if (parent != null && entity.kind() != EntityKind.PERSON) {
        partOf.put(entity.id(), parent);
      }
      if (entity.kind() == EntityKind.PERSON && entity.country() != null) {
        addTitles(entity);
      }
    }
  }

  private Optional<String> findByName(String name) {
    return entities.values().stream()
        .filter(e -> e.name().equalsIgnoreCase(name) || e.aliases().contains(name))
        .map(Entity::id)
        .findFirst();
  }

  private void addNames(Entity entity) {
    add(entity.name(), entity, EntityMention.Form.NAME, 0);
    for (String alias : entity.aliases()) {
      add(alias, entity, EntityMention.Form.NAME, 0);
    }
  }

  private void addTitles(Entity person) {
    List<String> demonyms = countryDemonyms.getOrDefault(person.country(), List.of());
    Entity country = entities.get(person.country());
    for (int r = 0; r < person.roles().size(); r++) {
      String role = person.roles().get(r).toLowerCase(Locale.ROOT);
      int priority = role.equals("president") ? 1 : role.equals("prime minister") ? 2 : 3;
      List<String> words = ROLE_SYNONYMS.getOrDefault(role, List.of(role, "counterpart"));
      for (String word : words) {
        for (String demonym : demonyms) {
          add(demonym + " " + word, person, EntityMention.Form.TITLE, priority);
        }
        if (country != null && !word.equals("counterpart")) {
          add(word + " of " + country.name(), person, EntityMention.Form.TITLE, priority);
          add(country.name() + "'s " + word, person, EntityMention.Form.TITLE, priority);
          add(country.name() + "’s " + word, person, EntityMention.Form.TITLE, priority);
        }
      }
    }
  }

  private void add(String surface, Entity entity, EntityMention.Form form, int priority) {
    List<String> words = words(surface);
    if (words.isEmpty()) {
      return;
    }
    Node node = root;
    for (String word : words) {
      node = node.children.computeIfAbsent(key(word), k -> new Node());
    }
    EntityKind kind = entity.kind();
    for (Entry existing : node.entries) {
      if (existing.ids().contains(entity.id())) {
        return;
      }
    }
    // Where several people fit a title ("the Russian leader"), keep only the most senior.
    if (form == EntityMention.Form.TITLE) {
      int best = node.entries.stream().mapToInt(Entry::priority).min().orElse(Integer.MAX_VALUE);
      if (priority > best) {
        return;
      }
      if (priority < best) {
        node.entries.clear();
      }
    }
    node.entries.add(new Entry(Set.of(entity.id()), kind, form, priority, surface));
  }

  /**
   * How a word is looked up: lower case and without accents, so a draft's "Pham Minh Chinh" or
   * "Pena Nieto" names the stored "Phạm Minh Chính" and "Peña Nieto".
   */
  private static String key(String word) {
    return withoutAccents(word.toLowerCase(Locale.ROOT));
  }

  /** The text without its accents and diacritics: "Hà Nội" is "Ha Noi", "Peña" is "Pena". */
  public static String withoutAccents(String text) {
    if (text.chars().allMatch(c -> c < 128)) {
      return text;
    }
    StringBuilder plain = new StringBuilder(text.length());
    for (char c :
        java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFD).toCharArray()) {
      if (Character.getType(c) == Character.NON_SPACING_MARK) {
        continue;
      }
      plain.append(
          switch (c) {
            case 'đ' -> 'd';
            case 'Đ' -> 'D';
            case 'ł' -> 'l';
            case 'Ł' -> 'L';
            case 'ø' -> 'o';
            case 'Ø' -> 'O';
            case 'ı' -> 'i';
            default -> c;
          });
    }
    return plain.toString();
  }

  static List<String> words(String text) {
    List<String> words = new ArrayList<>();
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      words.add(m.group());
    }
    return words;
  }

  /** The longest known name starting at a word of the text, if any. */
  record Match(int wordCount, Entry entry) {}

  Optional<Match> longestAt(List<String> textWords, int from) {
    Node node = root;
    Match best = null;
    for (int i = from; i < textWords.size() && i - from < 10; i++) {
      String word = textWords.get(i);
      node = node.children.get(key(word));
      if (node == null) {
        break;
      }
      for (Entry entry : node.entries) {
        if (casingFits(entry, textWords.subList(from, i + 1))) {
          best = new Match(i - from + 1, entry);
          break;
        }
      }
    }
    return Optional.ofNullable(best);
  }

  /** Names must be capitalised as curated; role words ("president") may take any case. */
  private static boolean casingFits(Entry entry, List<String> textWords) {
    List<String> surface = words(entry.surface());
    for (int i = 0; i < surface.size(); i++) {
      String s = surface.get(i);
      String t = textWords.get(i);
      boolean roleWord =
          entry.form() == EntityMention.Form.TITLE && Character.isLowerCase(s.charAt(0));
      if (!roleWord && Character.isUpperCase(s.charAt(0)) && !Character.isUpperCase(t.charAt(0))) {
        return false;
      }
    }
    return true;
  }

  public Optional<Entity> entity(String id) {
    return Optional.ofNullable(entities.get(id));
  }

  /** The country a demonym ("Belarusian") belongs to. */
  public Optional<String> countryOfDemonym(String demonym) {
    return Optional.ofNullable(demonymToCountry.get(demonym));
  }

  /** The most senior person of a country with a role word ("president", "leader"), if any. */
  Optional<Entry> title(String demonym, String roleWord) {
    Node node = root;
    for (String word : words(demonym + " " + roleWord)) {
      node = node == null ? null : node.children.get(word.toLowerCase(Locale.ROOT));
    }
    return node == null || node.entries.isEmpty()
        ? Optional.empty()
        : Optional.of(node.entries.get(0));
  }

  /** The most senior person of a country, as "the Russian leader" would name them. */
  Optional<Entry> leaderOf(String countryId) {
    for (String demonym : countryDemonyms.getOrDefault(countryId, List.of())) {
      Optional<Entry> leader = title(demonym, "leader");
      if (leader.isPresent()) {
        return leader;
      }
    }
    return Optional.empty();
  }

  /** This place and every place or country that contains it. */
  public Set<String> placeAndContainers(String id) {
    Set<String> chain = new LinkedHashSet<>();
    for (String at = id; at != null && chain.add(at); at = partOf.get(at)) {
      // walk up
    }
    return chain;
  }

  /** The display name of an entity or place id. */
  public String name(String id) {
    Entity entity = entities.get(id);
    return entity != null ? entity.name() : id;
  }

  public static String slug(String name) {
    return name.toLowerCase(Locale.ROOT)
        .replaceAll("[^\\p{L}\\p{N}]+", "-")
        .replaceAll("(^-|-$)", "");
  }
}
