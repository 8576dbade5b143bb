package io.factcheck.ingest;

import io.factcheck.analysis.AnalyzedText;
import io.factcheck.analysis.CountryGazetteer;
import io.factcheck.analysis.DateAnchor;
import io.factcheck.analysis.DateMention;
import io.factcheck.analysis.DateStage;
import io.factcheck.analysis.EntityLexicon;
import io.factcheck.analysis.EntityMention;
import io.factcheck.analysis.EntityStage;
import io.factcheck.analysis.MarkupStage;
import io.factcheck.analysis.NumberStage;
import io.factcheck.analysis.ParseStage;
import io.factcheck.analysis.Pipeline;
import io.factcheck.analysis.QuoteStage;
import io.factcheck.analysis.Sentence;
import io.factcheck.analysis.SentenceStage;
import io.factcheck.analysis.Span;
import io.factcheck.analysis.Stage;
import io.factcheck.analysis.TextFormat;
import io.factcheck.analysis.TokenStage;
import io.factcheck.claim.Claim;
import io.factcheck.claim.ClaimCounts;
import io.factcheck.claim.ClaimExtractor;
import io.factcheck.claim.EventRules;
import io.factcheck.claim.RuleReader;
import io.factcheck.store.model.DateRange;
import io.factcheck.store.model.Entity;
import io.factcheck.store.model.EntityKind;
import io.factcheck.store.model.Event;
import io.factcheck.store.model.Provenance;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads an article into events: the analysis pipeline with the store's entities finds what is
 * known, {@link NameFinder} adds the people and organisations it introduces, a second pass with
 * both reads the article's claims, and each claim the paper states as fact becomes a proposed event
 * with its sentence as provenance. Quoted and hedged statements are left out by the claim
 * extractor, as in drafts.
 */
public final class ArticleReader {

  private static final int SUMMARY_LENGTH = 300;
  private static final Pattern PLACE_COUNTRY =
      Pattern.compile("^,\\s+(\\p{Lu}[\\p{L} -]+?)\\b[,.;]");

  /** Words by which a sentence goes on about an occasion the article has just told. */
  private static final Pattern REFERS_BACK =
      Pattern.compile(
          "\\b(?:(?:on )?the same day|that day|later|at the (?:meeting|talks|summit|event|ceremony)"
              + "|during the (?:call|conversation|talks|meeting|visit)|after the (?:call|talks|meeting)"
              + "|[Tt]he two (?:leaders|men|sides|presidents))\\b");

  /** Words that put a sentence's event before the story's day. */
  private static final Pattern BACKGROUND =
      Pattern.compile(
          "\\b(?:have|has|had|since|last|previous|previously|earlier|ago|before|former|once|first"
              + "|was created|were created|founded)\\b");

  /** A sentence of the story, not a headline. */
  private static final Pattern TERMINATED = Pattern.compile("[.!?][\"”’)]?\\s*$");

  private static final Pattern SUBJECT_PRONOUN = Pattern.compile("(He|She)\\s");

  /** Capitalised words only: the title before a sentence's subject ("Malaysian Prime Minister"). */
  private static final Pattern TITLE_WORDS = Pattern.compile("(?:\\p{Lu}[\\p{L}-]*\\s+)*");

  /** "the chancellor", "the crown prince": a role, written without a name. */
  private static final Pattern THE_ROLE = Pattern.compile("\\b[Tt]he ([a-z]+)(?: ([a-z]+))?\\b");

  private final SentenceStage sentenceStage;
  private final TokenStage tokenStage = new TokenStage();
  private final NameFinder names;
  private final CountryGazetteer gazetteer;
  private final EventRules rules = EventRules.load();
  private final ArticleAliases aliases = ArticleAliases.load();

  public ArticleReader() {
    this(new SentenceStage(), new NameFinder(), CountryGazetteer.load());
  }

  ArticleReader(SentenceStage sentenceStage, NameFinder names, CountryGazetteer gazetteer) {
    this.sentenceStage = sentenceStage;
    this.names = names;
    this.gazetteer = gazetteer;
  }

