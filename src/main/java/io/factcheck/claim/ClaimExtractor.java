package io.factcheck.claim;

import io.factcheck.analysis.AnalyzedText;
import io.factcheck.analysis.DateMention;
import io.factcheck.analysis.EntityLexicon;
import io.factcheck.analysis.EntityMention;
import io.factcheck.analysis.Layer;
import io.factcheck.analysis.Sentence;
import io.factcheck.analysis.Span;
import io.factcheck.store.model.EntityKind;
import io.factcheck.store.model.EventType;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads event claims from an analysed draft: for each sentence that states an event as fact (not
 * quoted, not hedged, not in the future), what kind of event, who took part, when and where.
 */
public final class ClaimExtractor {

  static final Set<Layer> REQUIRES =
      Set.of(Layer.SENTENCES, Layer.QUOTES, Layer.DATES, Layer.ENTITIES);

  /** Words that make a statement a plan, a possibility or a denial rather than a fact. */
  private static final Pattern HEDGE =
      Pattern.compile(
          "\\b(?:will|would|could|might|may|shall|expected to|expects to|plans? to|planned to|intends? to"
              + "|is to|are to|due to|scheduled to|hopes? to|if|whether|not|never|didn't|won't|no)\\b");

  private static final Pattern LOCATIVE =
      Pattern.compile(
          "(?:\\b(?:in|at|near|to)\\s+(?:the\\s+)?|\\b(?:city|resort|town|port|village|capital) of\\s+)$");
  private static final Pattern UNKNOWN_PLACE =
      Pattern.compile(
          "\\b(?:in|at)\\s+(?:the\\s+)?(\\p{Lu}[\\p{L}'’-]+(?:\\.?\\s+\\p{Lu}[\\p{L}'’-]+){0,3})");
  private static final Pattern CAPITALISED = Pattern.compile("\\b[A-Z][\\p{L}]+\\b");

  /** "MOSCOW, October 2. /TASS/", "Paris, 26 October 2022 (dpa):" */
  private static final Pattern DATELINE_BEFORE =
      Pattern.compile("(?:^|\\n)[A-Z][\\p{L} .'’-]{1,40},\\s*$");

  private static final Pattern DATELINE_AFTER = Pattern.compile("^\\.?\\s*(?:\\(|/|:|—|–)");

  private final EntityLexicon lexicon;

  public ClaimExtractor(EntityLexicon lexicon) {
    this.lexicon = lexicon;
  }

  public List<Claim> extract(AnalyzedText text) {
    for (Layer layer : REQUIRES) {
      if (!text.has(layer)) {
        throw new IllegalStateException("claim extraction needs " + layer);
      }
    }
    List<Claim> claims = new ArrayList<>();
    Set<String> lastPeople = Set.of();
    for (Sentence sentence : text.sentences()) {
      String s = text.text(sentence.span());
      List<EntityMention> mentions = new ArrayList<>();
      for (EntityMention m : text.within(text.entities(), sentence.span())) {
        if (!text.isQuoted(m.span())) {
          mentions.add(m);
        }
      }
      Set<String> people = ids(mentions, EntityKind.PERSON);
      Claim claim = claimIn(text, sentence, s, mentions, people, lastPeople);
      if (claim != null) {
        claims.add(claim);
      }
      if (people.size() >= 2) {
        lastPeople = people;
      }
    }
    return claims;
  }

  private Claim claimIn(
      AnalyzedText text,
      Sentence sentence,
      String s,
      List<EntityMention> mentions,
      Set<String> people,
      Set<String> lastPeople) {
    for (Trigger trigger : Trigger.ALL) {
      Matcher m = trigger.pattern().matcher(s);
      while (m.find()) {
        Span span =
            new Span(sentence.span().start() + m.start(), sentence.span().start() + m.end());
        if (text.isQuoted(span)
            || HEDGE.matcher(s.substring(0, m.start())).find()
            || HEDGE.matcher(s.substring(m.start(), m.end())).find()) {
          continue;
        }
        Claim claim = build(text, sentence, s, trigger, span, mentions, people, lastPeople);
        if (claim != null) {
          return claim;
        }
      }
    }
    return null;
  }

