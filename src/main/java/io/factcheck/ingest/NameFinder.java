package io.factcheck.ingest;

import io.factcheck.analysis.AnalyzedText;
import io.factcheck.analysis.CountryGazetteer;
import io.factcheck.analysis.EntityMention;
import io.factcheck.analysis.Sentence;
import io.factcheck.analysis.Span;
import io.factcheck.analysis.Token;
import io.factcheck.store.model.EntityKind;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;

/**
 * Finds the people and organisations of an article that the store does not know yet, with no list
 * of names: titles in the wire-story forms ("Kyrgyz President Sadyr Japarov", "Nikol Pashinyan,
 * Prime Minister of the Republic of Armenia", "presidential spokesman Erlan Sydykov") give a person
 * with country and office; OpenNLP's part-of-speech model marks the proper-noun runs that name
 * organisations ("the Collective Security Treaty Organization (CSTO)") and speakers ("Marat
 * Imankulov said"). A person's surname becomes an alias, so "Japarov" later in this and every other
 * text means the same person, and titles ("the Kyrgyz leader") follow from country and office.
 */
public final class NameFinder {

  static final String POS_MODEL = "opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";

  /** Offices, most specific first so "Foreign Minister" wins over "Minister". */
  private static final String TITLE =
      "(Vice[- ]President|President|Deputy Prime Minister|Prime Minister|Premier|Chancellor"
          + "|Crown Prince|King|Queen|Emir|Sultan|Foreign Minister|Minister of Foreign Affairs"
          + "|Defen[cs]e Minister|Minister of Defen[cs]e|Interior Minister|Economy Minister"
          + "|Foreign Affairs Secretary|Foreign Secretary|Secretary of Foreign Affairs"
          + "|Secretary[- ]General|Secretary of State|Speaker|Ambassador|Governor|Mayor"
          + "|[Ss]pokes(?:man|woman|person)|[Pp]ress [Ss]ecretary|[Cc]ounterpart|Minister)";

  private static final Pattern TITLE_ONLY = Pattern.compile(TITLE);
  private static final Pattern TITLE_START =
      Pattern.compile("(?:\\p{Lu}[\\p{L}-]+\\s+){0,2}" + TITLE + "\\b");

  /** A capitalised word of a name: "O'Brien", "Kassym-Jomart"; not the "'s" of a possessive. */
  private static final String NAME_WORD =
      "\\p{Lu}\\p{L}*(?:['’](?![sS]\\b)\\p{L}+)*(?:-\\p{Lu}?\\p{L}+(?:['’](?![sS]\\b)\\p{L}+)*)*";

  /** Lower-case words inside names: "Mohammed bin Salman", "Luiz Inacio Lula da Silva". */
  private static final String PARTICLE_WORDS =
      "(?:bin|bint|ibn|al|el|da|de|di|do|dos|das|van|von|der|den|du|la|le)";

  private static final String PARTICLE = "(?:" + PARTICLE_WORDS + "\\s+)?";

  /** A middle initial: "Ferdinand R. Marcos Jr.", "George W. Bush". */
  private static final String INITIAL = "\\p{Lu}\\.";

  /** "Jr.", "Sr.", "III" after a name. */
  private static final String SUFFIX = "(?:,?\\s+(?:Jr\\.?|Sr\\.?|II|III|IV)(?![\\p{L}]))?";

  private static final String NAME =
      "("
          + NAME_WORD
          + "(?:\\s+"
          + INITIAL
          + ")?(?:\\s+"
          + PARTICLE
          + NAME_WORD
          + "){0,4}"
          + SUFFIX
          + ")";

  /** Forms of address before a name, not part of it: "Emir Sheikh Tamim bin Hamad Al Thani". */
  private static final String HONORIFIC =
      "(?:(Sheikh|Sheikha|Sir|Dame|Dr\\.?|Mr\\.?|Mrs\\.?|Ms\\.?)\\s+)?";

  private static final String QUALIFIER = "(?:(\\p{Lu}[\\p{L}-]+(?:\\s+\\p{Lu}[\\p{L}-]+)?)\\s+)?";
  private static final String COUNTRY_NAME =
      "(?:the\\s+)?(?:Republic\\s+of\\s+)?(\\p{Lu}[\\p{L} -]+?)";