  /**
   * What an article says.
   *
   * @param newEntities entities the store does not have yet, which the events may name
   * @param completedEntities stored entities with the country or office the store lacked and the
   *     article gives ("Japanese Prime Minister Fumio Kishida")
   * @param events proposed events (id 0, no status), each with one source in the article
   * @param lexicon every name known while reading, for comparing places
   * @param readBy for each event, the id of the events-file rule that read it, or {@link
   *     #EXTRACTOR} for the claim extractor
   */
  public record Reading(
      List<Entity> newEntities,
      List<Entity> completedEntities,
      List<Event> events,
      EntityLexicon lexicon,
      List<String> readBy) {}

  /** What {@link Reading#readBy()} says of an event the claim extractor read. */
  public static final String EXTRACTOR = "EXTRACTOR";

  public Reading read(
      String documentId, String text, DateRange published, List<Entity> storeEntities) {
    DateAnchor anchor = new DateAnchor(published);
    EntityLexicon known = new EntityLexicon(storeEntities, gazetteer);
    AnalyzedText first = parsingPipeline(known).analyze(text, TextFormat.TEXT, anchor);

    Set<String> takenIds = new HashSet<>();
    storeEntities.forEach(e -> takenIds.add(e.id()));
    Map<String, Entity> added = new LinkedHashMap<>();
    Map<String, List<String>> storedAliases = new LinkedHashMap<>();
    List<NameFinder.Found> found = new ArrayList<>(names.find(first, gazetteer));
    found.addAll(ParsedNames.find(first, found, gazetteer));
    for (ArticleAliases.Resolution r : aliases.resolve(found, storeEntities)) {
      if (r instanceof ArticleAliases.NewEntity n) {
        Entity entity = toEntity(n.found(), takenIds);
        if (entity != null) {
          added.put(entity.id(), entity);
        }
      } else if (r instanceof ArticleAliases.Stored s) {
        storedAliases.computeIfAbsent(s.entityId(), k -> new ArrayList<>()).add(s.alias());
      }
    }
    List<Entity> all = new ArrayList<>();
    for (Entity e : storeEntities) {
      all.add(storedAliases.containsKey(e.id()) ? withAliases(e, storedAliases.get(e.id())) : e);
    }
    all.addAll(added.values());
    EntityLexicon lexicon = new EntityLexicon(all, gazetteer);
    AnalyzedText article = pipeline(lexicon).analyze(text, TextFormat.TEXT, anchor);
    article.setParses(first.parses()); // the same text and sentences: parsed once
    List<EntityMention> mentions = new ArrayList<>(withoutTitlesOfNamedPeople(article));
    mentions.addAll(rolesOfNamedPeople(article, lexicon, mentions));
    mentions.addAll(describedBeforeNamed(article, mentions));
    mentions.addAll(pronounsOfSubjects(article, mentions));
    article.setEntities(mentions);

    List<Event> events = new ArrayList<>();
    List<String> readBy = new ArrayList<>();
    DateRange lastDate = null;
    List<Claim> dated = new ArrayList<>();
    List<Claim> claims = ClaimExtractor.forArticles(lexicon).extract(article);
    EntityLexicon readingLexicon = lexicon;
    RuleReader.NewNames newNames =
        (name, kind) -> {
          Entity entity =
              toEntity(
                  new NameFinder.Found(
                      name,
                      kind,
                      null,
                      List.of(),
                      kind == EntityKind.PERSON ? NameWords.surnameAlias(name) : List.of()),
                  takenIds);
          if (entity == null) {
            String id = EntityLexicon.slug(name);
            return added.containsKey(id) || readingLexicon.entity(id).isPresent() ? id : null;
          }
          added.put(entity.id(), entity);
          return entity.id();
        };
    RuleReader ruleReader = new RuleReader(rules, lexicon);
    List<RuleReader.RuleClaim> ruled = ruleReader.read(article, newNames);
    Map<Claim, String> ruleOf = new java.util.IdentityHashMap<>();
    ruled.forEach(r -> ruleOf.put(r.claim(), r.ruleId()));
    claims =
        withRuleClaims(
            claims.stream()
                .filter(
                    c ->
                        ruleReader.statesFact(article, c.trigger())
                            && !ruleReader.ruledOut(article, c))
                .toList(),
            ruled);
    for (Claim claim : claims) {
      DateRange told = anchoredDate(claim.date(), published);
      DateRange inferred =
          told == null ? dateOfUndated(article, claim, dated, lastDate, published) : null;
      lastDate = told != null ? told : inferred;
      if (told != null) {
        dated.add(claim);
      }
      List<String> places = new ArrayList<>();
      for (EntityMention place : claim.places()) {
        String id = placeId(article, place, takenIds, added);
        if (id != null && !places.contains(id)) {
          places.add(id);
        }
      }
      events.add(toEvent(documentId, article, claim, places, told, inferred));
      readBy.add(ruleOf.getOrDefault(claim, EXTRACTOR));
    }
    Map<String, Entity> completed = completedByTitles(article, mentions, storeEntities);
    if (!added.isEmpty() || !completed.isEmpty()) {
      List<Entity> afterReading = new ArrayList<>();
      storeEntities.forEach(e -> afterReading.add(completed.getOrDefault(e.id(), e)));
      afterReading.addAll(added.values());
      lexicon = new EntityLexicon(afterReading, gazetteer);
    }
    return new Reading(
        List.copyOf(added.values()), List.copyOf(completed.values()), events, lexicon, readBy);
  }

