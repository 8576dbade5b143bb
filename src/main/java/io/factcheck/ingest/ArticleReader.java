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
import io.factcheck.analysis.NumberMention;
import io.factcheck.analysis.NumberStage;
import io.factcheck.analysis.Pipeline;
import io.factcheck.analysis.QuoteStage;
import io.factcheck.analysis.SentenceStage;
import io.factcheck.analysis.Span;
import io.factcheck.analysis.TextFormat;
import io.factcheck.analysis.TokenStage;
import io.factcheck.claim.Claim;
import io.factcheck.claim.ClaimExtractor;
import io.factcheck.store.model.DateRange;
import io.factcheck.store.model.Entity;
import io.factcheck.store.model.EntityKind;
import io.factcheck.store.model.Event;
import io.factcheck.store.model.EventCount;
import io.factcheck.store.model.Provenance;
import java.util.ArrayList;
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
  private static final Pattern CASUALTY =
      Pattern.compile(
          "^[\\p{L}\\s,-]{0,30}?\\b(killed|dead|died|wounded|injured|detained|arrested|missing"
              + "|evacuated|displaced)\\b");
  private static final Pattern PLACE_COUNTRY =
      Pattern.compile("^,\\s+(\\p{Lu}[\\p{L} -]+?)\\b[,.;]");

  private final SentenceStage sentenceStage;
  private final TokenStage tokenStage = new TokenStage();
  private final NameFinder names;
  private final CountryGazetteer gazetteer;

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
   * @param events proposed events (id 0, no status), each with one source in the article
   * @param lexicon every name known while reading, for comparing places
   */
  public record Reading(List<Entity> newEntities, List<Event> events, EntityLexicon lexicon) {}

  public Reading read(
      String documentId, String text, DateRange published, List<Entity> storeEntities) {
    DateAnchor anchor = new DateAnchor(published);
    EntityLexicon known = new EntityLexicon(storeEntities, gazetteer);
    AnalyzedText first = pipeline(known).analyze(text, TextFormat.TEXT, anchor);

    Set<String> takenIds = new HashSet<>();
    storeEntities.forEach(e -> takenIds.add(e.id()));
    Map<String, Entity> added = new LinkedHashMap<>();
    for (NameFinder.Found found : names.find(first, gazetteer)) {
      Entity entity = toEntity(found, takenIds);
      if (entity != null) {
        added.put(entity.id(), entity);
      }
    }
    List<Entity> all = new ArrayList<>(storeEntities);
    all.addAll(added.values());
    EntityLexicon lexicon = new EntityLexicon(all, gazetteer);
    AnalyzedText article = pipeline(lexicon).analyze(text, TextFormat.TEXT, anchor);

    List<Event> events = new ArrayList<>();
    for (Claim claim : new ClaimExtractor(lexicon).extract(article)) {
      List<String> places = new ArrayList<>();
      for (EntityMention place : claim.places()) {
        String id = placeId(article, place, takenIds, added);
        if (id != null && !places.contains(id)) {
          places.add(id);
        }
      }
      events.add(toEvent(documentId, article, claim, places));
    }
    if (!added.isEmpty()) {
      all = new ArrayList<>(storeEntities);
      all.addAll(added.values());
      lexicon = new EntityLexicon(all, gazetteer);
    }
    return new Reading(List.copyOf(added.values()), events, lexicon);
  }

  private Pipeline pipeline(EntityLexicon lexicon) {
    return new Pipeline(
        List.of(
            new MarkupStage(),
            sentenceStage,
            tokenStage,
            new QuoteStage(),
            new DateStage(),
            new NumberStage(),
            new EntityStage(lexicon)));
  }

  private static Entity toEntity(NameFinder.Found found, Set<String> takenIds) {
    String id = EntityLexicon.slug(found.name());
    if (id.isEmpty() || takenIds.contains(id)) {
      return null; // known under this very name already
    }
    takenIds.add(id);
    return new Entity(
        id,
        found.kind(),
        found.name(),
        found.aliases(),
        found.country(),
        found.role() == null ? List.of() : List.of(found.role()),
        null);
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

  private static Event toEvent(
      String documentId, AnalyzedText article, Claim claim, List<String> places) {
    Span sentence = article.toSource(claim.sentence().span());
    String quote = article.source().substring(sentence.start(), sentence.end());
    DateMention date = claim.date();
    DateRange when = date == null ? null : date.value();
    List<String> uncertain = when == null ? List.of("date") : List.of();
    return new Event(
        0,
        claim.type(),
        List.copyOf(claim.participants()),
        claim.mode(),
        when,
        places,
        counts(article, claim),
        summary(quote),
        uncertain,
        null,
        0,
        List.of(new Provenance(documentId, sentence.start(), sentence.end(), quote)));
  }

  /** Numbers of the claim's sentence that count something: "13 people killed", "44-day war". */
  private static List<EventCount> counts(AnalyzedText article, Claim claim) {
    List<EventCount> counts = new ArrayList<>();
    List<DateMention> dates = article.within(article.dates(), claim.sentence().span());
    for (NumberMention number : article.within(article.numbers(), claim.sentence().span())) {
      if (number.unit().isEmpty()
          || article.isQuoted(number.span())
          || dates.stream().anyMatch(d -> d.span().overlaps(number.span()))) {
        continue;
      }
      String plain = article.plain();
      String after =
          plain.substring(number.span().end(), Math.min(plain.length(), number.span().end() + 45));
      Matcher casualty = CASUALTY.matcher(after);
      String what = casualty.find() ? number.unit() + " " + casualty.group(1) : number.unit();
      counts.add(new EventCount(what, number.value(), number.ordinal()));
    }
    return counts;
  }

  private static String summary(String quote) {
    String line = quote.replaceAll("\\s+", " ").strip();
    return line.length() <= SUMMARY_LENGTH ? line : line.substring(0, SUMMARY_LENGTH - 1) + "…";
  }
}