  /**
   * "Kyrgyz President Sadyr Japarov", "Kremlin spokesman Dmitry Peskov", "President Macron", "Saudi
   * Crown Prince and Prime Minister Mohammed bin Salman", "his Tajik counterpart Emomali Rahmon".
   */
  private static final Pattern TITLE_NAME =
      Pattern.compile(
          "\\b" + QUALIFIER + TITLE + "(?:\\s+and\\s+" + TITLE + ")?,?\\s+" + HONORIFIC + NAME);

  /**
   * The person a message is sent to, or someone met or called, named without a title: "sent a cable
   * of congratulations to Masoud Pezeshkian", "telephoned Nicos Christodoulides".
   */
  private static final Pattern CONTACT_OBJECT =
      Pattern.compile(
          "\\b(?:(?:message|cable|letter|telegram|greetings|condolences)s?\\s+(?:of\\s+\\p{L}+\\s+)?to"
              + "|(?:met|phoned|telephoned|called|congratulated|received|hosted)(?:\\s+with)?)\\s+"
              + HONORIFIC
              + "("
              + NAME_WORD
              + "(?:\\s+"
              + PARTICLE
              + NAME_WORD
              + "){1,3})(?![\\p{L}'’-]|\\s+\\p{Lu}|\\s+of\\b)");

  /** "Russian and Belarusian presidents Vladimir Putin and Alexander Lukashenko". */
  private static final Pattern PAIRED_TITLES_NAMES =
      Pattern.compile(
          "\\b(\\p{Lu}[\\p{L}-]+)\\s+and\\s+(\\p{Lu}[\\p{L}-]+)\\s+"
              + "(presidents|prime ministers|foreign ministers|defen[cs]e ministers)\\s+"
              + NAME
              + "\\s+and\\s+"
              + NAME);

  /** "President of Kyrgyzstan Sadyr Japarov", "Prime Minister of Armenia, Nikol Pashinyan". */
  private static final Pattern TITLE_OF_NAME =
      Pattern.compile("\\b" + TITLE + "\\s+of\\s+" + COUNTRY_NAME + ",?\\s+" + HONORIFIC + NAME);

  /** "Kazakhstan's President Kassym-Jomart Tokayev". */
  private static final Pattern POSSESSIVE_TITLE_NAME =
      Pattern.compile(
          "\\b(\\p{Lu}[\\p{L}-]+)['’]s\\s+(?:(?:new|former|then|current)\\s+)?(?i:"
              + TITLE
              + "),?\\s+"
              + HONORIFIC
              + NAME);

  /** "Nikol Pashinyan, Prime Minister of the Republic of Armenia", "Tokayev, the Kazakh leader". */
  private static final Pattern NAME_COMMA_TITLE =
      Pattern.compile(
          NAME
              + ",\\s+(?:the\\s+)?"
              + QUALIFIER
              + TITLE
              + "(?:\\s+of\\s+"
              + COUNTRY_NAME
              + "(?=[,.;)]|\\s+(?:and|who|said|has|had|was|is)\\b))?");

  /** A region named as one, with the country it belongs to when the text says. */
  private static final Pattern REGION_OF =
      Pattern.compile(
          "(?:\\b(\\p{Lu}[\\p{L}-]+)['’]s\\s+|\\b[Tt]he\\s+)(?:[a-z-]+\\s+)?"
              + "(?:region|province|republic|territory|enclave|exclave)\\s+of\\s+"
              + "(\\p{Lu}[\\p{L}-]+(?:\\s+\\p{Lu}[\\p{L}-]+)?)");

  /**
   * "The vaccine, dubbed Sputnik V,": a thing the article names after describing it. Group 1 is the
   * word that described it, group 2 the name.
   */
  static final Pattern NAMED_THING =
      Pattern.compile(
          "\\b[Tt]he\\s+(?:[\\p{Ll}-]+\\s+){0,2}?(\\p{Ll}{3,}),\\s+(?:dubbed|named|called|nicknamed"
              + "|code-?named|known\\s+as)\\s+"
              + NAME
              + "(?=\\s*[,.;)])");