  /**
   * Stored people without a country or an office, which a title right before their name in this
   * article gives ("Japanese Prime Minister Fumio Kishida"), with it filled in.
   */
  private Map<String, Entity> completedByTitles(
      AnalyzedText article, List<EntityMention> mentions, List<Entity> storeEntities) {
    Map<String, Entity> stored = new HashMap<>();
    storeEntities.forEach(e -> stored.put(e.id(), e));
    Map<String, Entity> completed = new LinkedHashMap<>();
    for (EntityMention m : mentions) {
      if (m.kind() != EntityKind.PERSON
          || m.form() != EntityMention.Form.NAME
          || m.ids().size() != 1) {
        continue;
      }
      String id = m.ids().iterator().next();
      Entity known = completed.getOrDefault(id, stored.get(id));
      if (known == null || (known.country() != null && !known.roles().isEmpty())) {
        continue;
      }
      NameFinder.titleBefore(article.plain(), m.span().start(), gazetteer)
          .ifPresent(
              title -> {
                String country = known.country() != null ? known.country() : title.country();
                List<String> roles =
                    known.roles().isEmpty() && title.role() != null
                        ? List.of(title.role())
                        : known.roles();
                if (!java.util.Objects.equals(country, known.country())
                    || !roles.equals(known.roles())) {
                  completed.put(
                      id,
                      new Entity(
                          id,
                          known.kind(),
                          known.name(),
                          known.aliases(),
                          country,
                          roles,
                          known.partOf()));
                }
              });
    }
    return completed;
  }

  /**
   * A title right before a person's name is that person's ("his Tajik counterpart Emomali Rahmon"),
   * not whoever else holds such a title in the store.
   */
  private static List<EntityMention> withoutTitlesOfNamedPeople(AnalyzedText article) {
    List<EntityMention> mentions = article.entities();
    List<EntityMention> kept = new ArrayList<>();
    String plain = article.plain();
    for (EntityMention m : mentions) {
      boolean titleOfNext =
          m.form() == EntityMention.Form.TITLE
              && mentions.stream()
                  .anyMatch(
                      next ->
                          next.form() == EntityMention.Form.NAME
                              && next.kind() == EntityKind.PERSON
                              && next.span().start() > m.span().end()
                              && next.span().start() - m.span().end() <= 2
                              && plain.substring(m.span().end(), next.span().start()).isBlank());
      if (!titleOfNext) {
        kept.add(m);
      }
    }
    return kept;
  }

