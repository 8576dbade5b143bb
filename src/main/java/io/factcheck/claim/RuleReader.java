package io.factcheck.claim;

import io.factcheck.analysis.AnalyzedText;
import io.factcheck.analysis.DateMention;
import io.factcheck.analysis.EntityLexicon;
import io.factcheck.analysis.EntityMention;
import io.factcheck.analysis.SentenceParse;
import io.factcheck.analysis.SentenceParse.Word;
import io.factcheck.analysis.Span;
import io.factcheck.store.model.Entity;
import io.factcheck.store.model.EntityKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads events from parsed sentences with the declared {@link EventRules}: a trigger word, the
 * dependent that completes it, participants and places through the relations its rule names, the
 * date attached to it (else the sentence's one date), and the cues that make it no fact. The
 * participants are the entity mentions the pipeline found in the words those relations reach; a
 * person or organisation the named-entity model sees there but no one knows yet is introduced
 * through {@link NewNames}.
 */
public final class RuleReader {

  /** Introduces an entity the store and the article's titles did not know. */
  public interface NewNames {
    /** The id of a new entity of that kind and name, or null when none should be made. */
    String introduce(String name, EntityKind kind);
  }

  /** A claim read by a rule, with the rule's id for provenance. */
  public record RuleClaim(String ruleId, Claim claim) {}

  private static final Set<String> DATE_RELATIONS =
      Set.of("obl:on", "obl:tmod", "obl:in", "nmod:on", "nmod:tmod", "obl:npmod", "obl", "nmod:in");

  private final EventRules rules;
  private final EntityLexicon lexicon;

  public RuleReader(EventRules rules, EntityLexicon lexicon) {
    this.rules = rules;
    this.lexicon = lexicon;
  }

  public List<RuleClaim> read(AnalyzedText text, NewNames newNames) {
    List<RuleClaim> found = new ArrayList<>();
    for (SentenceParse parse : text.parses()) {
      String sentence = text.text(parse.sentence().span()).strip();
      if (sentence.endsWith("?")) {
        continue;
      }
      for (Word word : parse.words()) {
        for (EventRules.Rule rule : rules.rules()) {
          if (!rule.lemmas().contains(lower(word.lemma()))) {
            continue;
          }
          read(text, parse, word, rule, newNames).ifPresent(c -> add(found, c));
        }
      }
    }
    return found;
  }

  /**
   * Whether the words at {@code trigger} state that something happened, by the events file's cues
   * ("planned talks", "Kishida told Yoon that ... since his visit"): true where no parse says
   * otherwise.
   */
  public boolean statesFact(AnalyzedText text, Span trigger) {
    int index = text.sentenceAt(trigger.start());
    if (index < 0 || index >= text.parses().size()) {
      return true;
    }
    SentenceParse parse = text.parses().get(index);
    for (Word w : parse.words()) {
      if (w.span().overlaps(trigger) && (w.isVerb() || w.isNoun())) {
        if (!StatusCues.statesFact(rules.cues(), parse, w)) {
          return false;
        }
      }
    }
    return true;
  }

  /**
   * True where a rule of the claim's type has its trigger at the claim's trigger and an antipattern
   * there ("received a cable" is no meeting): the rule rules the claim out, whoever read it.
   */
  public boolean ruledOut(AnalyzedText text, Claim claim) {
    int index = text.sentenceAt(claim.trigger().start());
    if (index < 0 || index >= text.parses().size()) {
      return false;
    }
    SentenceParse parse = text.parses().get(index);
    for (Word w : parse.words()) {
      if (!w.span().overlaps(claim.trigger())) {
        continue;
      }
      for (EventRules.Rule rule : rules.rules()) {
        if (rule.type() == claim.type()
            && rule.unless() != null
            && rule.lemmas().contains(lower(w.lemma()))
            && matchesUnless(parse, w, rule.unless())) {
          return true;
        }
      }
    }
    return false;
  }

  /** One claim per event type and participants in a sentence: the first rule to read it wins. */
  private static void add(List<RuleClaim> found, RuleClaim claim) {
    for (RuleClaim other : found) {
      if (other.claim().sentence().equals(claim.claim().sentence())
          && other.claim().type() == claim.claim().type()
          && other.claim().participants().equals(claim.claim().participants())) {
        return;
      }
    }
    found.add(claim);
  }

  private Optional<RuleClaim> read(
      AnalyzedText text, SentenceParse parse, Word trigger, EventRules.Rule rule, NewNames names) {
    boolean verb = rule.pos() == EventRules.PartOfSpeech.verb;
    if (verb ? !trigger.isVerb() : !trigger.isNoun()) {
      return Optional.empty();
    }
    List<Word> frame = new ArrayList<>();
    frame.add(trigger);
    if (rule.with() != null) {
      Optional<Word> completing = dependent(parse, trigger, rule.with());
      if (completing.isEmpty()) {
        return Optional.empty();
      }
      frame.add(completing.get());
    }
    if (rule.unless() != null && matchesUnless(parse, trigger, rule.unless())) {
      return Optional.empty();
    }
    Word clauseHead = verb ? trigger : governingVerb(parse, trigger).orElse(null);
    if (!verb && clauseHead != null) {
      frame.add(clauseHead);
      if (!rule.requiresFrame().isEmpty()
          && (!isObjectOf(parse, trigger, clauseHead)
              || !rule.requiresFrame().contains(lower(clauseHead.lemma())))) {
        return Optional.empty();
      }
    } else if (!verb && !rule.requiresFrame().isEmpty()) {
      return Optional.empty();
    }
    if (text.isQuoted(trigger.span()) || !StatusCues.statesFact(rules.cues(), parse, trigger)) {
      return Optional.empty();
    }
    if (clauseHead != null
        && clauseHead != trigger
        && !StatusCues.statesFact(rules.cues(), parse, clauseHead)) {
      return Optional.empty();
    }

    List<EntityMention> mentions = new ArrayList<>();
    Set<String> participants = new LinkedHashSet<>();
    for (Word w : frame) {
      for (String relation : rule.participants()) {
        for (Word dependent : parse.dependents(w, relation)) {
          for (EntityMention m : entitiesAt(text, parse, dependent, names)) {
            if (m.kind() == EntityKind.PLACE) {
              continue;
            }
            Set<String> ids = asParticipants(m.ids(), rule.participantsAs());
            if (!ids.isEmpty() && participants.addAll(ids)) {
              mentions.add(m);
            }
          }
        }
      }
    }
    List<EntityMention> places = new ArrayList<>();
    for (Word w : frame) {
      for (String relation : rule.hosts()) {
        for (Word dependent : parse.dependents(w, relation)) {
          for (EntityMention m : entitiesAt(text, parse, dependent, names)) {
            if (m.kind() == EntityKind.PERSON) {
              participants.addAll(m.ids());
              mentions.add(m);
            }
          }
        }
      }
      for (String relation : rule.places()) {
        for (Word dependent : parse.dependents(w, relation)) {
          places.addAll(placesAt(text, parse, dependent));
        }
      }
    }
    if (participants.size() < Math.max(1, rule.minParticipants())
        || rule.needsPlace() && places.isEmpty()) {
      return Optional.empty();
    }
    DateMention date = dateOf(text, parse, frame, trigger);
    Span triggerSpan = trigger.span();
    Claim claim =
        new Claim(
            parse.sentence(),
            rule.type(),
            rule.mode(),
            triggerSpan,
            participants,
            mentions,
            date,
            places.isEmpty() ? null : places.get(0),
            places,
            false,
            Set.of());
    return Optional.of(new RuleClaim(rule.id(), claim));
  }

  private static Optional<Word> dependent(
      SentenceParse parse, Word trigger, EventRules.Dependent wanted) {
    for (String relation : wanted.relations()) {
      for (Word d : parse.dependents(trigger, relation)) {
        if (wanted.lemmas().isEmpty() || wanted.lemmas().contains(lower(d.lemma()))) {
          return Optional.of(d);
        }
      }
    }
    return Optional.empty();
  }

  private static boolean matchesUnless(
      SentenceParse parse, Word trigger, EventRules.Dependent unless) {
    return dependent(parse, trigger, unless).isPresent();
  }

  /** The verb a noun trigger is the object, subject or oblique of ("held talks"). */
  private static Optional<Word> governingVerb(SentenceParse parse, Word noun) {
    for (SentenceParse.Edge e : parse.in(noun)) {
      Word governor = parse.word(e.governor());
      if (governor.isVerb()) {
        return Optional.of(governor);
      }
    }
    return Optional.empty();
  }

  private static boolean isObjectOf(SentenceParse parse, Word noun, Word verb) {
    return parse.dependents(verb, "obj").contains(noun);
  }

  private Set<String> asParticipants(Set<String> ids, EventRules.ParticipantsAs as) {
    if (as == EventRules.ParticipantsAs.self) {
      return ids;
    }
    Set<String> countries = new LinkedHashSet<>();
    for (String id : ids) {
      Optional<Entity> entity = lexicon.entity(id);
      if (entity.isEmpty()) {
        continue;
      }
      if (entity.get().kind() == EntityKind.PERSON) {
        if (entity.get().country() != null) {
          countries.add(entity.get().country());
        }
      } else {
        countries.add(id);
      }
    }
    return countries;
  }

  /**
   * The known entities a word's phrase names, else a person or organisation the named-entity model
   * sees in it, introduced as new.
   */
  private static List<EntityMention> entitiesAt(
      AnalyzedText text, SentenceParse parse, Word word, NewNames names) {
    List<EntityMention> found = entitiesOfPhrase(text, parse, word, names);
    if (found.isEmpty()) {
      // "His Highness the Amir Sheikh Sabah ...", "the Speaker, Marzouq Ali Al-Ghanem": the name
      // hangs off the phrase as an apposition.
      for (SentenceParse.Edge e : parse.out(word)) {
        if (e.is("appos") || e.is("dep")) {
          found.addAll(entitiesOfPhrase(text, parse, parse.word(e.dependent()), names));
        }
      }
    }
    return found;
  }

  private static List<EntityMention> entitiesOfPhrase(
      AnalyzedText text, SentenceParse parse, Word word, NewNames names) {
    Span phrase = parse.phrase(word);
    List<EntityMention> known = new ArrayList<>();
    for (EntityMention m : text.entities()) {
      if (phrase.overlaps(m.span()) && !m.ids().isEmpty()) {
        known.add(m);
      }
    }
    if (!known.isEmpty()) {
      return known;
    }
    Span name = namedEntity(parse, word);
    if (name == null) {
      return new ArrayList<>();
    }
    EntityKind kind =
        parse.word(indexAt(parse, name)).ner().equals("PERSON")
            ? EntityKind.PERSON
            : EntityKind.ORGANISATION;
    String id = names.introduce(text.text(name), kind);
    return id == null
        ? new ArrayList<>()
        : new ArrayList<>(
            List.of(
                new EntityMention(
                    name, Set.of(id), kind, EntityMention.Form.NAME, text.text(name))));
  }

  /** The run of words with the word's PERSON or ORGANIZATION tag around it, or null. */
  private static Span namedEntity(SentenceParse parse, Word word) {
    String ner = word.ner();
    if (!ner.equals("PERSON") && !ner.equals("ORGANIZATION")) {
      return null;
    }
    int first = word.index();
    int last = word.index();
    while (first > 0 && parse.word(first - 1).ner().equals(ner)) {
      first--;
    }
    while (last + 1 < parse.words().size() && parse.word(last + 1).ner().equals(ner)) {
      last++;
    }
    return new Span(parse.word(first).span().start(), parse.word(last).span().end());
  }

  private static int indexAt(SentenceParse parse, Span span) {
    for (Word w : parse.words()) {
      if (w.span().start() == span.start()) {
        return w.index();
      }
    }
    return 0;
  }

  /** Places a word's phrase names: known places and countries, else a LOCATION the model sees. */
  private static List<EntityMention> placesAt(AnalyzedText text, SentenceParse parse, Word word) {
    Span phrase = parse.phrase(word);
    List<EntityMention> places = new ArrayList<>();
    for (EntityMention m : text.entities()) {
      if (phrase.overlaps(m.span())
          && (m.kind() == EntityKind.PLACE || m.kind() == EntityKind.COUNTRY)) {
        places.add(m);
      }
    }
    if (places.isEmpty() && word.ner().equals("LOCATION")) {
      int first = word.index();
      int last = word.index();
      while (first > 0 && parse.word(first - 1).ner().equals("LOCATION")) {
        first--;
      }
      while (last + 1 < parse.words().size() && parse.word(last + 1).ner().equals("LOCATION")) {
        last++;
      }
      Span name = new Span(parse.word(first).span().start(), parse.word(last).span().end());
      places.add(
          new EntityMention(
              name, Set.of(), EntityKind.PLACE, EntityMention.Form.UNKNOWN_NAME, text.text(name)));
    }
    return places;
  }

  /**
   * The date of the event: a date attached to a word of its frame ("met on Monday"), else the
   * sentence's only date told as past, else none (the reader then dates it from its context).
   */
  private static DateMention dateOf(
      AnalyzedText text, SentenceParse parse, List<Word> frame, Word trigger) {
    List<DateMention> inSentence = new ArrayList<>();
    for (DateMention d : text.within(text.dates(), parse.sentence().span())) {
      if (!d.future()) {
        inSentence.add(d);
      }
    }
    if (inSentence.isEmpty()) {
      return null;
    }
    Map<DateMention, Integer> attached = new LinkedHashMap<>();
    for (Word w : frame) {
      for (SentenceParse.Edge e : parse.out(w)) {
        if (!DATE_RELATIONS.contains(e.relation()) && !e.relation().startsWith("obl:")) {
          continue;
        }
        Span phrase = parse.phrase(parse.word(e.dependent()));
        for (DateMention d : inSentence) {
          if (d.span().overlaps(phrase)) {
            attached.putIfAbsent(d, Math.abs(d.span().start() - trigger.span().start()));
          }
        }
      }
    }
    if (!attached.isEmpty()) {
      return attached.entrySet().stream()
          .min(Map.Entry.comparingByValue())
          .map(Map.Entry::getKey)
          .orElseThrow();
    }
    return inSentence.size() == 1 ? inSentence.get(0) : null;
  }

  private static String lower(String s) {
    return s == null ? "" : s.toLowerCase(java.util.Locale.ROOT);
  }
}