  /** A demonym and an office right before a name: "Japanese Prime Minister ". */
  private static final Pattern TITLE_RIGHT_BEFORE =
      Pattern.compile(QUALIFIER + TITLE + ",?\\s+" + HONORIFIC + "$");

  /** A word that can be a surname: not an initial or a suffix. */
  private static final Pattern SURNAME =
      Pattern.compile("(?!(?:Jr|Sr|II|III|IV)\\.?$)\\p{Lu}\\p{L}+.*");

  /** Up to ten words, capitalised or small linking ones, then an acronym in brackets. */
  private static final Pattern ACRONYM_DEFINED =
      Pattern.compile(
          "((?:\\p{Lu}[\\p{L}'’-]*|of|for|and|the|on|de|del|des|la)"
              + "(?:\\s+(?:\\p{Lu}[\\p{L}'’-]*|of|for|and|the|on|de|del|des|la)){1,9})"
              + "\\s+\\((\\p{Lu}{2,8})\\)");

  /** A capitalised name right after a title, whose title it is. */
  private static final Pattern NAME_NEXT = Pattern.compile("\\s+\\p{Lu}\\p{Ll}");

  /** Words that end an organisation's name. */
  private static final Pattern ORGANISATION_WORD =
      Pattern.compile(
          "\\b(?:Ministry|Council|Committee|Commission|Organi[sz]ation|Union|Agency|Bank|Party"
              + "|Forces|Army|Service|Parliament|Assembly|Fund|Court|Office|Cent(?:er|re)"
              + "|Institute|Alliance|Community|Federation|Guard|Front|Movement|Corporation)\\b");

  private static final Pattern ACRONYM_AFTER = Pattern.compile("^\\s*\\((\\p{Lu}{2,8})\\)");
  private static final Pattern SPEECH_AFTER =
      Pattern.compile("^,?\\s+(?:said|says|told|added|noted|stressed|announced)\\b");

  /** Capitalised words that are not names, so a name never starts or ends with them. */
  private static final Set<String> NOT_NAMES =
      Set.of(
          "The",
          "A",
          "An",
          "On",
          "In",
          "At",
          "And",
          "But",
          "He",
          "She",
          "It",
          "They",
          "His",
          "Her",
          "Their",
          "This",
          "That",
          "Monday",
          "Tuesday",
          "Wednesday",
          "Thursday",
          "Friday",
          "Saturday",
          "Sunday",
          "January",
          "February",
          "March",
          "April",
          "May",
          "June",
          "July",
          "August",
          "September",
          "October",
          "November",
          "December",
          "Mr",
          "Ms",
          "Mrs",
          "Dr");

  private final POSModel posModel;
  private final ThreadLocal<POSTaggerME> tagger;