  /**
   * "The chancellor" and "the crown prince" are the one person the article has named so far with
   * that office; when two named people hold it, the one the sentence before or this one named last,
   * unless the same sentence named the other too.
   */
  private static List<EntityMention> rolesOfNamedPeople(
      AnalyzedText article, EntityLexicon lexicon, List<EntityMention> mentions) {
    List<EntityMention> added = new ArrayList<>();
    List<EntityMention> people =
        mentions.stream()
            .filter(m -> m.kind() == EntityKind.PERSON && m.form() != EntityMention.Form.ANAPHOR)
            .sorted(java.util.Comparator.comparingInt(m -> m.span().start()))
            .toList();
    Matcher m = THE_ROLE.matcher(article.plain());
    while (m.find()) {
      List<String> roles =
          m.group(2) == null
              ? List.of(m.group(1))
              : List.of(m.group(1) + " " + m.group(2), m.group(1));
      for (String role : roles) {
        Span span = new Span(m.start(), m.start(1) + role.length());
        if (mentions.stream().anyMatch(e -> e.span().overlaps(span))) {
          break;
        }
        Set<String> holders = holdersBefore(people, span, role, lexicon);
        if (!holders.isEmpty()) {
          if (holders.size() > 1) {
            holders = holderJustNamed(article, people, span, role, lexicon);
          }
          if (holders.size() == 1) {
            added.add(
                new EntityMention(
                    span,
                    Set.copyOf(holders),
                    EntityKind.PERSON,
                    EntityMention.Form.TITLE,
                    article.text(span)));
          }
          break;
        }
      }
    }
    return added;
  }

  /**
   * "Russia registered the world's first vaccine. The vaccine, dubbed Sputnik V, ...": the thing
   * described in the sentence before is the one the article goes on to name.
   */
  private static List<EntityMention> describedBeforeNamed(
      AnalyzedText article, List<EntityMention> mentions) {
    List<EntityMention> added = new ArrayList<>();
    String plain = article.plain();
    Matcher m = NameFinder.NAMED_THING.matcher(plain);
    while (m.find()) {
      Span nameSpan = new Span(m.start(2), m.end(2));
      EntityMention named =
          mentions.stream()
              .filter(e -> e.form() == EntityMention.Form.NAME && e.span().equals(nameSpan))
              .findFirst()
              .orElse(null);
      if (named == null) {
        continue;
      }
      Matcher described =
          Pattern.compile("\\b" + Pattern.quote(m.group(1)) + "\\b", Pattern.CASE_INSENSITIVE)
              .matcher(plain)
              .region(startOfSentenceBefore(article, m.start()), m.start());
      Span last = null;
      while (described.find()) {
        last = new Span(described.start(), described.end());
      }
      Span antecedent = last;
      if (antecedent != null && mentions.stream().noneMatch(e -> e.span().overlaps(antecedent))) {
        added.add(
            new EntityMention(
                antecedent,
                named.ids(),
                named.kind(),
                EntityMention.Form.TITLE,
                article.text(antecedent)));
      }
    }
    return added;
  }

  /**
   * "Anwar became prime minister in 2022. He last met Marcos in March 2023": a sentence opening
   * with "He" or "She" goes on about the person the sentence before opened with.
   */
  private static List<EntityMention> pronounsOfSubjects(
      AnalyzedText article, List<EntityMention> mentions) {
    List<EntityMention> added = new ArrayList<>();
    List<Sentence> sentences = article.sentences();
    for (int i = 1; i < sentences.size(); i++) {
      Span sentence = sentences.get(i).span();
      Matcher pronoun = SUBJECT_PRONOUN.matcher(article.text(sentence));
      if (!pronoun.lookingAt()) {
        continue;
      }
      Span before = sentences.get(i - 1).span();
      EntityMention subject =
          mentions.stream()
              .filter(m -> before.contains(m.span()))
              .min(java.util.Comparator.comparingInt(m -> m.span().start()))
              .orElse(null);
      if (subject != null
          && subject.kind() == EntityKind.PERSON
          && subject.form() != EntityMention.Form.ANAPHOR
          && subject.form() != EntityMention.Form.GROUP
          && subject.ids().size() == 1
          && TITLE_WORDS
              .matcher(article.text(new Span(before.start(), subject.span().start())))
              .matches()) {
        Span span = new Span(sentence.start(), sentence.start() + pronoun.end(1));
        added.add(
            new EntityMention(
                span,
                subject.ids(),
                EntityKind.PERSON,
                EntityMention.Form.TITLE,
                article.text(span)));
      }
    }
    return added;
  }

  private static int startOfSentenceBefore(AnalyzedText article, int offset) {
    int previous = 0;
    for (Sentence sentence : article.sentences()) {
      if (sentence.span().end() > offset) {
        return previous;
      }
      previous = sentence.span().start();
    }
    return previous;
  }

