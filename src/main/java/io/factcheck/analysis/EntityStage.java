package io.factcheck.analysis;

import io.factcheck.analysis.EntityMention.Form;
import io.factcheck.store.model.EntityKind;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds mentions of the store's entities: names, titles, coordinated titles ("the Russian and
 * Belarusian presidents"), anaphors to be resolved by claim extraction ("the two leaders"), and
 * places recognisable by their form ("the Moscow Region") even when the store does not know them.
 */
public final class EntityStage implements Stage {

  private static final Pattern ANAPHOR =
      Pattern.compile(
          "\\b(?:[Tt]he two (?:leaders|presidents|heads of state|sides|men|countries|politicians)"
              + "|[Bb]oth (?:leaders|presidents|sides|men)"
              + "|[Tt]he (?:leaders|presidents|sides)"
              + "|[Tt]hey|[Tt]heir)\\b");
  private static final Pattern PLACE_FORM =
      Pattern.compile(
          // The lookahead changes no match: it spares the lookbehind at every other position.
          "(?=[A-Z])(?<=\\b(?:in|at|near|from|to) (?:the )?)((?:[A-Z][\\p{L}'’-]+\\s+){1,3}"
              + "(?:Region|Oblast|Province|Krai|District|Governorate|County|Territory))\\b");
  private static final String PLURAL_ROLES =
      "(presidents|leaders|prime ministers|premiers|heads of state|foreign ministers|counterparts)";

  private final EntityLexicon lexicon;

  /** "the Russian and Belarusian presidents"; both words must be demonyms. */
  private static final Pattern GROUP =
      Pattern.compile(
          "\\b(?:[Tt]he\\s+)?(\\p{Lu}[\\p{L}-]+)\\s+and\\s+(\\p{Lu}[\\p{L}-]+)\\s+"
              + PLURAL_ROLES
              + "\\b");

  public EntityStage(EntityLexicon lexicon) {
    this.lexicon = lexicon;
  }

  @Override
  public Set<Layer> requires() {
    return Set.of(Layer.PLAIN_TEXT);
  }

  @Override
  public Set<Layer> provides() {
    return Set.of(Layer.ENTITIES);
  }

  @Override
  public void annotate(AnalyzedText text) {
    String plain = text.plain();
    Found found = new Found(plain.length());
    Matcher groups = GROUP.matcher(plain);
    while (groups.find()) {
      if (lexicon.countryOfDemonym(groups.group(1)).isEmpty()
          || lexicon.countryOfDemonym(groups.group(2)).isEmpty()) {
        continue;
      }
      String role = singular(groups.group(3));
      Set<String> ids = new LinkedHashSet<>();
      lexicon.title(groups.group(1), role).ifPresent(e -> ids.addAll(e.ids()));
      lexicon.title(groups.group(2), role).ifPresent(e -> ids.addAll(e.ids()));
      if (ids.size() == 2) {
        found.add(
            new EntityMention(
                new Span(groups.start(), groups.end()),
                ids,
                EntityKind.PERSON,
                Form.GROUP,
                groups.group()));
      }
    }
    // Places known by their form ("the Moscow Region") come first: a shorter known name inside
    // them ("Moscow") is not what the text means.
    Matcher places = PLACE_FORM.matcher(plain);
    while (places.find()) {
      Span span = new Span(places.start(1), places.end(1));
      List<String> placeWords = EntityLexicon.words(places.group(1));
      Optional<EntityLexicon.Match> known = lexicon.longestAt(placeWords, 0);
      Set<String> ids =
          known.isPresent() && known.get().wordCount() == placeWords.size()
              ? known.get().entry().ids()
              : Set.of("place:" + EntityLexicon.slug(places.group(1)));
      Form form =
          known.isPresent() && known.get().wordCount() == placeWords.size()
              ? Form.NAME
              : Form.PATTERN;
      found.add(new EntityMention(span, ids, EntityKind.PLACE, form, places.group(1)));
    }
    List<String> words = new ArrayList<>();
    List<Span> spans = new ArrayList<>();
    Matcher w = EntityLexicon.WORD.matcher(plain);
    while (w.find()) {
      words.add(w.group());
      spans.add(new Span(w.start(), w.end()));
    }
    for (int i = 0; i < words.size(); ) {
      Optional<EntityLexicon.Match> match = lexicon.longestAt(words, i);
      if (match.isPresent()) {
        Span span =
            new Span(spans.get(i).start(), spans.get(i + match.get().wordCount() - 1).end());
        EntityLexicon.Entry entry = match.get().entry();
        int next = i + match.get().wordCount();
        Optional<EntityLexicon.Entry> leader = seatOfPower(entry, words, next);
        if (leader.isPresent()) {
          // "the Kremlin leader", "Minsk's chief": the head of that country.
          span = new Span(span.start(), spans.get(next).end());
          entry = leader.get();
          next++;
        }
        found.addIfFree(
            new EntityMention(span, entry.ids(), entry.kind(), entry.form(), text.text(span)));
        i = next;
      } else {
        i++;
      }
    }
    Matcher anaphors = ANAPHOR.matcher(plain);
    while (anaphors.find()) {
      Span span = new Span(anaphors.start(), anaphors.end());
      found.addIfFree(
          new EntityMention(span, Set.of(), EntityKind.PERSON, Form.ANAPHOR, anaphors.group()));
    }
    text.setEntities(found.mentions);
  }

  /**
   * A capital or a one-word seat of government followed by "leader", "chief" or "boss" names the
   * country's most senior person.
   */
  private Optional<EntityLexicon.Entry> seatOfPower(
      EntityLexicon.Entry entry, List<String> words, int next) {
    if (next >= words.size()
        || !LEADER_WORDS.contains(words.get(next).toLowerCase(java.util.Locale.ROOT))) {
      return Optional.empty();
    }
    boolean seat =
        entry.kind() == EntityKind.PLACE
            || (entry.kind() == EntityKind.ORGANISATION && !entry.surface().contains(" "));
    if (!seat) {
      return Optional.empty();
    }
    String id = entry.ids().iterator().next();
    return lexicon
        .entity(id)
        .map(e -> e.country() != null ? e.country() : e.partOf())
        .flatMap(lexicon::leaderOf);
  }

  private static final Set<String> LEADER_WORDS = Set.of("leader", "chief", "boss");

  /**
   * Mentions found so far, and which characters they take: a later, weaker reading of the same
   * words is dropped without scanning the list.
   */
  private static final class Found {
    final List<EntityMention> mentions = new ArrayList<>();
    private final boolean[] taken;

    Found(int length) {
      taken = new boolean[length];
    }

    void add(EntityMention mention) {
      mentions.add(mention);
      for (int i = mention.span().start(); i < mention.span().end() && i < taken.length; i++) {
        taken[i] = true;
      }
    }

    void addIfFree(EntityMention mention) {
      for (int i = mention.span().start(); i < mention.span().end() && i < taken.length; i++) {
        if (taken[i]) {
          return;
        }
      }
      add(mention);
    }
  }

  private static String singular(String plural) {
    return switch (plural) {
      case "heads of state" -> "head of state";
      case "prime ministers" -> "prime minister";
      case "foreign ministers" -> "foreign minister";
      default -> plural.substring(0, plural.length() - 1);
    };
  }
}