  public NameFinder() {
    try (InputStream in = NameFinder.class.getClassLoader().getResourceAsStream(POS_MODEL)) {
      if (in == null) {
        throw new IOException("OpenNLP model not on the class path: " + POS_MODEL);
      }
      posModel = new POSModel(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot load the OpenNLP part-of-speech model", e);
    }
    tagger = ThreadLocal.withInitial(() -> new POSTaggerME(posModel));
  }

  /** A person or organisation found in the text, not yet in the store. */
  record Found(
      String name, EntityKind kind, String country, List<String> roles, List<String> aliases) {}

  /**
   * The new entities of an analysed article: names the store's lexicon did not recognise (its
   * mentions are in {@code text.entities()}), keyed by name.
   */
  public List<Found> find(AnalyzedText text, CountryGazetteer gazetteer) {
    String plain = text.plain();
    boolean[] known = new boolean[plain.length()];
    // A titled name is a person's even where a word of it names a town ("President Santiago Pena").
    boolean[] knownButPlaces = new boolean[plain.length()];
    for (EntityMention m : text.entities()) {
      if (m.form() == EntityMention.Form.NAME || m.form() == EntityMention.Form.TITLE) {
        for (int i = m.span().start(); i < m.span().end(); i++) {
          known[i] = true;
          knownButPlaces[i] |= m.kind() != EntityKind.PLACE;
        }
      }
    }
    Map<String, Found> found = new LinkedHashMap<>();
    Countries countries = new Countries(gazetteer);
    titled(plain, knownButPlaces, countries, found);
    regions(plain, known, countries, found);
    namedThings(plain, known, found);
    definedAcronyms(plain, known, found);
    tagged(text, known, countries, found);
    return withStandaloneAliases(plain, withAcronyms(plain, known, found));
  }

  /** "Somalia's breakaway region of Somaliland", "the autonomous republic of Adjara". */
  private static void regions(
      String plain, boolean[] known, Countries countries, Map<String, Found> out) {
    Matcher m = REGION_OF.matcher(plain);
    while (m.find()) {
      String name = m.group(2);
      if (isKnown(known, m.start(2), m.end(2)) || out.containsKey(name)) {
        continue;
      }
      String country = m.group(1) == null ? null : countries.named(m.group(1));
      out.put(name, new Found(name, EntityKind.PLACE, country, List.of(), List.of()));
    }
  }

  /**
   * "the Economic Community of West African States (ECOWAS)": a name the article defines an acronym
   * for, as far back as the acronym's letters reach, is an organisation's, with the acronym as its
   * alias. Its words are then taken, so no shorter name is found inside it.
   */
  private static void definedAcronyms(String plain, boolean[] known, Map<String, Found> out) {
    Matcher m = ACRONYM_DEFINED.matcher(plain);
    while (m.find()) {
      String acronym = m.group(2);
      String[] words = m.group(1).split("\\s+");
      for (int from = 0; from < words.length - 1; from++) {
        if (!Character.isUpperCase(words[from].charAt(0))) {
          continue;
        }
        String name = String.join(" ", List.of(words).subList(from, words.length));
        if (spells(acronym, name)) {
          int start = m.start(1) + m.group(1).indexOf(name);
          if (!isKnown(known, start, m.end(1)) && !out.containsKey(name)) {
            out.put(
                name, new Found(name, EntityKind.ORGANISATION, null, List.of(), List.of(acronym)));
            for (int i = start; i < m.end(1); i++) {
              known[i] = true;
            }
          }
          break;
        }
      }
    }
  }

  /**
   * Whether an acronym abbreviates a name: the initials of the name's capitalised words come in
   * order among its letters, and its letters in order among the name's.
   */
  static boolean spells(String acronym, String name) {
    String letters = name.replaceAll("[^\\p{L}]", "").toUpperCase(Locale.ROOT);
    if (letters.isEmpty() || acronym.charAt(0) != letters.charAt(0)) {
      return false;
    }
    int at = 0;
    for (char c : acronym.toCharArray()) {
      at = letters.indexOf(c, at);
      if (at < 0) {
        return false;
      }
      at++;
    }
    int in = 0;
    for (String word : name.split("[\\s-]+")) {
      if (!word.isEmpty() && Character.isUpperCase(word.charAt(0))) {
        in = acronym.indexOf(word.charAt(0), in);
        if (in < 0) {
          return false;
        }
        in++;
      }
    }
    return true;
  }

  /** The words before an office and the office: "Ethiopian" and "Prime Minister". */
  private record Office(String qualifier, String title) {}

  /**
   * Where the office in "Prime Minister" or "Ethiopian Prime Minister" starts: the regex may take
   * "Prime" for a qualifier of "Minister".
   */
  private static Office office(String qualifier, String title) {
    if (qualifier != null && TITLE_ONLY.matcher(qualifier + " " + title).matches()) {
      return new Office(null, qualifier + " " + title); // not a prime kind of minister
    }
    if (qualifier != null && qualifier.contains(" ")) {
      String last = qualifier.substring(qualifier.lastIndexOf(' ') + 1);
      if (TITLE_ONLY.matcher(last + " " + title).matches()) {
        return new Office(qualifier.substring(0, qualifier.lastIndexOf(' ')), last + " " + title);
      }
    }
    return new Office(qualifier, title);
  }

  /** The country and office a title right before a name gives ("Japanese Prime Minister"). */
  record Title(String country, String role) {}

  /** What the words right before {@code nameStart} say of the person named there, if anything. */
  static Optional<Title> titleBefore(String plain, int nameStart, CountryGazetteer gazetteer) {
    Matcher m = TITLE_RIGHT_BEFORE.matcher(plain).region(Math.max(0, nameStart - 60), nameStart);
    if (!m.find()) {
      return Optional.empty();
    }
    Office office = office(m.group(1), m.group(2));
    String country =
        office.qualifier() == null ? null : new Countries(gazetteer).ofWord(office.qualifier());
    String role = role(office.title());
    return country == null && role == null
        ? Optional.empty()
        : Optional.of(new Title(country, role));
  }

  /** "The vaccine, dubbed Sputnik V, ...": a product by its name. */
  private static void namedThings(String plain, boolean[] known, Map<String, Found> out) {
    Matcher m = NAMED_THING.matcher(plain);
    while (m.find()) {
      String name = m.group(2);
      if (!isKnown(known, m.start(2), m.end(2)) && !out.containsKey(name)) {
        out.put(name, new Found(name, EntityKind.PRODUCT, null, List.of(), List.of()));
      }
    }
  }

  private void titled(String plain, boolean[] known, Countries countries, Map<String, Found> out) {
    Matcher m = TITLE_NAME.matcher(plain);
    while (m.find()) {
      Office office = office(m.group(1), m.group(2));
      String qualifier = office.qualifier();
      String title = office.title();
      String country = qualifier == null ? null : countries.ofWord(qualifier);
      if (title.equalsIgnoreCase("counterpart")) {
        title = officeBefore(plain, m.start()); // "Russian President ... and his ... counterpart"
      }
      List<String> titles =
          title == null
              ? List.of()
              : m.group(3) == null ? List.of(title) : List.of(title, m.group(3));
      person(plain, known, m.start(5), m.group(5), m.group(4), country, titles, out);
    }
    m = TITLE_OF_NAME.matcher(plain);
    while (m.find()) {
      person(
          plain,
          known,
          m.start(4),
          m.group(4),
          m.group(3),
          countries.named(m.group(2)),
          List.of(m.group(1)),
          out);
    }
    m = POSSESSIVE_TITLE_NAME.matcher(plain);
    while (m.find()) {
      person(
          plain,
          known,
          m.start(4),
          m.group(4),
          m.group(3),
          countries.named(m.group(1)),
          List.of(m.group(2)),
          out);
    }
    m = NAME_COMMA_TITLE.matcher(plain);
    while (m.find()) {
      if (NAME_NEXT.matcher(plain).region(m.end(), plain.length()).lookingAt()) {
        continue; // "Meanwhile, Russian President Vladimir Putin": the title is Putin's
      }
      String country =
          m.group(4) != null
              ? countries.named(m.group(4))
              : m.group(2) == null ? null : countries.ofWord(m.group(2));
      person(plain, known, m.start(1), m.group(1), null, country, List.of(m.group(3)), out);
    }
    m = PAIRED_TITLES_NAMES.matcher(plain);
    while (m.find()) {
      String office = m.group(3).substring(0, m.group(3).length() - 1); // "presidents"
      person(
          plain,
          known,
          m.start(4),
          m.group(4),
          null,
          countries.ofWord(m.group(1)),
          List.of(office),
          out);
      person(
          plain,
          known,
          m.start(5),
          m.group(5),
          null,
          countries.ofWord(m.group(2)),
          List.of(office),
          out);
    }
    m = CONTACT_OBJECT.matcher(plain);
    while (m.find()) {
      String name = m.group(2);
      boolean titled =
          containsFoundName(name, out) // "received Vietnamese President To Lam"
              || TITLE_START.matcher(name).lookingAt();
      if (!titled) {
        person(plain, known, m.start(2), name, m.group(1), null, List.of(), out);
      }
    }
  }

  /** The office named last in the words before a counterpart, in the same sentence. */
  private static String officeBefore(String plain, int at) {
    int from = Math.max(0, at - 150);
    String before = plain.substring(from, at);
    int stop = Math.max(before.lastIndexOf(". "), before.lastIndexOf('\n'));
    Matcher office = TITLE_ONLY.matcher(before.substring(stop + 1));
    String last = null;
    while (office.find()) {
      if (!office.group(1).equalsIgnoreCase("counterpart")) {
        last = office.group(1);
      }
    }
    return last;
  }

  private static void person(
      String plain,
      boolean[] known,
      int start,
      String rawName,
      String honorific,
      String country,
      List<String> titles,
      Map<String, Found> out) {
    String name = trimName(rawName);
    int offset = rawName.indexOf(name);
    if (name.isEmpty() || isKnown(known, start + offset, start + offset + name.length())) {
      return;
    }
    List<String> roles = new ArrayList<>();
    for (String title : titles) {
      String role = role(title);
      if (role != null && !roles.contains(role)) {
        roles.add(role);
      }
    }
    Found previous = out.get(name);
    if (previous != null && (previous.country() != null || country == null)) {
      return;
    }
    List<String> words = List.of(name.split("\\s+"));
    if (words.size() == 1 && previous == null && !isSurnameOfFound(name, out)) {
      // "President Macron": a surname alone is a name only with its title.
      out.put(name, new Found(name, EntityKind.PERSON, country, roles, List.of()));
      return;
    }
    if (words.size() == 1) {
      return;
    }
    out.put(
        name, new Found(name, EntityKind.PERSON, country, roles, aliases(words, honorific, out)));
  }

  /**
   * What later mentions call a person: the surname ("Japarov"); for a name of lineage ("Tamim bin
   * Hamad Al Thani") the last word is a father's or a family's, so only the form of address with
   * the given name ("Sheikh Tamim").
   */
  private static List<String> aliases(
      List<String> words, String honorific, Map<String, Found> out) {
    boolean lineage =
        words.stream().anyMatch(w -> w.equals("bin") || w.equals("bint") || w.equals("ibn"));
    if (lineage) {
      return honorific == null ? List.of() : List.of(honorific + " " + words.get(0));
    }
    String surname = words.get(words.size() - 1);
    for (int i = words.size() - 1; i > 0 && !SURNAME.matcher(words.get(i)).matches(); i--) {
      surname = words.get(i - 1); // "Marcos" of "Ferdinand R. Marcos Jr."
    }
    out.remove(surname); // "President Japarov" seen before "Sadyr Japarov": one person
    return List.of(surname);
  }

  private static boolean isSurnameOfFound(String word, Map<String, Found> out) {
    return out.values().stream().anyMatch(f -> f.aliases().contains(word));
  }

  /** Organisations and speakers, from runs of proper nouns. */
  private void tagged(
      AnalyzedText text, boolean[] known, Countries countries, Map<String, Found> out) {
    String plain = text.plain();
    List<Token> tokens = text.tokens();
    for (Sentence sentence : text.sentences()) {
      List<Token> inSentence = text.within(tokens, sentence.span());
      if (inSentence.isEmpty()) {
        continue;
      }
      String[] words = inSentence.stream().map(Token::text).toArray(String[]::new);
      String[] tags = tagger.get().tag(words);
      int i = 0;
      while (i < words.length) {
        int from = i;
        int j = i;
        if (isProperNoun(tags, words, i)) {
          // "Collective Security Treaty Organization", "Shanghai Cooperation Organisation"
          while (j + 1 < words.length
              && (isProperNoun(tags, words, j + 1)
                  || (words[j + 1].equals("of")
                      && j + 2 < words.length
                      && isProperNoun(tags, words, j + 2)))) {
            j++;
          }
          // "Andean/PROPN Community/NOUN": the tagger may take the word that ends an
          // organisation's name for a common noun.
          while (j + 1 < words.length
              && Character.isUpperCase(words[j + 1].charAt(0))
              && ORGANISATION_WORD.matcher(words[j + 1]).matches()) {
            j++;
          }
          // "Syrian/PROPN Constitutional/ADJ Committee/NOUN"
          j = Math.max(j, capitalisedOrganisationEnd(words, j));
          if (ORGANISATION_WORD.matcher(words[j]).matches()) {
            // "the Russian Foreign Ministry", "a Gulf Cooperation Council summit": capitalised
            // words the tagger calls adjectives or common nouns belong to an organisation's name.
            while (from > 0
                && (tags[from - 1].equals("ADJ") || tags[from - 1].equals("NOUN"))
                && Character.isUpperCase(words[from - 1].charAt(0))) {
              from--;
            }
          }
        } else {
          // "African/ADJ Union/NOUN leaders": an organisation's name without a proper noun the
          // tagger sees, away from the capital that starts a sentence.
          j =
              i > 0 && !Character.isUpperCase(words[i - 1].charAt(0))
                  ? capitalisedOrganisationEnd(words, i)
                  : -1;
          if (j < 0) {
            i++;
            continue;
          }
        }
        Span span = new Span(inSentence.get(from).span().start(), inSentence.get(j).span().end());
        i = j + 1;
        if (isKnown(known, span.start(), span.end())) {
          continue;
        }
        String name = trimName(plain.substring(span.start(), span.end()));
        if (name.isEmpty() || out.containsKey(name) || containsFoundName(name, out)) {
          continue;
        }
        String after = plain.substring(span.end(), Math.min(plain.length(), span.end() + 20));
        if (ORGANISATION_WORD.matcher(name).find() && name.contains(" ")) {
          Matcher acronym = ACRONYM_AFTER.matcher(after);
          List<String> aliases = acronym.find() ? List.of(acronym.group(1)) : List.of();
          // A demonym opening the name says whose it is: "Russian Foreign Ministry".
          String country = countries.ofWord(name.split("\\s+")[0]);
          out.put(name, new Found(name, EntityKind.ORGANISATION, country, List.of(), aliases));
        } else if (SPEECH_AFTER.matcher(after).find()
            && name.split("\\s+").length >= 2
            && !isSurnameOfFound(name, out)) {
          String[] parts = name.split("\\s+");
          out.put(
              name,
              new Found(
                  name, EntityKind.PERSON, null, List.of(), List.of(parts[parts.length - 1])));
        }
      }
    }
  }

  /**
   * "the AU headquarters" after "African Union": an organisation's initials, used on their own in
   * the text and by no other name found or known there, are its alias.
   */
  private static Map<String, Found> withAcronyms(
      String plain, boolean[] known, Map<String, Found> found) {
    Map<String, List<String>> byInitials = new HashMap<>();
    for (Found f : found.values()) {
      if (f.kind() == EntityKind.ORGANISATION && f.aliases().isEmpty()) {
        StringBuilder initials = new StringBuilder();
        for (String word : f.name().split("[\\s-]+")) {
          if (Character.isUpperCase(word.charAt(0))) {
            initials.append(word.charAt(0));
          }
        }
        if (initials.length() >= 2) {
          byInitials.computeIfAbsent(initials.toString(), k -> new ArrayList<>()).add(f.name());
        }
      }
    }
    Map<String, Found> out = new LinkedHashMap<>(found);
    byInitials.forEach(
        (acronym, names) -> {
          Matcher used = Pattern.compile("\\b" + acronym + "\\b").matcher(plain);
          boolean standsAlone = false;
          boolean knownElsewhere = false;
          while (used.find()) {
            standsAlone = true;
            knownElsewhere |= isKnown(known, used.start(), used.end());
          }
          if (names.size() == 1 && standsAlone && !knownElsewhere && !found.containsKey(acronym)) {
            Found f = found.get(names.get(0));
            out.put(
                f.name(), new Found(f.name(), f.kind(), f.country(), f.roles(), List.of(acronym)));
          }
        });
    return out;
  }

  /**
   * Later mentions by one part of a name: "Yoon" for "Yoon Suk Yeol" and "Cho" for "Cho Tae-yul",
   * whose surnames come first. A word of exactly one new person's name that the article also uses
   * on its own, next to no other capitalised word, becomes that person's alias.
   */
  private static List<Found> withStandaloneAliases(String plain, Map<String, Found> found) {
    Map<String, Integer> owners = new HashMap<>();
    for (Found f : found.values()) {
      if (f.kind() == EntityKind.PERSON) {
        for (String word : new java.util.HashSet<>(List.of(f.name().split("\\s+")))) {
          owners.merge(word, 1, Integer::sum);
        }
      }
    }
    List<Found> out = new ArrayList<>();
    for (Found f : found.values()) {
      String[] words = f.name().split("\\s+");
      boolean lineage = List.of(words).stream().anyMatch(w -> w.matches("bin|bint|ibn"));
      if (f.kind() != EntityKind.PERSON || words.length < 2 || lineage) {
        out.add(f);
        continue;
      }
      List<String> aliases = new ArrayList<>(f.aliases());
      for (String word : words) {
        if (word.length() >= 3
            && Character.isUpperCase(word.charAt(0))
            && !aliases.contains(word)
            && owners.getOrDefault(word, 0) == 1
            && !found.containsKey(word)
            && standsAlone(plain, word)) {
          aliases.add(word);
        }
      }
      out.add(new Found(f.name(), f.kind(), f.country(), f.roles(), List.copyOf(aliases)));
    }
    return out;
  }

  private static boolean standsAlone(String plain, String word) {
    Matcher m =
        Pattern.compile(
                "(?<![\\p{L}'’.-])(?<!\\p{Lu}[\\p{L}'’-]{0,30}\\s)"
                    + Pattern.quote(word)
                    + "(?![\\p{L}'’-])(?!\\s+(?:\\p{Lu}|"
                    + PARTICLE_WORDS
                    + "\\b))")
            .matcher(plain);
    return m.find();
  }

  /** "Somali President Hassan Sheikh Mohamud" holds a name its title already gave. */
  private static boolean containsFoundName(String run, Map<String, Found> out) {
    for (String found : out.keySet()) {
      if (found.contains(" ") && (" " + run + " ").contains(" " + found + " ")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Where a run of two or more capitalised words from {@code i} ends in a word that ends an
   * organisation's name ("African Union"), or -1.
   */
  private static int capitalisedOrganisationEnd(String[] words, int i) {
    int j = i;
    while (j < words.length
        && Character.isUpperCase(words[j].charAt(0))
        && !NOT_NAMES.contains(words[j])) {
      j++;
    }
    for (int end = j - 1; end > i; end--) {
      if (ORGANISATION_WORD.matcher(words[end]).matches()) {
        return end;
      }
    }
    return -1;
  }

  private static boolean isProperNoun(String[] tags, String[] words, int i) {
    return tags[i].equals("PROPN") && Character.isUpperCase(words[i].charAt(0));
  }

  private static boolean isKnown(boolean[] known, int start, int end) {
    for (int i = start; i < end && i < known.length; i++) {
      if (known[i]) {
        return true;
      }
    }
    return false;
  }

  /** The name without leading or trailing words that cannot be part of it. */
  static String trimName(String raw) {
    List<String> words = new ArrayList<>(List.of(raw.strip().split("\\s+")));
    while (!words.isEmpty() && NOT_NAMES.contains(words.get(0))) {
      words.remove(0);
    }
    for (int i = 0; i < words.size(); i++) {
      if (NOT_NAMES.contains(words.get(i))) {
        words = new ArrayList<>(words.subList(0, i));
        break;
      }
    }
    return String.join(" ", words);
  }

  /** An office as the store keeps it (lower case, one word for each office), or null. */
  static String role(String title) {
    String role = title.toLowerCase(Locale.ROOT).replace('-', ' ');
    return switch (role) {
      case "premier" -> "prime minister";
      case "minister of foreign affairs",
          "foreign affairs secretary",
          "foreign secretary",
          "secretary of foreign affairs" ->
          "foreign minister";
      case "minister of defense", "minister of defence", "defence minister" -> "defense minister";
      case "spokeswoman", "spokesperson" -> "spokesman";
      case "counterpart", "minister" -> null; // the office is the other person's, or unnamed
      default -> role;
    };
  }

  /** Countries by name, alias or demonym. */
  private static final class Countries {
    private final Map<String, String> byName = new HashMap<>();
    private final Map<String, String> byDemonym = new HashMap<>();

    Countries(CountryGazetteer gazetteer) {
      for (CountryGazetteer.Country country : gazetteer.countries()) {
        byName.put(country.name().toLowerCase(Locale.ROOT), country.id());
        for (String alias : country.aliases()) {
          byName.put(alias.toLowerCase(Locale.ROOT), country.id());
        }
        for (String demonym : country.demonyms()) {
          byDemonym.put(demonym, country.id());
        }
      }
    }

    /** The country of "Kyrgyz", "South Korean" or "Kenya"; of its last word, if not whole. */
    String ofWord(String words) {
      String country =
          Optional.ofNullable(byDemonym.get(words))
              .orElse(byName.get(words.toLowerCase(Locale.ROOT)));
      int space = words.lastIndexOf(' ');
      return country != null || space < 0 ? country : ofWord(words.substring(space + 1));
    }

    String named(String name) {
      return byName.get(name.strip().toLowerCase(Locale.ROOT));
    }
  }
}