  private static Set<String> holderJustNamed(
      AnalyzedText article,
      List<EntityMention> people,
      Span span,
      String role,
      EntityLexicon lexicon) {
    EntityMention last = null;
    for (EntityMention person : people) {
      if (person.span().start() >= span.start()) {
        break;
      }
      if (!holdersBefore(List.of(person), span, role, lexicon).isEmpty()) {
        last = person;
      }
    }
    if (last == null) {
      return Set.of();
    }
    Span lastSentence = sentenceOf(article, last.span().start());
    if (startOfSentenceBefore(article, span.start()) > lastSentence.start()) {
      return Set.of(); // named too long ago to be the one meant
    }
    Set<String> inThatSentence =
        holdersBefore(
            people.stream().filter(p -> lastSentence.contains(p.span())).toList(),
            span,
            role,
            lexicon);
    return inThatSentence.size() == 1 ? inThatSentence : Set.of();
  }

  private static Span sentenceOf(AnalyzedText article, int offset) {
    for (Sentence sentence : article.sentences()) {
      if (sentence.span().end() > offset) {
        return sentence.span();
      }
    }
    return new Span(offset, offset);
  }

  private static Set<String> holdersBefore(
      List<EntityMention> people, Span span, String role, EntityLexicon lexicon) {
    Set<String> holders = new HashSet<>();
    for (EntityMention person : people) {
      if (person.span().start() >= span.start()) {
        break;
      }
      for (String id : person.ids()) {
        lexicon
            .entity(id)
            .filter(e -> e.roles().contains(role))
            .ifPresent(e -> holders.add(e.id()));
      }
    }
    return holders;
  }

  /**
   * The claims of the tuned extractor, with those the event rules read in sentences where it found
   * none, each placed after the extractor's claims of earlier sentences.
   */
  private static List<Claim> withRuleClaims(List<Claim> claims, List<RuleReader.RuleClaim> ruled) {
    List<Claim> all = new ArrayList<>(claims);
    for (RuleReader.RuleClaim r : ruled) {
      Claim claim = r.claim();
      boolean told = claims.stream().anyMatch(c -> c.sentence().equals(claim.sentence()));
      if (told) {
        continue;
      }
      int at = all.size();
      while (at > 0 && all.get(at - 1).sentence().index() > claim.sentence().index()) {
        at--;
      }
      all.add(at, claim);
    }
    return all;
  }

  /** A stored entity with the names this article also uses for it, for reading this article. */
  private static Entity withAliases(Entity e, List<String> more) {
    List<String> names = new ArrayList<>(e.aliases());
    more.stream().filter(a -> !names.contains(a) && !a.equals(e.name())).forEach(names::add);
    return new Entity(e.id(), e.kind(), e.name(), names, e.country(), e.roles(), e.partOf());
  }

  /** The first reading also parses the article (CoreNLP); the second reuses that parse. */
  private Pipeline parsingPipeline(EntityLexicon lexicon) {
    List<Stage> stages = new ArrayList<>(stages(lexicon));
    stages.add(new ParseStage());
    return new Pipeline(stages);
  }

  private Pipeline pipeline(EntityLexicon lexicon) {
    return new Pipeline(stages(lexicon));
  }

  private List<Stage> stages(EntityLexicon lexicon) {
    return List.of(
        new MarkupStage(),
        sentenceStage,
        tokenStage,
        new QuoteStage(),
        new DateStage(),
        new NumberStage(),
        new EntityStage(lexicon));
  }

  private static Entity toEntity(NameFinder.Found found, Set<String> takenIds) {
    String id = EntityLexicon.slug(found.name());
    if (id.isEmpty() || takenIds.contains(id)) {
      return null; // known under this very name already
    }
    takenIds.add(id);
    return new Entity(
        id, found.kind(), found.name(), found.aliases(), found.country(), found.roles(), null);
  }

