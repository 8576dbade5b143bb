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
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Agreements an article names as made ("the 1997 treaty between the two countries", "the agreements
 * reached by the leaders of A, B and C"): article reading only, for {@link
 * ClaimExtractor#forArticles}.
 */
final class NamedAgreements {

  /**
   * Words before an agreement that make it one yet to be made: "to sign the treaty", "talks on the
   * accord".
   */
  private static final Pattern PROSPECTIVE_BEFORE =
      Pattern.compile(
          "(?i)\\b(?:sign|signs|signing|negotiate|negotiates|negotiating|draft|drafting|finali[sz]e"
              + "|finali[sz]ing|conclude|concluding|reach|reaching|propose|proposes|proposing"
              + "|toward|towards|establish"
              + "|(?:talks|negotiations|work|working)\\s+(?:on|over|about))\\s+$");

  private static final Pattern PROSPECTIVE_WORDS =
      Pattern.compile("(?i)\\b(?:draft|proposed|future|possible|potential|planned|new)\\b");

  /** What follows an agreement's name to say whose it is or what it is about. */
  private static final Pattern AGREEMENT_COMPLEMENT =
      Pattern.compile("\\s+(?:between|by|among|with|on|of|reached|concluded|signed)\\b");

  /** Where the words about an agreement end: a clause of its own, not a list of its parties. */
  private static final Pattern CLAUSE_END =
      Pattern.compile(
          "[;:!?]|,\\s+(?!and\\b|or\\b|&|\\p{Lu})"
              + "|\\s(?:if|which|who|that|when|while|but|because|whose|although|though|unless)\\s");

  private static final Pattern LEADERS =
      Pattern.compile("\\b(?:leaders|presidents|heads of state)\\b");

  private static final Pattern LEADING_ROLE =
      Pattern.compile(
          "(?i)president|prime minister|premier|chancellor|king|queen|emir|sultan|leader");

  /** "In Paris" says where something was said, not which country is meant. */
  private static final Pattern WHERE_BEFORE = Pattern.compile("\\b(?:in|at|near)\\s+(?:the\\s+)?$");

  private final ClaimExtractor extractor;
  private final EntityLexicon lexicon;

  NamedAgreements(ClaimExtractor extractor, EntityLexicon lexicon) {
    this.extractor = extractor;
    this.lexicon = lexicon;
  }

  /**
   * An agreement the article names as made ("the agreement on the supply of Chilean copper to
   * Argentina", "the 1984 treaty between the two countries", "agreements reached by the leaders of
   * A, B and C in 2020"): its parties are those the words after it name, two at least, and its date
   * the one within those words, if any. Drafts, proposals and treaties yet to be signed are not
   * agreements made.
   */
  Claim read(
      AnalyzedText text,
      Sentence sentence,
      Span phrase,
      List<EntityMention> mentions,
      Set<String> lastCountries) {
    String plain = text.plain();
    String before = plain.substring(sentence.span().start(), phrase.start());
    if (PROSPECTIVE_BEFORE.matcher(before).find()
        || PROSPECTIVE_WORDS.matcher(text.text(phrase)).find()) {
      return null;
    }
    String rest = plain.substring(phrase.end(), sentence.span().end());
    if (!AGREEMENT_COMPLEMENT.matcher(rest).lookingAt()) {
      return null;
    }
    Matcher clauseEnd = CLAUSE_END.matcher(rest);
    int end = phrase.end() + (clauseEnd.find() ? clauseEnd.start() : rest.length());
    Span words = new Span(phrase.start(), end);
    Span complement = new Span(phrase.end(), end);
    String complementText = text.text(complement);

    Set<String> parties = new LinkedHashSet<>();
    List<EntityMention> partyMentions = new ArrayList<>();
    for (EntityMention m : mentions) {
      if (!complement.contains(m.span())) {
        continue;
      }
      boolean party =
          switch (m.kind()) {
            case COUNTRY -> !ClaimExtractor.describesSomethingElse(text, m);
            case ORGANISATION -> m.form() != EntityMention.Form.ANAPHOR;
            // "between Moscow and Kyiv": capitals for their countries, but not "in Moscow".
            case PLACE -> !ClaimExtractor.isLocative(text, m) && countryOfPlace(m) != null;
            default -> false;
          };
      if (party) {
        parties.add(m.kind() == EntityKind.PLACE ? countryOfPlace(m) : m.ids().iterator().next());
        partyMentions.add(m);
      }
    }
    parties.addAll(extractor.demonymCountries(text, complement, mentions));
    if (parties.isEmpty()) {
      parties.addAll(
          countriesAgainIn(text, sentence, phrase, complementText, mentions, lastCountries));
    }
    if (parties.size() < 2) {
      return null;
    }
    if (LEADERS.matcher(complementText).find()) {
      parties.addAll(leadersOf(text, parties));
    }
    DateMention date = null;
    for (DateMention d : text.within(text.dates(), sentence.span())) {
      if (words.contains(d.span())
          && !d.future()
          && d.value() != null
          && !text.isQuoted(d.span())) {
        date = d;
        break;
      }
    }
    return new Claim(
        sentence,
        EventType.AGREEMENT,
        null,
        words,
        parties,
        partyMentions,
        date,
        null,
        List.of(),
        false,
        Set.of());
  }

  /**
   * "Between the two countries" in an agreement's words: the countries its sentence named before it
   * (by name, capital or demonym) if that many, else those last named together.
   */
  private Set<String> countriesAgainIn(
      AnalyzedText text,
      Sentence sentence,
      Span phrase,
      String complementText,
      List<EntityMention> mentions,
      Set<String> lastCountries) {
    Matcher m = ClaimExtractor.COUNTRIES_AGAIN.matcher(complementText);
    if (!m.find()) {
      return Set.of();
    }
    String plain = text.plain();
    Span before = new Span(sentence.span().start(), phrase.start());
    Set<String> named = new LinkedHashSet<>();
    for (EntityMention e : mentions) {
      if (!before.contains(e.span())) {
        continue;
      }
      if (e.kind() == EntityKind.COUNTRY && !ClaimExtractor.describesSomethingElse(text, e)) {
        named.add(e.ids().iterator().next());
      } else if (e.kind() == EntityKind.PLACE
          && countryOfPlace(e) != null
          && !WHERE_BEFORE
              .matcher(plain.substring(sentence.span().start(), e.span().start()))
              .find()) {
        named.add(countryOfPlace(e));
      }
    }
    named.addAll(extractor.demonymCountries(text, before, mentions));
    Set<String> again = ClaimExtractor.countriesAgain(complementText, named);
    return again.isEmpty() ? ClaimExtractor.countriesAgain(complementText, lastCountries) : again;
  }

  /**
   * "Agreements reached by the leaders of A and B": the one leader of each the article names, when
   * it names one for every country; otherwise none, rather than half of them.
   */
  private Set<String> leadersOf(AnalyzedText text, Set<String> parties) {
    Map<String, Set<String>> byCountry = new LinkedHashMap<>();
    for (EntityMention m : text.entities()) {
      // By name: a title ("the Russian president") may stand for several people of the store.
      if (m.kind() != EntityKind.PERSON
          || m.form() != EntityMention.Form.NAME
          || text.isQuoted(m.span())) {
        continue;
      }
      for (String id : m.ids()) {
        lexicon
            .entity(id)
            .filter(e -> e.country() != null && parties.contains(e.country()))
            .filter(e -> e.roles().stream().anyMatch(r -> LEADING_ROLE.matcher(r).matches()))
            .ifPresent(
                e -> byCountry.computeIfAbsent(e.country(), c -> new LinkedHashSet<>()).add(id));
      }
    }
    Set<String> leaders = new LinkedHashSet<>();
    for (String party : parties) {
      boolean country =
          lexicon.entity(party).map(e -> e.kind() == EntityKind.COUNTRY).orElse(false);
      if (!country) {
        continue;
      }
      Set<String> found = byCountry.getOrDefault(party, Set.of());
      if (found.size() != 1) {
        return Set.of();
      }
      leaders.addAll(found);
    }
    return leaders;
  }

  /** The country a place stands for ("Kyiv asked Warsaw for help"), or null. */
  private String countryOfPlace(EntityMention m) {
    return m.ids().isEmpty()
        ? null
        : lexicon.entity(m.ids().iterator().next()).map(e -> e.country()).orElse(null);
  }
}