  private Claim build(
      AnalyzedText text,
      Sentence sentence,
      String s,
      Trigger trigger,
      Span triggerSpan,
      List<EntityMention> mentions,
      Set<String> people,
      Set<String> lastPeople) {
    EventType type = trigger.type();
    Set<String> participants = new LinkedHashSet<>();
    List<EntityMention> participantMentions = new ArrayList<>();
    EntityMention place = null;
    List<EntityMention> places = new ArrayList<>();
    for (EntityMention m : mentions) {
      boolean locative =
          LOCATIVE
              .matcher(text.plain().substring(Math.max(0, m.span().start() - 12), m.span().start()))
              .find();
      if (m.kind() == EntityKind.PLACE
          || (m.kind() == EntityKind.COUNTRY && locative && isContactType(type))) {
        if (locative) {
          places.add(m);
          place = place == null ? m : place;
        } else if (!locative && !isContactType(type)) {
          // A capital standing for its country ("Moscow promised help to Yerevan").
          lexicon
              .entity(m.ids().iterator().next())
              .map(e -> e.country())
              .ifPresent(
                  c -> {
                    participants.add(c);
                    participantMentions.add(m);
                  });
        }
        continue;
      }
      if (m.form() == EntityMention.Form.ANAPHOR) {
        // "the two leaders" are the people last named together; "the two countries" are not.
        boolean namesPeople = !m.text().matches("(?i).*\\b(?:countries|sides)\\b.*");
        if (namesPeople && people.size() < 2 && !lastPeople.isEmpty()) {
          participants.addAll(lastPeople);
          participantMentions.add(m);
        }
        continue;
      }
      if (wanted(type, m.kind())) {
        participants.addAll(m.ids());
        participantMentions.add(m);
      }
    }
    if (place == null) {
      place = unknownPlace(text, sentence, mentions);
      if (place != null) {
        places.add(place);
      }
    }
    if (!enoughParticipants(type, participants, place)) {
      return null;
    }
    DateMention date = nearestDate(text, sentence, triggerSpan);
    Set<String> objectWords = new LinkedHashSet<>();
    if (type == EventType.ATTENDANCE || type == EventType.REGISTRATION) {
      Matcher caps = CAPITALISED.matcher(s.substring(triggerSpan.end() - sentence.span().start()));
      while (caps.find()) {
        objectWords.add(caps.group().toLowerCase(java.util.Locale.ROOT));
      }
    }
    return new Claim(
        sentence,
        type,
        trigger.mode(),
        triggerSpan,
        participants,
        participantMentions,
        date,
        place,
        places,
        trigger.outbreak(),
        objectWords);
  }

  /**
   * A name after "in" or "at" that no stage recognised: the claim has a place the store cannot
   * judge, so it must not be confirmed as if it had none.
   */
  private static EntityMention unknownPlace(
      AnalyzedText text, Sentence sentence, List<EntityMention> mentions) {
    Matcher m =
        UNKNOWN_PLACE.matcher(text.plain()).region(sentence.span().start(), sentence.span().end());
    while (m.find()) {
      Span span = new Span(m.start(1), m.end(1));
      boolean known =
          mentions.stream().anyMatch(e -> e.span().overlaps(span))
              || text.within(text.dates(), sentence.span()).stream()
                  .anyMatch(d -> d.span().overlaps(span));
      if (!known && !text.isQuoted(span)) {
        return new EntityMention(
            span,
            Set.of("unknown:" + m.group(1)),
            EntityKind.PLACE,
            EntityMention.Form.UNKNOWN_NAME,
            m.group(1));
      }
    }
    return null;
  }

  private static boolean isContactType(EventType type) {
    return type == EventType.MEETING || type == EventType.PHONE_CALL || type == EventType.TELEGRAM;
  }

  private static boolean wanted(EventType type, EntityKind kind) {
    return switch (type) {
      case MEETING, PHONE_CALL, TELEGRAM, VISIT, ATTENDANCE -> kind == EntityKind.PERSON;
      case CLASH, SIGNING, AGREEMENT ->
          kind == EntityKind.COUNTRY || kind == EntityKind.ORGANISATION;
      default -> kind != EntityKind.PLACE;
    };
  }

  private static boolean enoughParticipants(
      EventType type, Set<String> participants, EntityMention place) {
    return switch (type) {
      case MEETING, PHONE_CALL, TELEGRAM, VISIT -> participants.size() >= 2;
      case CLASH -> participants.size() >= 2 || place != null;
      default -> !participants.isEmpty();
    };
  }

  /** The date the claim is about: in its sentence, nearest the trigger, not a future one. */
  private static DateMention nearestDate(AnalyzedText text, Sentence sentence, Span trigger) {
    DateMention best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (DateMention date : text.within(text.dates(), sentence.span())) {
      if (date.future() || text.isQuoted(date.span()) || isDateline(text, date)) {
        continue;
      }
      int distance =
          date.span().start() >= trigger.end()
              ? date.span().start() - trigger.end()
              : trigger.start() - date.span().end();
      // Exact days say more than years; prefer them when both are present.
      if (date.value() == null || !date.value().isExactDay()) {
        distance += 1000;
      }
      if (distance < bestDistance) {
        best = date;
        bestDistance = distance;
      }
    }
    return best;
  }

  /** A dateline gives when the story was filed, not when its events happened. */
  static boolean isDateline(AnalyzedText text, DateMention date) {
    String plain = text.plain();
    // A dateline opens its line: look back no further than a place name could reach.
    int from = Math.max(0, date.span().start() - 60);
    int lineStart = plain.lastIndexOf('\n', date.span().start() - 1);
    if (lineStart < from - 1) {
      if (from > 0) {
        return false;
      }
      lineStart = -1;
    }
    String before = plain.substring(lineStart + 1, date.span().start());
    String after =
        plain.substring(date.span().end(), Math.min(plain.length(), date.span().end() + 4));
    return DATELINE_BEFORE.matcher(before).find() && DATELINE_AFTER.matcher(after).find();
  }

  static Set<String> ids(List<EntityMention> mentions, EntityKind kind) {
    Set<String> ids = new LinkedHashSet<>();
    for (EntityMention m : mentions) {
      if (m.kind() == kind && m.form() != EntityMention.Form.ANAPHOR) {
        ids.addAll(m.ids());
      }
    }
    return ids;
  }
}
