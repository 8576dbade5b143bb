package io.factcheck.claim;

import io.factcheck.analysis.AnalyzedText;
import io.factcheck.analysis.DateMention;
import io.factcheck.analysis.EntityLexicon;
import io.factcheck.analysis.EntityMention;
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
 * Dated happenings an article tells beside its contacts, as {@code OTHER} events: "the dissolution
 * of the Soviet Union in 1991", "Malaysia's general election in November 2022", "Belize gained
 * independence ... on 21 September 1981", who took whose land ("when the Armenian military occupied
 * Nagorno-Karabakh") and whose work ended ("with its clinical trials being completed in
 * June-July"). Each needs whose it was and its date; article reading only, for {@link
 * ClaimExtractor#forArticles}.
 */
final class Happenings {

  /** Between "the dissolution of" and whose it was, and between that and its date. */
  private static final Pattern WHOSE_GAP = Pattern.compile("\\s+(?:the\\s+)?");

  /** Between a happening and its date: " in ", " from Britain on ". */
  private static final Pattern DATE_GAP =
      Pattern.compile(
          "\\s+(?:from\\s+(?:the\\s+)?\\p{Lu}[\\p{L}-]*(?:\\s+\\p{Lu}[\\p{L}-]*){0,3}\\s+)?"
              + "(?:in|on)\\s+(?:the\\s+)?");

  /** "Malaysia's " before a happening: group 0 starts where the name ends. */
  private static final Pattern POSSESSOR_END = Pattern.compile("['’]s\\s+$");

  /** "Belize " or "Estonia has " before its verb. */
  private static final Pattern SUBJECT_END = Pattern.compile("\\s+(?:has\\s+|had\\s+|have\\s+)?$");

  /** Whose work a verb tells: "its clinical trials being successfully", "Kenya's census was". */
  private static final Pattern WORK_OF =
      Pattern.compile(
          "\\b(its|their|\\p{Lu}[\\p{L}-]+['’]s)\\s+(?:\\p{Ll}[\\p{Ll}-]*\\s+){1,3}?"
              + "(?:was|were|being|been|had been|has been|have been)\\s+(?:\\p{Ll}+ly\\s+)?$");

  /** Where the clause of a verb starts: "... since 1991 when the Armenian military occupied". */
  private static final Pattern CLAUSE_START =
      Pattern.compile("[,;]|\\b(?:when|after|before|since|while|where)\\b");

  /** A place's appositive that says whose it is. */
  private static final Pattern PART_OF = Pattern.compile("^,[^.;]{0,90}\\bpart of (?:the\\s+)?$");

  private final ClaimExtractor extractor;
  private final EntityLexicon lexicon;

  Happenings(ClaimExtractor extractor, EntityLexicon lexicon) {
    this.extractor = extractor;
    this.lexicon = lexicon;
  }

  /** An {@code OTHER} event, read as its kind of trigger tells. */
  Claim read(
      Trigger trigger,
      AnalyzedText text,
      Sentence sentence,
      Span span,
      List<EntityMention> mentions) {
    if (trigger == Trigger.NAMED_HAPPENING) {
      return namedHappening(text, sentence, span, mentions);
    } else if (trigger == Trigger.SEIZURE) {
      return seizure(text, sentence, span, mentions);
    } else if (trigger == Trigger.COMPLETION) {
      return completion(text, sentence, span, mentions);
    }
    // "Malaysia's general election in November 2022", "Belize gained independence ... in 1981":
    // the name right before, its date right after.
    String before = text.plain().substring(sentence.span().start(), span.start());
    Matcher owner = (trigger == Trigger.INDEPENDENCE ? SUBJECT_END : POSSESSOR_END).matcher(before);
    if (!owner.find()) {
      return null;
    }
    int end = sentence.span().start() + owner.start();
    EntityMention whose =
        mentions.stream()
            .filter(
                m ->
                    m.span().end() == end
                        && m.kind() != EntityKind.PLACE
                        && m.form() == EntityMention.Form.NAME)
            .findFirst()
            .orElse(null);
    DateMention date = whose == null ? null : dateRightAfter(text, sentence, span);
    return date == null ? null : happened(sentence, span, whose, date);
  }

  /**
   * "the dissolution of the Soviet Union in 1991": a happening, when the name of whose it was comes
   * right after the words that name it, and its date right after that name.
   */
  private static Claim namedHappening(
      AnalyzedText text, Sentence sentence, Span trigger, List<EntityMention> mentions) {
    String plain = text.plain();
    for (EntityMention whose : mentions) {
      if (whose.span().start() < trigger.end()
          || whose.form() != EntityMention.Form.NAME
          || whose.kind() == EntityKind.PLACE
          || !WHOSE_GAP.matcher(plain.substring(trigger.end(), whose.span().start())).matches()) {
        continue;
      }
      DateMention date = dateRightAfter(text, sentence, whose.span());
      return date == null ? null : happened(sentence, trigger, whose, date);
    }
    return null;
  }

