package io.factcheck.bench;

import io.factcheck.store.model.ContactMode;
import io.factcheck.store.model.DateRange;
import io.factcheck.store.model.Document;
import io.factcheck.store.model.Entity;
import io.factcheck.store.model.EntityKind;
import io.factcheck.store.model.Event;
import io.factcheck.store.model.EventCount;
import io.factcheck.store.model.EventStatus;
import io.factcheck.store.model.EventType;
import io.factcheck.store.model.Provenance;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * A newsroom archive made up from a seed: invented leaders of the gazetteer's countries, invented
 * cities, and wire-style articles reporting their talks, calls, visits, signings and telegrams,
 * each reported event stored as an APPROVED event whose provenance is the sentence that states it.
 * The same seed always gives the same corpus, and the first articles do not depend on the size
 * asked for, so drafts written about them hold at every scale.
 */
public final class SyntheticCorpus {

  /** Everything to store: the new people and places, the articles and their events. */
  public record Corpus(List<Entity> entities, List<Document> documents, List<Event> events) {}

  /** One sentence an article or draft states, and the event it reports (null for background). */
  record Statement(String text, Event event) {}

  private static final DateTimeFormatter LONG_DATE =
      DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.ENGLISH);
  private static final DateTimeFormatter DATELINE =
      DateTimeFormatter.ofPattern("MMMM d", Locale.ENGLISH);

  static final int PEOPLE = 2000;
  static final int CITIES = 400;

  private static final List<String> FIRST_NAMES =
      List.of(
          "Adrian",
          "Boris",
          "Carla",
          "Dmitri",
          "Elena",
          "Farid",
          "Greta",
          "Hassan",
          "Irina",
          "Jonas",
          "Katarina",
          "Luis",
          "Marta",
          "Nikolai",
          "Olga",
          "Pavel",
          "Rosa",
          "Samir",
          "Tamara",
          "Viktor",
          "Yusuf",
          "Zofia",
          "Anders",
          "Bilal",
          "Chiara",
          "Dragan",
          "Emine",
          "Felipe",
          "Gulnara",
          "Henrik",
          "Ines",
          "Jakub",
          "Leila",
          "Mateo",
          "Nadia",
          "Oskar",
          "Petra",
          "Rustam",
          "Sofia",
          "Tomas",
          "Ulrike",
          "Vesna",
          "Walter",
          "Ximena",
          "Yara");
  private static final List<String> SYLLABLES =
      List.of(
          "ba", "ko", "ril", "ma", "ten", "vo", "sa", "lin", "dre", "gor", "no", "vik", "ta", "ros",
          "mel", "ka", "dun", "pe", "li", "stan", "ber", "zo", "han", "ne", "mir", "lo", "ver",
          "chu", "da", "ges");
  private static final List<String> CITY_ENDINGS =
      List.of("grad", "ville", "burg", "port", "ovo", "abad", "stad", "mouth", "polis", "ia");
  private static final List<String> ROLES =
      List.of("president", "prime minister", "foreign minister");
  private static final List<String> SOURCES = List.of("TASS", "Reuters", "AFP", "AP", "Xinhua");
  private static final List<String> BACKGROUND =
      List.of(
          "The talks focused on trade, energy and regional security.",
          "Officials did not give further details.",
          "Both sides described the conversation as constructive and businesslike.",
          "Analysts said the contacts reflected a gradual warming of relations.",
          "The press service said the leaders agreed to stay in touch.",
          "Opposition politicians criticised the government for a lack of transparency.",
          "Markets in the region were calm, and the currency held steady against the dollar.",
          "Diplomats said a joint statement was being prepared.",
          "Several ministers and business leaders accompanied the delegation.",
          "The agenda also included infrastructure projects and student exchanges.",
          "Human rights groups urged the leaders to raise the cases of jailed journalists.",
          "The two governments have disagreed in the past over fishing rights and border crossings.");
  private static final List<String> WHAT_SIGNED =
      List.of("agreements", "memorandums", "contracts", "protocols");

  private final Random random;
  private final List<Country> countries = new ArrayList<>();
  private final List<Entity> people = new ArrayList<>();
  private final List<Entity> cities = new ArrayList<>();
  private final Map<String, Country> countryById = new LinkedHashMap<>();
  private final Set<String> texts = new HashSet<>();
  private int documentCount;

  private record Country(String id, String name, String demonym) {}

  private SyntheticCorpus(long seed) {
    this.random = new Random(seed);
    readGazetteer();
    inventPeopleAndCities();
  }

  /** A corpus of at least {@code events} approved events (whole articles, so a few more). */
  public static Corpus generate(long seed, int events) {
    SyntheticCorpus generator = new SyntheticCorpus(seed);
    List<Entity> entities = new ArrayList<>(generator.people);
    entities.addAll(generator.cities);
    List<Document> documents = new ArrayList<>();
    List<Event> stored = new ArrayList<>();
    while (stored.size() < events) {
      Article article = generator.nextArticle();
      documents.add(article.document());
      stored.addAll(article.events());
    }
    return new Corpus(entities, documents, stored);
  }

  /**
   * A draft of about {@code words} words, as a reporter might write it from the archive: events of
   * the first articles restated (some with a date or count slipped), events of the bundled store,
   * and background sentences.
   */
  public static String draft(long seed, int words) {
    SyntheticCorpus generator = new SyntheticCorpus(seed);
    List<Statement> facts = new ArrayList<>();
    while (facts.size() < 60) {
      for (Statement statement : generator.nextArticle().statements()) {
        if (statement.event() != null) {
          facts.add(statement);
        }
      }
    }
    Random pick = new Random(seed + words);
    StringBuilder text = new StringBuilder();
    int count = 0;
    for (int i = 0; count < words; i++) {
      String sentence =
          switch (i % 5) {
            case 0, 2 -> restate(facts.get(pick.nextInt(facts.size())), pick);
            case 1 -> BUNDLED_STORE.get(pick.nextInt(BUNDLED_STORE.size()));
            default -> BACKGROUND.get(pick.nextInt(BACKGROUND.size()));
          };
      text.append(sentence).append(i % 4 == 3 ? "\n\n" : " ");
      count += sentence.split("\\s+").length;
    }
    return text.toString().strip();
  }

  /** Sentences about the events of the bundled corpus, right and wrong. */
  private static final List<String> BUNDLED_STORE =
      List.of(
          "Russian President Vladimir Putin and his Belarusian counterpart spoke by phone on October 2, 2020.",
          "Putin and Lukashenko had met in Sochi on September 16, 2020, when they discussed vaccine trials.",
          "Fighting between Azerbaijan and Armenia broke out on September 27, 2020.",
          "The war lasted 44 days and ended with a Russian-brokered agreement in November 2020.");

  /** A fact stated again, one time in four with its date a day off or its count one higher. */
  private static String restate(Statement fact, Random pick) {
    String text = fact.text();
    if (pick.nextInt(4) != 0 || fact.event() == null) {
      return text;
    }
    Event event = fact.event();
    if (!event.counts().isEmpty()) {
      long value = event.counts().get(0).value();
      return text.replace(" " + value + " ", " " + (value + 1) + " ");
    }
    LocalDate day = event.date().start();
    return text.replace(day.format(LONG_DATE), day.plusDays(1).format(LONG_DATE));
  }

  private record Article(Document document, List<Event> events, List<Statement> statements) {}

  private Article nextArticle() {
    int number = ++documentCount;
    LocalDate published = LocalDate.of(2012, 1, 1).plusDays(random.nextInt(13 * 365));
    Entity dateline = cities.get(random.nextInt(cities.size()));
    String source = SOURCES.get(random.nextInt(SOURCES.size()));
    List<Statement> statements = new ArrayList<>();
    int reported = 3 + random.nextInt(8);
    for (int i = 0; i < reported; i++) {
      statements.add(nextStatement(published));
      if (random.nextInt(3) > 0) {
        statements.add(new Statement(BACKGROUND.get(random.nextInt(BACKGROUND.size())), null));
      }
    }
    String lead =
        dateline.name().toUpperCase(Locale.ROOT)
            + ", "
            + published.format(DATELINE)
            + ". /"
            + source
            + "/. ";
    StringBuilder text = new StringBuilder(lead);
    String id = String.format(Locale.ROOT, "synthetic-%07d", number);
    List<Event> events = new ArrayList<>();
    for (int i = 0; i < statements.size(); i++) {
      Statement statement = statements.get(i);
      if (i > 0) {
        text.append(i % 3 == 0 ? "\n\n" : " ");
      }
      int start = text.length();
      text.append(statement.text());
      if (statement.event() != null) {
        Provenance where = new Provenance(id, start, text.length(), statement.text());
        events.add(statement.event().withSources(List.of(where)));
      }
    }
    if (!texts.add(text.toString())) {
      return nextArticle(); // the same text twice would be stored once; draw another
    }
    String title = statements.get(0).text();
    Document document =
        new Document(id, title, source, null, text.toString(), DateRange.day(published));
    return new Article(document, events, statements);
  }

  private Statement nextStatement(LocalDate published) {
    Entity a = leader();
    Entity b = leader();
    while (b.equals(a)) {
      b = leader();
    }
    Entity city = cities.get(random.nextInt(cities.size()));
    LocalDate day = published.minusDays(random.nextInt(21));
    String when = day.format(LONG_DATE);
    String nameA = titled(a);
    String nameB = titled(b);
    return switch (random.nextInt(5)) {
      case 0 ->
          statement(
              nameA + " and " + nameB + " held talks in " + city.name() + " on " + when + ".",
              EventType.MEETING,
              List.of(a.id(), b.id()),
              ContactMode.IN_PERSON,
              day,
              List.of(city.id()),
              List.of());
      case 1 ->
          statement(
              nameA + " and " + nameB + " spoke by phone on " + when + ".",
              EventType.PHONE_CALL,
              List.of(a.id(), b.id()),
              ContactMode.PHONE,
              day,
              List.of(),
              List.of());
      case 2 -> {
        Country visited = countryById.get(b.country());
        yield statement(
            nameA + " paid an official visit to " + visited.name() + " on " + when + ".",
            EventType.VISIT,
            List.of(a.id(), visited.id()),
            ContactMode.IN_PERSON,
            day,
            List.of(visited.id()),
            List.of());
      }
      case 3 -> {
        int signed = 2 + random.nextInt(14);
        String what = WHAT_SIGNED.get(random.nextInt(WHAT_SIGNED.size()));
        yield statement(
            nameA
                + " and "
                + nameB
                + " signed "
                + signed
                + " "
                + what
                + " in "
                + city.name()
                + " on "
                + when
                + ".",
            EventType.SIGNING,
            List.of(a.id(), b.id()),
            ContactMode.IN_PERSON,
            day,
            List.of(city.id()),
            List.of(new EventCount(what, signed, false)));
      }
      default ->
          statement(
              nameA + " sent a congratulatory telegram to " + nameB + " on " + when + ".",
              EventType.TELEGRAM,
              List.of(a.id(), b.id()),
              ContactMode.WRITTEN,
              day,
              List.of(),
              List.of());
    };
  }

  private static Statement statement(
      String text,
      EventType type,
      List<String> participants,
      ContactMode mode,
      LocalDate day,
      List<String> places,
      List<EventCount> counts) {
    Event event =
        new Event(
            0,
            type,
            participants,
            mode,
            DateRange.day(day),
            places,
            counts,
            text,
            List.of(),
            EventStatus.APPROVED,
            0,
            List.of());
    return new Statement(text, event);
  }

  /** Some leaders are in the news far more than others, as in a real archive. */
  private Entity leader() {
    double u = random.nextDouble();
    return people.get((int) (people.size() * u * u));
  }

  /** "Veloran President Adrian Bakoril": demonym, office and full name. */
  private String titled(Entity person) {
    String role = person.roles().get(0);
    String office =
        Character.toUpperCase(role.charAt(0))
            + role.substring(1).replace("minister", "Minister").replace("foreign", "Foreign");
    return countryById.get(person.country()).demonym() + " " + office + " " + person.name();
  }

  private void inventPeopleAndCities() {
    Set<String> surnames = new HashSet<>();
    while (people.size() < PEOPLE) {
      String surname = capitalised(word(3));
      if (!surnames.add(surname)) {
        continue;
      }
      String first = FIRST_NAMES.get(random.nextInt(FIRST_NAMES.size()));
      Country country = countries.get(random.nextInt(countries.size()));
      people.add(
          new Entity(
              slug(first + " " + surname),
              EntityKind.PERSON,
              first + " " + surname,
              List.of(surname),
              country.id(),
              List.of(ROLES.get(random.nextInt(ROLES.size()))),
              null));
    }
    Set<String> names = new HashSet<>();
    while (cities.size() < CITIES) {
      String name = capitalised(word(2)) + CITY_ENDINGS.get(random.nextInt(CITY_ENDINGS.size()));
      if (!names.add(name) || surnames.contains(name)) {
        continue;
      }
      Country country = countries.get(random.nextInt(countries.size()));
      cities.add(
          new Entity(
              slug(name),
              EntityKind.PLACE,
              name,
              List.of(),
              country.id(),
              List.of(),
              country.id()));
    }
  }

  private String word(int syllables) {
    StringBuilder word = new StringBuilder();
    for (int i = 0; i < syllables; i++) {
      word.append(SYLLABLES.get(random.nextInt(SYLLABLES.size())));
    }
    return word.toString();
  }

  private static String capitalised(String word) {
    return Character.toUpperCase(word.charAt(0)) + word.substring(1);
  }

  private static String slug(String name) {
    return "synthetic-" + name.toLowerCase(Locale.ROOT).replace(' ', '-');
  }

  private void readGazetteer() {
    try (InputStream in =
            SyntheticCorpus.class.getClassLoader().getResourceAsStream("gazetteer/countries.tsv");
        BufferedReader reader =
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      reader.readLine(); // header: id, name, demonyms, capital, aliases
      for (String line; (line = reader.readLine()) != null; ) {
        String[] columns = line.split("\t", -1);
        if (columns.length < 3 || columns[2].isBlank() || columns[1].contains(" ")) {
          continue; // one-word names with a demonym keep the invented sentences simple
        }
        Country country = new Country(columns[0], columns[1], columns[2].split("\\|")[0]);
        countries.add(country);
        countryById.put(country.id(), country);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