  /**
   * The id of a place the claim names. A place no one knew ("in the resort town of Cholpon-Ata")
   * becomes a new place entity, inside the country the text names after it, if any.
   */
  private String placeId(
      AnalyzedText article, EntityMention place, Set<String> takenIds, Map<String, Entity> added) {
    if (place.form() != EntityMention.Form.UNKNOWN_NAME
        && place.form() != EntityMention.Form.PATTERN) {
      return place.ids().isEmpty() ? null : place.ids().iterator().next();
    }
    String name = NameFinder.trimName(place.text());
    String id = EntityLexicon.slug(name);
    if (name.isEmpty() || id.isEmpty()) {
      return null;
    }
    if (takenIds.contains(id)) {
      return id;
    }
    String after =
        article
            .plain()
            .substring(
                place.span().end(), Math.min(article.plain().length(), place.span().end() + 40));
    Matcher m = PLACE_COUNTRY.matcher(after);
    String country = null;
    if (m.find()) {
      country =
          gazetteer.countries().stream()
              .filter(c -> c.name().equals(m.group(1)) || c.aliases().contains(m.group(1)))
              .map(CountryGazetteer.Country::id)
              .findFirst()
              .orElse(null);
    }
    takenIds.add(id);
    added.put(id, new Entity(id, EntityKind.PLACE, name, List.of(), country, List.of(), country));
    return id;
  }

  /**
   * The date a claim's words give. "On Monday" or "on Oct. 10" in a story whose own date is unknown
   * would count from whatever date the text named last (a treaty of 1997, say): no date rather than
   * that.
   */
  private static DateRange anchoredDate(DateMention date, DateRange published) {
    if (date == null) {
      return null;
    }
    boolean relative =
        date.style() == DateMention.DateStyle.WEEKDAY
            || date.style() == DateMention.DateStyle.RELATIVE
            || (!date.yearStated() && date.style() != DateMention.DateStyle.YEAR);
    return relative && published == null ? null : date.value();
  }

  /**
   * The date of an event its sentence does not date. A sentence that points back ("at the meeting",
   * "on the same day", "later") shares the last date the article gave; a plain report in the simple
   * past is of the story's own date, as precisely as that is known ("The declaration was signed by
   * ..."); background ("had signed", "since", "last") stays undated. Either way the date stays
   * marked uncertain, so checks take no side on it.
   */
  private static DateRange dateOfUndated(
      AnalyzedText article,
      Claim claim,
      List<Claim> dated,
      DateRange lastDate,
      DateRange published) {
    for (int i = dated.size() - 1; i >= 0; i--) {
      Claim earlier = dated.get(i);
      if (earlier.type() == claim.type() && earlier.participants().equals(claim.participants())) {
        return earlier.date().value(); // "the shooting began at 4 p.m.": the clash told before
      }
    }
    String sentence = article.text(claim.sentence().span());
    if (REFERS_BACK.matcher(sentence).find()) {
      return lastDate;
    }
    int triggerEnd = claim.trigger().end() - claim.sentence().span().start();
    int clauseEnd = sentence.indexOf(',', triggerEnd);
    String clause = sentence.substring(0, clauseEnd < 0 ? sentence.length() : clauseEnd);
    boolean headline = !TERMINATED.matcher(sentence).find();
    if (published != null && !headline && !BACKGROUND.matcher(clause).find()) {
      return published;
    }
    return null;
  }

  private static Event toEvent(
      String documentId,
      AnalyzedText article,
      Claim claim,
      List<String> places,
      DateRange told,
      DateRange inferred) {
    Span sentence = article.toSource(claim.sentence().span());
    String quote = article.source().substring(sentence.start(), sentence.end());
    DateRange when = told != null ? told : inferred;
    List<String> uncertain = told == null ? List.of("date") : List.of();
    return new Event(
        0,
        claim.type(),
        List.copyOf(claim.participants()),
        claim.mode(),
        when,
        places,
        ClaimCounts.of(article, claim).stream().map(ClaimCounts.Counted::count).toList(),
        summary(quote),
        uncertain,
        null,
        0,
        List.of(new Provenance(documentId, sentence.start(), sentence.end(), quote)));
  }

  private static String summary(String quote) {
    String line = quote.replaceAll("\\s+", " ").strip();
    return line.length() <= SUMMARY_LENGTH ? line : line.substring(0, SUMMARY_LENGTH - 1) + "…";
  }
}
