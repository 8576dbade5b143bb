package io.factcheck.claim;

import io.factcheck.analysis.AnalyzedText;
import io.factcheck.analysis.DateMention;
import io.factcheck.analysis.EntityLexicon;
import io.factcheck.analysis.EntityMention;
import io.factcheck.analysis.Layer;
import io.factcheck.analysis.NumberWords;
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

  /**
   * "in Isfana", "at Camp David", "in the resort town of Cholpon-Ata", "in the Saudi city of
   * AlUla".
   */
  private static final Pattern UNKNOWN_PLACE =
      Pattern.compile(
          "\\b(?:in|at)\\s+(?:the\\s+)?(?:(?:[\\p{L}-]+\\s+){0,2}?(?:city|resort|town|port|village|capital)"
              + " of\\s+)?(\\p{Lu}[\\p{L}'’-]+(?:\\.?\\s+\\p{Lu}[\\p{L}'’-]+){0,3})");

  private static final Pattern REGION_BEFORE =
      Pattern.compile("\\b(?:region|province|republic|territory|enclave|exclave)\\s+of\\s+$");

  private static final Pattern ACRONYM = Pattern.compile("\\p{Lu}{2,}");
  private static final Pattern CAPITALISED = Pattern.compile("\\b[A-Z][\\p{L}]+\\b");

  /** "MOSCOW, October 2. /TASS/", "Paris, 26 October 2022 (dpa):" */
  private static final Pattern DATELINE_BEFORE =
      Pattern.compile("(?:^|\\n)[A-Z][\\p{L} .'’-]{1,40},\\s*$");

  private static final Pattern DATELINE_AFTER = Pattern.compile("^\\.?\\s*(?:\\(|/|:|—|–)");

  /**
   * What puts an article's event into someone's mouth or into the future: "Kishida told Yoon that
   * ... visit", "invited him to pay a visit", "agreed to push for a summit", "is considering
   * visiting". A plain "agreed to a ceasefire in a phone call" is still the paper's own fact.
   */
  private static final Pattern ARTICLE_HEDGE =
      Pattern.compile(
          "\\b(?:told|tells|said|says|added|stressed|noted|claimed|accused)\\b(?:\\s+\\S+){0,4}?\\s+that\\b"
              // "denied a report in a Manila newspaper that ..."
              + "|\\b(?:denied|denies|rejected|dismissed)\\b(?:\\s+\\S+){0,8}?\\s+that\\b"
              + "|\\b(?:agreed|agree|agrees|invited|invites|offered|proposed|decided|plans?|planned"
              + "|hopes?|wants?|wanted|aims?|seeks?|urged|asked)\\b(?:\\s+\\S+){0,3}?\\s+to\\s+"
              + "(?!a\\b|an\\b|the\\b|\\p{Lu})\\p{L}+"
              + "|\\b(?:considering|pushing for|push for|proposal|invitation)\\b");

  /**
   * What makes contact a habit rather than an event: "maintains regular contact with Pashinyan by
   * phone", "are keeping in touch regularly by phone".
   */
  private static final Pattern HABITUAL =
      Pattern.compile(
          "\\b(?:regular|regularly|frequent|frequently|often|routinely|usually|constantly"
              + "|maintains?|maintaining|keep(?:s|ing)? in touch)\\b");

  /** What a date before it also dates: ", when he attended". */
  private static final Pattern WHEN_CLAUSE = Pattern.compile(",?\\s+when\\b[^,.;]*");

  /** Fighting named as what something is for: "a centre to control the ceasefire and all". */
  private static final Pattern PURPOSE =
      Pattern.compile(
          "\\bto\\s+(?:control|monitor|end|stop|prevent|halt|observe|investigate|resolve|settle)"
              + "(?:\\s+[\\p{L}-]+){0,5}\\s+$");

  /** "the eight countries", "both nations": the countries last named together, if that many. */
  static final Pattern COUNTRIES_AGAIN =
      Pattern.compile(
          "\\b(?:[Tt]he (two|three|four|five|six|seven|eight|nine|ten|\\d+)|[Bb]oth) (?:\\p{L}+ ){0,2}?"
              + "(?:countries|nations|states|neighbours|neighbors|governments|sides|ministries|delegations)\\b");

  /** A gathering where something happened, named by whose it was: "at the first summit of". */
  private static final Pattern AT_GATHERING_OF =
      Pattern.compile(
          "\\bat (?:the|a|an|its|their) (?:[\\p{L}\\d-]+ ){0,3}?(?:summit|meeting|session|conference"
              + "|forum|congress) of (?:the )?$");

  /** "which the eight countries signed": the countries told before, as the verb's subject. */
  private static final Pattern SUBJECT_COUNTRIES_AGAIN =
      Pattern.compile(COUNTRIES_AGAIN.pattern() + "\\s+(?:have\\s+|had\\s+)?$");

  /** A closing attribution: ", the State Committee for National Security of Kyrgyzstan said." */
  private static final Pattern ATTRIBUTION =
      Pattern.compile(
          ",\\s+(?:[^,]{0,120}?)\\b(?:said|says|reported|added|told \\p{L}+|announced|stated)"
              + "(?:\\s+(?:on|in|late|later|after)\\b[^,]*)?\\.?\\s*$");

  /** An opening attribution: "According to the country's Defence Ministry, ...". */
  private static final Pattern OPENING_ATTRIBUTION = Pattern.compile("According to [^,]{1,80},");

  /** "It was their first call since they met in May": the event told is the one after "since". */
  private static final Pattern RECAP =
      Pattern.compile(
          "^(?:It|This|That) (?:was|is) (?:the|their|his|her)\\b.*?\\b(?:since|after)\\b");

  /** A wire dateline's city in capitals: "BELEM, Brazil, Aug 8 (Reuters)" names no participant. */
  private static final Pattern DATELINE_CITY = Pattern.compile("^\\p{Lu}{2}[\\p{Lu} .'’-]*,\\s*$");

  private static final Pattern DATE_LIST_JOINT =
      Pattern.compile(
          "\\s*(?:,|,?\\s+and)\\s+(?:in\\s+|on\\s+)?(?:the\\s+)?(?:this\\s+past\\s+|last\\s+)?");

  private static final Pattern POSSESSIVE = Pattern.compile("['’]s\\b");

  private static final Pattern POSSESSIVE_LOWER = Pattern.compile("['’]s\\s+\\p{Ll}");

  /** A later participle and its agent: "imposed on Qatar by". */
  private static final Pattern AGENT_OF_PARTICIPLE =
      Pattern.compile("\\b\\p{Ll}+ed(?:\\s+[\\p{L}-]+){0,3}?\\s+by\\b");

  private static final Pattern SIMILAR = Pattern.compile("(?i)\\bsimilar\\b");

  private static final Pattern SENT = Pattern.compile("(?i)sen[dt]|exchanged");

  private static final Pattern CAPITALISED_PART = Pattern.compile("\\p{Lu}\\p{L}+");

  /** Between a statement's verb and its day: "said Wednesday", "announced on Saturday". */
  private static final Pattern DAY_AFTER_VERB = Pattern.compile("\\s+(?:on\\s+)?");

  private static final Pattern THAT_AFTER_DAY = Pattern.compile(",?\\s+that\\b");

  /** "Qatari-brokered", "US-mediated". */
  private static final Pattern BROKER =
      Pattern.compile("\\b(\\p{Lu}\\p{L}+)-(?:brokered|mediated|sponsored)\\b");

  /** The signature line under an embedded post: "— Defence Desk (@defence_desk) ". */
  private static final Pattern POST_SIGNATURE =
      Pattern.compile("[—–-]\\s*[^\\n(]{1,80}\\(@\\w+\\)\\s*");

  /** Lines of an embedded post with no words of its own: links, pictures, symbols. */
  private static final Pattern LINKS_ONLY =
      Pattern.compile("(?:\\s|https?://\\S++|pic\\.twitter\\.com/\\S++|[^\\p{L}\\p{N}\\s])*+");

  private final EntityLexicon lexicon;
  private final boolean article;
  private final List<Trigger> triggers;
  private final NamedAgreements agreements;
  private final Happenings happenings;

  public ClaimExtractor(EntityLexicon lexicon) {
    this(lexicon, false);
  }

  private ClaimExtractor(EntityLexicon lexicon, boolean article) {
    this.lexicon = lexicon;
    this.article = article;
    this.triggers = article ? Trigger.ARTICLE : Trigger.ALL;
    this.agreements = new NamedAgreements(this, lexicon);
    this.happenings = new Happenings(this, lexicon);
  }

  /**
   * Claim extraction for news articles read into the store, which a curator reviews before any
   * check uses them: a wider vocabulary (fire exchanged, visits paid, cables sent), several events
   * in one sentence ("they met to discuss the border, where clashes in April claimed 55 lives"),
   * sides named by demonym ("Kyrgyz and Tajik forces"), "the two countries" for the countries last
   * named together, fighting told without its sides taking those of the article's last clash,
   * agreements named as made ("the 1984 treaty between the two countries"), statements made on a
   * stated day ("Boric said Thursday that ...") and dates under embedded posts.
   */
  public static ClaimExtractor forArticles(EntityLexicon lexicon) {
    return new ClaimExtractor(lexicon, true);
  }

  /** What earlier sentences of an article leave for later ones to refer to. */
  private static final class Context {
    Set<String> lastPeople = Set.of();
    Set<String> lastCountries = Set.of();
    Set<String> lastClash = Set.of();
    Set<String> lastRecipients = Set.of();
  }

  public List<Claim> extract(AnalyzedText text) {
    for (Layer layer : REQUIRES) {
      if (!text.has(layer)) {
        throw new IllegalStateException("claim extraction needs " + layer);
      }
    }
    List<Claim> claims = new ArrayList<>();
    Context context = new Context();
    for (Sentence sentence : text.sentences()) {
      String s = text.text(sentence.span());
      List<EntityMention> mentions = new ArrayList<>();
      for (EntityMention m : text.within(text.entities(), sentence.span())) {
        if (!text.isQuoted(m.span()) && !(article && inDateline(text, m))) {
          mentions.add(m);
        }
      }
      Set<String> people = ids(mentions, EntityKind.PERSON);
      if (article) {
        List<Claim> found = claimsIn(text, sentence, s, mentions, people, context);
        claims.addAll(found);
        for (Claim claim : found) {
          if (claim.type() == EventType.CLASH && claim.participants().size() >= 2) {
            context.lastClash = claim.participants();
          }
          if (claim.type() == EventType.TELEGRAM) {
            context.lastRecipients = recipients(claim);
          }
        }
        Set<String> countries = countriesNamed(text, sentence, mentions);
        if (countries.size() >= 2) {
          context.lastCountries = countries;
        }
      } else {
        Claim claim = claimIn(text, sentence, s, mentions, people, context.lastPeople);
        if (claim != null) {
          claims.add(claim);
        }
      }
      if (people.size() >= 2) {
        context.lastPeople = people;
      }
    }
    return claims;
  }

  /**
   * The claims of one article sentence: the first kind of event found, then other kinds at other
   * words. One contact (meeting, call, message, visit) at most; a summit named beside another event
   * is where that happened, not a meeting of its own.
   */
  private List<Claim> claimsIn(
      AnalyzedText text,
      Sentence sentence,
      String s,
      List<EntityMention> mentions,
      Set<String> people,
      Context context) {
    Matcher attribution = ATTRIBUTION.matcher(s);
    if (attribution.find()) {
      // Who said it is not who took part.
      int cut = sentence.span().start() + attribution.start();
      mentions = mentions.stream().filter(m -> m.span().start() < cut).toList();
      people = ids(mentions, EntityKind.PERSON);
    }
    Matcher source = OPENING_ATTRIBUTION.matcher(s);
    if (source.lookingAt()) {
      // Nor is whoever an account is "according to".
      int cut = sentence.span().start() + source.end();
      mentions = mentions.stream().filter(m -> m.span().start() >= cut).toList();
      people = ids(mentions, EntityKind.PERSON);
    }
    Matcher recap = RECAP.matcher(s);
    if (recap.find()) {
      List<Claim> afterRecap =
          claimsFrom(recap.end(), text, sentence, s, mentions, people, context);
      if (!afterRecap.isEmpty()) {
        return afterRecap;
      }
    }
    return claimsFrom(0, text, sentence, s, mentions, people, context);
  }

  private List<Claim> claimsFrom(
      int from,
      AnalyzedText text,
      Sentence sentence,
      String s,
      List<EntityMention> mentions,
      Set<String> people,
      Context context) {
    List<Claim> found = new ArrayList<>();
    for (Trigger trigger : triggers) {
      boolean contact = isContactType(trigger.type()) || trigger.type() == EventType.VISIT;
      if (found.stream()
          .anyMatch(
              c ->
                  c.type() == trigger.type()
                      || (contact && (c.isContact() || c.type() == EventType.VISIT))
                      // The agreement a sentence says was signed is that signing.
                      || (trigger.type() == EventType.AGREEMENT
                          && c.type() == EventType.SIGNING))) {
        continue;
      }
      // An agreement named as made is taken as made whoever tells of it and whatever they plan.
      if (trigger == Trigger.COMPLETION && !found.isEmpty()) {
        continue; // "Japarov's talks with Rahmon were held on Monday" is told as the talks
      }
      Matcher m = trigger.pattern().matcher(s);
      m.region(from, s.length());
      while (m.find()) {
        // So is a happening named with its date ("the dissolution of the Soviet Union in 1991").
        boolean presupposed =
            trigger.type() == EventType.AGREEMENT
                || trigger == Trigger.NAMED_HAPPENING
                || trigger == Trigger.POSSESSED_HAPPENING;
        Span span =
            new Span(sentence.span().start() + m.start(), sentence.span().start() + m.end());
        if (found.stream().anyMatch(c -> c.trigger().overlaps(span))
            || (!found.isEmpty() && m.group().equalsIgnoreCase("summit"))
            || text.isQuoted(span)
            || (!presupposed && HEDGE.matcher(s.substring(0, m.start())).find())
            || (!presupposed && ARTICLE_HEDGE.matcher(s.substring(0, m.start())).find())
            || (!presupposed && HABITUAL.matcher(clauseAround(s, m.start(), m.end())).find())
            || (trigger.type() == EventType.CLASH
                && PURPOSE.matcher(s.substring(0, m.start())).find())
            || HEDGE.matcher(s.substring(m.start(), m.end())).find()) {
          continue;
        }
        Claim claim =
            switch (trigger.type()) {
              case AGREEMENT ->
                  agreements.read(text, sentence, span, mentions, context.lastCountries);
              case STATEMENT -> statement(text, sentence, span, mentions);
              case OTHER -> happenings.read(trigger, text, sentence, span, mentions);
              default -> build(text, sentence, s, trigger, span, mentions, people, context);
            };
        if (claim != null) {
          claim = withBroker(text, claim, mentions);
          found.addAll(
              claim.type() == EventType.CLASH ? onEachListedDate(text, claim) : List.of(claim));
          break;
        }
      }
    }
    List<Claim> dated = new ArrayList<>();
    for (Claim claim : withOwnDates(text, found)) {
      DateMention posted = claim.date() == null ? postSignatureDate(text, sentence) : null;
      dated.add(posted == null ? claim : claim.withDate(posted));
    }
    return dated;
  }

  /** The words between the commas around a trigger. */
  private static String clauseAround(String s, int start, int end) {
    int from = s.lastIndexOf(',', start) + 1;
    int to = s.indexOf(',', end);
    return s.substring(from, to < 0 ? s.length() : to);
  }

  /**
   * "Boric said Thursday that ...": a statement, when the sentence names who made it right before
   * the verb and the day right after it. Closing attributions ("..., the ministry said on Friday")
   * tell where a report comes from, not an event.
   */
  private static Claim statement(
      AnalyzedText text, Sentence sentence, Span verb, List<EntityMention> mentions) {
    String plain = text.plain();
    DateMention day = null;
    for (DateMention d : text.within(text.dates(), sentence.span())) {
      if (d.span().start() >= verb.end()
          && DAY_AFTER_VERB.matcher(plain.substring(verb.end(), d.span().start())).matches()
          && !d.future()
          && d.value() != null) {
        day = d;
        break;
      }
    }
    if (day == null
        || !THAT_AFTER_DAY
            .matcher(plain.substring(day.span().end(), sentence.span().end()))
            .lookingAt()) {
      return null;
    }
    EntityMention speaker = null;
    for (EntityMention m : mentions) {
      boolean adjacent =
          m.span().end() <= verb.start()
              && verb.start() - m.span().end() <= 2
              && plain.substring(m.span().end(), verb.start()).isBlank();
      if (adjacent
          && m.form() != EntityMention.Form.ANAPHOR
          && (m.kind() == EntityKind.PERSON || m.kind() == EntityKind.ORGANISATION)) {
        speaker = m;
      }
    }
    if (speaker == null) {
      return null;
    }
    return new Claim(
        sentence,
        EventType.STATEMENT,
        null,
        verb,
        new LinkedHashSet<>(speaker.ids()),
        List.of(speaker),
        day,
        null,
        List.of(),
        false,
        Set.of());
  }

  /** "A Qatari-brokered accord": who brokered a signing or agreement is a party to it. */
  private Claim withBroker(AnalyzedText text, Claim claim, List<EntityMention> mentions) {
    if (claim.type() != EventType.SIGNING && claim.type() != EventType.AGREEMENT) {
      return claim;
    }
    Matcher m =
        BROKER.matcher(text.plain()).region(claim.trigger().start(), claim.sentence().span().end());
    Set<String> brokers = new LinkedHashSet<>();
    while (m.find()) {
      Span word = new Span(m.start(1), m.end(1));
      mentions.stream()
          .filter(e -> e.kind() == EntityKind.COUNTRY && e.span().overlaps(word))
          .findFirst()
          .map(e -> e.ids().iterator().next())
          .or(() -> lexicon.countryOfDemonym(m.group(1)))
          .ifPresent(brokers::add);
    }
    if (brokers.isEmpty() || claim.participants().containsAll(brokers)) {
      return claim;
    }
    Set<String> participants = new LinkedHashSet<>(claim.participants());
    participants.addAll(brokers);
    return new Claim(
        claim.sentence(),
        claim.type(),
        claim.mode(),
        claim.trigger(),
        participants,
        claim.participantMentions(),
        claim.date(),
        claim.place(),
        claim.places(),
        claim.outbreak(),
        claim.objectWords());
  }

  /**
   * The date under an embedded post ("— Defence Desk (@defence_desk) May 3, 2021") is when the
   * post's last sentence was said, when nothing but links comes between them.
   */
  private static DateMention postSignatureDate(AnalyzedText text, Sentence sentence) {
    String plain = text.plain();
    int from = sentence.span().end();
    int lineStart = plain.indexOf('\n', from);
    while (lineStart >= 0 && lineStart - from < 400) {
      if (!LINKS_ONLY.matcher(plain.substring(from, lineStart)).matches()) {
        return null;
      }
      Matcher signature = POST_SIGNATURE.matcher(plain).region(lineStart + 1, plain.length());
      if (signature.lookingAt()) {
        for (DateMention d : text.dates()) {
          if (d.span().start() == signature.end() && d.value() != null && !d.future()) {
            return d;
          }
        }
        return null;
      }
      lineStart = plain.indexOf('\n', lineStart + 1);
    }
    return null;
  }

  static boolean isLocative(AnalyzedText text, EntityMention m) {
    return LOCATIVE
        .matcher(text.plain().substring(Math.max(0, m.span().start() - 12), m.span().start()))
        .find();
  }

  /**
   * "Flare-ups of violence in the summer of 2014, in April 2016 and this past July": one clash on
   * each date of a list after the trigger.
   */
  private static List<Claim> onEachListedDate(AnalyzedText text, Claim claim) {
    List<DateMention> listed = new ArrayList<>();
    for (DateMention date : text.within(text.dates(), claim.sentence().span())) {
      if (date.span().start() < claim.trigger().end()
          || date.future()
          || date.value() == null
          || text.isQuoted(date.span())) {
        continue;
      }
      if (!listed.isEmpty()) {
        String between =
            text.plain().substring(listed.get(listed.size() - 1).span().end(), date.span().start());
        if (!DATE_LIST_JOINT.matcher(between).matches()) {
          break;
        }
      }
      listed.add(date);
    }
    if (listed.size() < 2) {
      return List.of(claim);
    }
    List<Claim> each = new ArrayList<>();
    for (DateMention date : listed) {
      each.add(claim.withDate(date));
    }
    return each;
  }

  /**
   * A date two claims of a sentence share belongs to the one whose words hold it, else to the one
   * it follows most closely ("signed an agreement in November 2020 to end the fighting"), else to
   * the nearest; the other takes the nearest date of the sentence no other claim has or holds, if
   * any.
   */
  private static List<Claim> withOwnDates(AnalyzedText text, List<Claim> claims) {
    if (claims.size() < 2) {
      return claims;
    }
    List<Claim> out = new ArrayList<>();
    for (Claim claim : claims) {
      DateMention date = claim.date();
      boolean nearer =
          date == null
              || claims.stream()
                  .filter(other -> other != claim && other.date() == date)
                  .allMatch(other -> closer(claim.trigger(), other.trigger(), date));
      DateMention own = nearer ? date : null;
      if (!nearer) {
        int best = Integer.MAX_VALUE;
        for (DateMention other : text.within(text.dates(), claim.sentence().span())) {
          boolean taken =
              claims.stream()
                  .anyMatch(c -> c.date() == other || c.trigger().contains(other.span()));
          if (!taken
              && !other.future()
              && !text.isQuoted(other.span())
              && !isDateline(text, other)
              && distance(claim.trigger(), other) < best) {
            own = other;
            best = distance(claim.trigger(), other);
          }
        }
      }
      if (own == null
          && date != null
          && date.span().end() <= claim.trigger().start()
          && WHEN_CLAUSE
              .matcher(text.plain().substring(date.span().end(), claim.trigger().start()))
              .matches()) {
        own = date; // "visited Saudi Arabia in November 2023, when he attended a summit"
      }
      out.add(nearer ? claim : claim.withDate(own));
    }
    return out;
  }

  /** Whether a date belongs to the words of {@code mine} rather than to those of {@code theirs}. */
  private static boolean closer(Span mine, Span theirs, DateMention date) {
    if (mine.contains(date.span()) != theirs.contains(date.span())) {
      return mine.contains(date.span());
    }
    boolean mineBefore = mine.end() <= date.span().start();
    boolean theirsBefore = theirs.end() <= date.span().start();
    if (mineBefore != theirsBefore) {
      return mineBefore;
    }
    return distance(mine, date) <= distance(theirs, date);
  }

  private static int distance(Span trigger, DateMention date) {
    return date.span().start() >= trigger.end()
        ? date.span().start() - trigger.end()
        : Math.max(0, trigger.start() - date.span().end());
  }

  /** A country named in the opening dateline ("BELEM, Brazil, Aug 8") is where it was filed. */
  private static boolean inDateline(AnalyzedText text, EntityMention m) {
    String plain = text.plain();
    int lineStart = plain.lastIndexOf('\n', m.span().start() - 1) + 1;
    return m.span().start() - lineStart < 40
        && DATELINE_CITY.matcher(plain.substring(lineStart, m.span().start())).matches();
  }

  /** Countries a sentence names, by name ("Kenya and Ethiopia") or demonym ("Kyrgyz-Tajik"). */
  private Set<String> countriesNamed(
      AnalyzedText text, Sentence sentence, List<EntityMention> mentions) {
    Set<String> countries = new LinkedHashSet<>(ids(mentions, EntityKind.COUNTRY));
    countries.addAll(demonymCountries(text, sentence, mentions));
    return countries;
  }

  /** Countries named by a demonym outside any recognised name or title. */
  private Set<String> demonymCountries(
      AnalyzedText text, Sentence sentence, List<EntityMention> mentions) {
    return demonymCountries(text, sentence.span(), mentions);
  }

  Set<String> demonymCountries(AnalyzedText text, Span within, List<EntityMention> mentions) {
    Set<String> countries = new LinkedHashSet<>();
    Matcher words = CAPITALISED_PART.matcher(text.plain()).region(within.start(), within.end());
    while (words.find()) {
      Span span = new Span(words.start(), words.end());
      if (text.isQuoted(span)
          || mentions.stream()
              .anyMatch(e -> e.span().overlaps(span) && e.kind() != EntityKind.COUNTRY)) {
        continue;
      }
      lexicon.countryOfDemonym(words.group()).ifPresent(countries::add);
    }
    return countries;
  }

  private Claim claimIn(
      AnalyzedText text,
      Sentence sentence,
      String s,
      List<EntityMention> mentions,
      Set<String> people,
      Set<String> lastPeople) {
    for (Trigger trigger : triggers) {
      Matcher m = trigger.pattern().matcher(s);
      while (m.find()) {
        Span span =
            new Span(sentence.span().start() + m.start(), sentence.span().start() + m.end());
        if (text.isQuoted(span)
            || HEDGE.matcher(s.substring(0, m.start())).find()
            || HEDGE.matcher(s.substring(m.start(), m.end())).find()) {
          continue;
        }
        Context context = new Context();
        context.lastPeople = lastPeople;
        Claim claim = build(text, sentence, s, trigger, span, mentions, people, context);
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
      Context context) {
    Set<String> lastPeople = context.lastPeople;
    EventType type = trigger.type();
    Set<String> participants = new LinkedHashSet<>();
    List<EntityMention> participantMentions = new ArrayList<>();
    EntityMention place = null;
    List<EntityMention> places = new ArrayList<>();
    if (article && (type == EventType.SIGNING || type == EventType.AGREEMENT)) {
      mentions = withoutAgentsOfOtherVerbs(text, sentence, triggerSpan, mentions);
    }
    EntityMention gathering = null;
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
        } else if (article
            && (type == EventType.SIGNING || type == EventType.AGREEMENT)
            && REGION_BEFORE
                .matcher(
                    text.plain().substring(Math.max(0, m.span().start() - 30), m.span().start()))
                .find()) {
          // "signed a memorandum with Somalia's breakaway region of Somaliland": a party of its own
          participants.addAll(m.ids());
          participantMentions.add(m);
        } else if (!locative && !isContactType(type) && !isPossessive(text, m)) {
          // A capital standing for its country ("Moscow promised help to Yerevan"), not one
          // naming whose something is ("attended Moscow's Victory Parade").
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
      if (article && m.kind() == EntityKind.COUNTRY && describesSomethingElse(text, m)) {
        continue;
      }
      if (article
          && (AT_GATHERING_OF
                  .matcher(
                      text.plain().substring(Math.max(0, m.span().start() - 60), m.span().start()))
                  .find()
              || (gathering != null
                  && text.plain()
                      .substring(gathering.span().end(), m.span().start())
                      .equals(" (")))) {
        gathering = m; // "signed ... at the first summit of the ACTO": where, not who
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
    if (article && type == EventType.SIGNING && participants.size() < 2) {
      // "Estonian Defence Minister Hanno Pevkur and his Finnish counterpart ... signed": the
      // countries of the people who signed
      for (EntityMention m : mentions) {
        if (m.kind() == EntityKind.PERSON
            && m.form() != EntityMention.Form.ANAPHOR
            && m.span().end() <= triggerSpan.start()) {
          for (String id : m.ids()) {
            lexicon
                .entity(id)
                .map(e -> e.country())
                .ifPresent(
                    c -> {
                      participants.add(c);
                      participantMentions.add(m);
                    });
          }
        }
      }
    }
    if (article && !isContactType(type) && type != EventType.VISIT) {
      int verb = triggerSpan.start() - sentence.span().start();
      Matcher signers = SUBJECT_COUNTRIES_AGAIN.matcher(s.substring(0, verb));
      if (participants.isEmpty()) {
        participants.addAll(countriesAgain(s, context.lastCountries));
      } else if (signers.find()) {
        // "The ACTO was created under the treaty, which the eight countries signed": they did
        Set<String> again = countriesAgain(signers.group(), context.lastCountries);
        if (!again.isEmpty()) {
          participants.clear();
          participantMentions.clear();
          participants.addAll(again);
        }
      }
    }
    if (type == EventType.CLASH && participants.size() < 2) {
      // A draft names the sides itself ("Kyrgyz and Tajik border guards clashed"); an article may
      // also leave them to what it told before.
      Set<String> sides =
          article
              ? sidesOfClash(text, sentence, mentions, context)
              : demonymCountries(text, sentence, mentions);
      if (sides.size() >= 2) {
        participants.addAll(sides);
      }
    }
    if (article && type == EventType.TELEGRAM && SENT.matcher(text.text(triggerSpan)).lookingAt()) {
      // "X and Y sent similar cables to the president-elect": no recipient known, no message.
      boolean recipient =
          participantMentions.stream().anyMatch(m -> m.span().start() >= triggerSpan.end());
      if (!recipient && SIMILAR.matcher(text.text(triggerSpan)).find()) {
        // "... sent similar cables to the president-elect": to whom the cable told before went.
        participants.addAll(context.lastRecipients);
        recipient = !context.lastRecipients.isEmpty();
      }
      if (!recipient) {
        return null;
      }
    }
    if (type == EventType.MEETING
        && participants.size() == 1
        && text.text(triggerSpan).equalsIgnoreCase("visited")) {
      // "Yoon visited Tokyo": whoever received him, he was there.
      EntityMention visited = placeRightAfter(mentions, triggerSpan);
      if (visited != null) {
        type = EventType.VISIT;
        place = visited;
        places.add(0, visited);
      }
    }
    boolean summitOf = false;
    if (article && type == EventType.MEETING && participants.isEmpty()) {
      EntityMention host =
          GroupMeetings.GATHERING.matcher(text.text(triggerSpan)).matches()
              ? GroupMeetings.summitHost(text, triggerSpan)
              : GroupMeetings.membersMeeting(text, triggerSpan, mentions);
      if (host != null) {
        participants.addAll(host.ids());
        participantMentions.add(host);
        summitOf = true;
      }
    }
    if (!enoughParticipants(type, participants, place)
        && !summitOf
        && !(article
            && type == EventType.MEETING
            && participants.size() == 1
            && GroupMeetings.withUnnamedGroup(text, sentence, triggerSpan))) {
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

  /** The city or country a verb takes as its object: "visited Tokyo". */
  private static EntityMention placeRightAfter(List<EntityMention> mentions, Span trigger) {
    for (EntityMention m : mentions) {
      if ((m.kind() == EntityKind.PLACE || m.kind() == EntityKind.COUNTRY)
          && m.span().start() == trigger.end() + 1) {
        return m;
      }
    }
    return null;
  }

  /**
   * "signed at a summit ..., ended a blockade imposed on Qatar by Saudi Arabia, the UAE and Egypt":
   * who did what another verb after the signing tells took no part in it.
   */
  private static List<EntityMention> withoutAgentsOfOtherVerbs(
      AnalyzedText text, Sentence sentence, Span trigger, List<EntityMention> mentions) {
    Matcher agent =
        AGENT_OF_PARTICIPLE.matcher(text.plain()).region(trigger.end(), sentence.span().end());
    if (!agent.find()) {
      return mentions;
    }
    int cut = agent.start();
    return mentions.stream().filter(m -> m.span().start() < cut).toList();
  }

  /** Who a message went to: the people named after its verb. */
  private static Set<String> recipients(Claim claim) {
    Set<String> to = new LinkedHashSet<>();
    for (EntityMention m : claim.participantMentions()) {
      if (m.span().start() >= claim.trigger().end() && m.kind() == EntityKind.PERSON) {
        to.addAll(m.ids());
      }
    }
    return to;
  }

  /** "Somalia's breakaway region": the country owns what is named, it does not act. */
  /** "Moscow's Victory Parade": a name saying whose something is. */
  private static boolean isPossessive(AnalyzedText text, EntityMention m) {
    return POSSESSIVE
        .matcher(text.plain())
        .region(m.span().end(), text.plain().length())
        .lookingAt();
  }

  /** "Azerbaijan's territory": a name saying whose a common thing is, not naming a side. */
  static boolean describesSomethingElse(AnalyzedText text, EntityMention m) {
    return POSSESSIVE_LOWER
        .matcher(text.plain())
        .region(m.span().end(), text.plain().length())
        .lookingAt();
  }

  /** The countries "the two countries" or "the eight nations" of a sentence refer back to. */
  static Set<String> countriesAgain(String s, Set<String> lastCountries) {
    Matcher m = COUNTRIES_AGAIN.matcher(s);
    if (!m.find()) {
      return Set.of();
    }
    String word = m.group(1);
    int count =
        word == null
            ? 2
            : word.chars().allMatch(Character::isDigit)
                ? Integer.parseInt(word)
                : NumberWords.cardinal(word);
    return lastCountries.size() == count ? lastCountries : Set.of();
  }

  /**
   * The sides of fighting a sentence tells without naming the countries: by demonym ("Kyrgyz and
   * Tajik border units"), by the countries of the leaders it names, else those of the article's
   * last clash ("In April 2021, 55 people died in clashes"), else the two last named together.
   */
  private Set<String> sidesOfClash(
      AnalyzedText text, Sentence sentence, List<EntityMention> mentions, Context context) {
    Set<String> sides = demonymCountries(text, sentence, mentions);
    if (sides.size() >= 2) {
      return sides;
    }
    Set<String> ofPeople = new LinkedHashSet<>();
    for (String person : ids(mentions, EntityKind.PERSON)) {
      lexicon.entity(person).map(e -> e.country()).ifPresent(ofPeople::add);
    }
    if (ofPeople.size() >= 2) {
      return ofPeople;
    }
    if (!context.lastClash.isEmpty()) {
      return context.lastClash;
    }
    // The article's first fighting, its sides unnamed: the two countries last named together
    // ("Fighting between A and B: what we know"), unless the sentence names another.
    Set<String> named = countriesNamed(text, sentence, mentions);
    return context.lastCountries.size() == 2 && context.lastCountries.containsAll(named)
        ? context.lastCountries
        : Set.of();
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
      if (ACRONYM.matcher(m.group(1)).matches()) {
        continue; // "at the APEC summit": an organisation's meeting, not a place
      }
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

  private boolean enoughParticipants(
      EventType type, Set<String> participants, EntityMention place) {
    return switch (type) {
      case VISIT -> participants.size() >= (place != null ? 1 : 2);
      case MEETING, PHONE_CALL, TELEGRAM -> participants.size() >= 2;
      case CLASH -> participants.size() >= 2 || (!article && place != null);
      // An article's signing has two sides at least; "Ethiopia signed a memorandum with a region
      // no one knows" is not an event to propose with one.
      case SIGNING -> participants.size() >= (article ? 2 : 1);
      default -> !participants.isEmpty();
    };
  }

  /** The date the claim is about: in its sentence, nearest the trigger, not a future one. */
  static DateMention nearestDate(AnalyzedText text, Sentence sentence, Span trigger) {
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