  /**
   * "since 1991 when the Armenian military occupied Nagorno-Karabakh, a territory internationally
   * recognised as part of Azerbaijan": the side that took land, named or by demonym in the verb's
   * clause, and the country whose land it was; kept only with its date.
   */
  private Claim seizure(
      AnalyzedText text, Sentence sentence, Span verb, List<EntityMention> mentions) {
    DateMention date = ClaimExtractor.nearestDate(text, sentence, verb);
    if (date == null || date.value() == null) {
      return null;
    }
    String plain = text.plain();
    int clauseStart = sentence.span().start();
    Matcher boundary = CLAUSE_START.matcher(plain).region(clauseStart, verb.start());
    while (boundary.find()) {
      clauseStart = boundary.end();
    }
    Span clause = new Span(clauseStart, verb.start());
    Set<String> participants = new LinkedHashSet<>();
    List<EntityMention> participantMentions = new ArrayList<>();
    for (EntityMention m : mentions) {
      if (clause.contains(m.span())
          && m.kind() == EntityKind.COUNTRY
          && !ClaimExtractor.describesSomethingElse(text, m)) {
        participants.addAll(m.ids());
        participantMentions.add(m);
      }
    }
    if (participants.isEmpty()) {
      participants.addAll(extractor.demonymCountries(text, clause, mentions));
    }
    if (participants.isEmpty()) {
      return null;
    }
    EntityMention taken =
        mentions.stream()
            .filter(m -> m.span().start() >= verb.end())
            .min(java.util.Comparator.comparingInt(m -> m.span().start()))
            .orElse(null);
    EntityMention place = null;
    if (taken != null && taken.kind() == EntityKind.COUNTRY) {
      participants.addAll(taken.ids());
      participantMentions.add(taken);
    } else if (taken != null && taken.kind() == EntityKind.PLACE) {
      place = taken;
      String country =
          lexicon.entity(taken.ids().iterator().next()).map(e -> e.country()).orElse(null);
      if (country != null) {
        participants.add(country);
      } else {
        // "Nagorno-Karabakh, a territory internationally recognized as part of Azerbaijan"
        for (EntityMention m : mentions) {
          if (m.span().start() > taken.span().end()
              && m.kind() == EntityKind.COUNTRY
              && PART_OF.matcher(plain.substring(taken.span().end(), m.span().start())).find()) {
            participants.addAll(m.ids());
            participantMentions.add(m);
            break;
          }
        }
      }
    }
    return new Claim(
        sentence,
        EventType.OTHER,
        null,
        verb,
        participants,
        participantMentions,
        date,
        place,
        place == null ? List.of() : List.of(place),
        false,
        Set.of());
  }

  /**
   * "Sputnik V was developed by the Gamaleya Center, with its clinical trials being completed in
   * June-July": whose work ended or began (a possessive name, or "its" and "their" for the name the
   * sentence opens with) and when, the date right after the verb.
   */
  private static Claim completion(
      AnalyzedText text, Sentence sentence, Span verb, List<EntityMention> mentions) {
    int start = sentence.span().start();
    Matcher work = WORK_OF.matcher(text.plain().substring(start, verb.start()));
    if (!work.find()) {
      return null;
    }
    Span possessor = new Span(start + work.start(1), start + work.end(1));
    boolean pronoun = Character.isLowerCase(work.group(1).charAt(0));
    EntityMention owner =
        mentions.stream()
            .filter(
                m ->
                    pronoun
                        ? m.span().end() <= possessor.start()
                            && m.form() == EntityMention.Form.NAME
                            && m.kind() != EntityKind.PLACE
                        : possessor.contains(m.span()))
            .min(java.util.Comparator.comparingInt(m -> m.span().start()))
            .orElse(null);
    DateMention date = dateRightAfter(text, sentence, verb);
    if (owner == null || date == null) {
      return null;
    }
    return happened(sentence, verb, owner, date);
  }

  /** "in 1991", "on May 2": a past date told right after {@code span}. */
  private static DateMention dateRightAfter(AnalyzedText text, Sentence sentence, Span span) {
    String plain = text.plain();
    for (DateMention date : text.within(text.dates(), sentence.span())) {
      if (date.span().start() >= span.end()
          && DATE_GAP.matcher(plain.substring(span.end(), date.span().start())).matches()
          && !date.future()
          && date.value() != null) {
        return date;
      }
    }
    return null;
  }

  /** Whose happening it was, told at {@code trigger}, on {@code date}. */
  private static Claim happened(
      Sentence sentence, Span trigger, EntityMention whose, DateMention date) {
    return new Claim(
        sentence,
        EventType.OTHER,
        null,
        trigger,
        new LinkedHashSet<>(whose.ids()),
        List.of(whose),
        date,
        null,
        List.of(),
        false,
        Set.of());
  }
}
