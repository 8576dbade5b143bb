package io.factcheck.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.factcheck.analysis.CountryGazetteer;
import io.factcheck.analysis.EntityLexicon;
import io.factcheck.store.model.DateRange;
import io.factcheck.store.model.Event;
import io.factcheck.store.model.EventType;
import io.factcheck.store.model.SourceConflict;
import io.factcheck.verify.DraftScores;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Measures ingestion against hand-labelled events: the project's held-out articles (about people
 * and places the bundled corpus never names) and the bundled articles read without their curated
 * file. Run {@code main} for the figures the README reports.
 */
final class IngestionQuality {

  static final String HELD_OUT = "/ingest/held-out/";
  static final String HELD_OUT_2 = "/ingest/held-out-2/";
  static final String HELD_OUT_3 = "/ingest/held-out-3/";
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Labelled events found, and extracted events that match a label. */
  record EventScore(int labelled, int found, int extracted, int correct, List<String> misses) {
    double recall() {
      return labelled == 0 ? 1 : (double) found / labelled;
    }

    double precision() {
      return extracted == 0 ? 1 : (double) correct / extracted;
    }
  }

  record HeldOut(EventScore events, DraftScores.Score drafts, double articlesPerSecond) {}

  /** Ingests the held-out articles into a store holding the bundled corpus, then scores. */
  static HeldOut heldOut() {
    return folder(HELD_OUT);
  }

  /**
   * Events and, where the folder has {@code drafts.jsonl}, drafts of a folder's articles, read into
   * a store with the bundled corpus.
   */
  static HeldOut folder(String folder) {
    var bundle = BundledCorpus.load();
    InMemoryCorpus corpus =
        new InMemoryCorpus(bundle.entities(), bundle.events(), bundle.documents());
    JsonNode articles = json(folder + "articles.json");
    long started = System.nanoTime();
    for (JsonNode article : articles) {
      String file = article.get("file").asText();
      corpus.ingest(docId(file), text(folder + file), published(article));
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    List<Event> extracted = corpus.events.subList(bundle.events().size(), corpus.events.size());
    EventScore events = score(json(folder + "events.json"), extracted, true);
    DraftScores.Score drafts = null;
    try (InputStream in = IngestionQuality.class.getResourceAsStream(folder + "drafts.jsonl")) {
      if (in != null) {
        drafts = DraftScores.score(corpus.checker(), DraftScores.read(in));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new HeldOut(events, drafts, articles.size() / seconds);
  }

  /**
   * Precision of each reading: every article of a folder read on its own into a store with the
   * bundled corpus, each event it reads scored against that article's labels by the rule (or the
   * claim extractor) that read it. Returns rule id to {extracted, correct}.
   */
  static java.util.Map<String, int[]> perRule(String folder) {
    var bundle = BundledCorpus.load();
    ArticleReader reader = new ArticleReader();
    JsonNode labels = json(folder + "events.json");
    java.util.Map<String, int[]> byRule = new java.util.TreeMap<>();
    for (JsonNode article : json(folder + "articles.json")) {
      String file = article.get("file").asText();
      DateRange date = published(article);
      String text = text(folder + file);
      if (date == null) {
        date = Dateline.find(text).orElse(null);
      }
      ArticleReader.Reading reading = reader.read(docId(file), text, date, bundle.entities());
      List<Event> wanted = new ArrayList<>();
      for (JsonNode label : labels) {
        if (label.get("article").asText().equals(file)) {
          wanted.add(toEvent(label));
        }
      }
      for (int i = 0; i < reading.events().size(); i++) {
        Event got = reading.events().get(i);
        int[] counts = byRule.computeIfAbsent(reading.readBy().get(i), k -> new int[2]);
        counts[0]++;
        if (wanted.stream().anyMatch(w -> matches(w, got))) {
          counts[1]++;
        }
      }
    }
    return byRule;
  }

  /** Events of the second, smaller held-out set, read into a store with the bundled corpus. */
  static EventScore secondHeldOut() {
    return eventsOf(HELD_OUT_2);
  }

  /** Events of a held-out folder's articles, read into a store with the bundled corpus. */
  static EventScore eventsOf(String folder) {
    return folder(folder).events();
  }

  /** The share of the curated events recovered by reading the bundled articles alone. */
  static EventScore seedRecovery() {
    var bundle = BundledCorpus.load();
    InMemoryCorpus corpus =
        new InMemoryCorpus(CountryGazetteer.load().entities(), List.of(), List.of());
    for (var document : bundle.documents()) {
      corpus.ingest(document.id(), document.text(), document.published());
    }
    List<Event> curated = bundle.events();
    int found = 0;
    List<String> misses = new ArrayList<>();
    for (Event want : curated) {
      if (corpus.events.stream().anyMatch(got -> matches(want, got))) {
        found++;
      } else {
        misses.add("miss: " + want.type() + " " + want.participants() + " " + want.date());
      }
    }
    int correct = 0;
    for (Event got : corpus.events) {
      if (curated.stream().anyMatch(want -> matches(want, got))) {
        correct++;
      } else {
        misses.add("extra: " + describe(got));
      }
    }
    return new EventScore(curated.size(), found, corpus.events.size(), correct, misses);
  }

  private static EventScore score(JsonNode labels, List<Event> extracted, boolean byArticle) {
    int found = 0;
    List<String> misses = new ArrayList<>();
    List<Event> wanted = new ArrayList<>();
    List<String> wantedArticles = new ArrayList<>();
    for (JsonNode label : labels) {
      wanted.add(toEvent(label));
      wantedArticles.add(docId(label.get("article").asText()));
    }
    for (int i = 0; i < wanted.size(); i++) {
      String article = wantedArticles.get(i);
      Event want = wanted.get(i);
      if (extracted.stream()
          .anyMatch(got -> reports(got, article) && matches(want, asReportedBy(got, article)))) {
        found++;
      } else {
        misses.add(article + ": " + want.type() + " " + want.participants() + " " + want.date());
        for (Event got : extracted) {
          if (got.sources().stream()
              .anyMatch(
                  s ->
                      s.documentId().equals(article)
                          && want.summary().contains(s.quote().strip()))) {
            misses.add("    read instead: " + describe(got));
          }
        }
      }
    }
    // An extracted event counts once per article that reports it.
    int reports = 0, correct = 0;
    for (Event got : extracted) {
      Set<String> articles = new HashSet<>();
      got.sources().forEach(s -> articles.add(s.documentId()));
      for (String article : articles) {
        reports++;
        boolean ok = false;
        for (int i = 0; i < wanted.size(); i++) {
          if (wantedArticles.get(i).equals(article)
              && matches(wanted.get(i), asReportedBy(got, article))) {
            ok = true;
            break;
          }
        }
        if (ok) {
          correct++;
        } else {
          misses.add("extra " + article + ": " + describe(got));
        }
      }
    }
    return new EventScore(wanted.size(), found, reports, correct, misses);
  }

  private static String describe(Event event) {
    return event.type() + " " + event.participants() + " " + event.date() + " | " + event.summary();
  }

  /**
   * The event with the date this article gives it: where articles disagree on the day, the merged
   * event keeps the first report's and records the other as a conflict for the curator.
   */
  private static Event asReportedBy(Event event, String article) {
    for (SourceConflict conflict : event.conflicts()) {
      if (conflict.slot().equals("date") && conflict.source().documentId().equals(article)) {
        return new Event(
            event.id(),
            event.type(),
            event.participants(),
            event.mode(),
            DateRange.day(LocalDate.parse(conflict.reported())),
            event.places(),
            event.counts(),
            event.summary(),
            event.uncertain(),
            event.status(),
            event.version(),
            event.sources(),
            event.conflicts());
      }
    }
    return event;
  }

  private static boolean reports(Event event, String article) {
    return event.sources().stream().anyMatch(s -> s.documentId().equals(article));
  }

  /** Same kind of event, same participants, and a date that fits the labelled one. */
  static boolean matches(Event want, Event got) {
    boolean typeFits =
        want.type() == got.type()
            || (got.type() == EventType.MEETING && got.mode() == null && isContact(want.type()))
            || (want.type() == EventType.VISIT && got.type() == EventType.MEETING)
            || (want.type() == EventType.AGREEMENT && got.type() == EventType.SIGNING)
            || (want.type() == EventType.SIGNING && got.type() == EventType.AGREEMENT);
    if (!typeFits
        || !want.participants().stream().allMatch(w -> takesPart(w, got))
        || got.participants().size() > want.participants().size() + 1) {
      return false;
    }
    if (want.date() == null) {
      return true;
    }
    return got.date() != null && want.date().overlaps(got.date());
  }

  /**
   * A labelled participant is in the event: the same id, or a person the article names shorter
   * ("Obama" for the label's "Barack Obama"), or for a visit the country visited as its place.
   */
  private static boolean takesPart(String wanted, Event got) {
    if (got.participants().contains(wanted)
        || got.type() == EventType.VISIT && got.places().contains(wanted)) {
      return true;
    }
    String surname = wanted.substring(wanted.lastIndexOf('-') + 1);
    return wanted.contains("-")
        && got.participants().stream()
            .anyMatch(id -> id.equals(surname) || id.endsWith("-" + surname));
  }

  private static boolean isContact(EventType type) {
    return type == EventType.MEETING || type == EventType.PHONE_CALL || type == EventType.VISIT;
  }

  private static Event toEvent(JsonNode label) {
    List<String> participants = new ArrayList<>();
    for (JsonNode p : label.get("participants")) {
      participants.add(entityId(p.asText()));
    }
    String date = label.path("date").isNull() ? null : label.path("date").asText(null);
    return new Event(
        0,
        EventType.valueOf(label.get("type").asText()),
        participants,
        null,
        DateRange.parseIso(date),
        List.of(),
        List.of(),
        label.get("quote").asText(),
        List.of(),
        null,
        0,
        List.of());
  }

  private static String entityId(String name) {
    for (CountryGazetteer.Country country : CountryGazetteer.load().countries()) {
      if (country.name().equalsIgnoreCase(name) || country.aliases().contains(name)) {
        return country.id();
      }
    }
    return EntityLexicon.slug(name);
  }

  /** An article's {@code published} date from outside its text, or null. */
  private static DateRange published(JsonNode article) {
    JsonNode published = article.path("published");
    return published.isNull() || published.isMissingNode()
        ? null
        : DateRange.parseIso(published.asText());
  }

  static String docId(String file) {
    return file.replaceFirst("\\.txt$", "");
  }

  private static JsonNode json(String resource) {
    try (InputStream in = IngestionQuality.class.getResourceAsStream(resource)) {
      return JSON.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String text(String resource) {
    try (InputStream in = IngestionQuality.class.getResourceAsStream(resource)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static void main(String[] args) {
    if (args.length > 0) {
      printFolder("/ingest/" + args[0] + "/");
      return;
    }
    EventScore seed = seedRecovery();
    System.out.printf(
        Locale.ROOT,
        "seed recovery %d/%d = %.2f (precision %d/%d)%n",
        seed.found(),
        seed.labelled(),
        seed.recall(),
        seed.correct(),
        seed.extracted());
    seed.misses().forEach(m -> System.out.println("  seed " + m));
    HeldOut heldOut = heldOut();
    EventScore e = heldOut.events();
    System.out.printf(
        Locale.ROOT,
        "held-out events recall %.2f (%d/%d) precision %.2f (%d/%d)%n",
        e.recall(),
        e.found(),
        e.labelled(),
        e.precision(),
        e.correct(),
        e.extracted());
    e.misses().forEach(m -> System.out.println("  " + m));
    DraftScores.Score d = heldOut.drafts();
    System.out.printf(
        Locale.ROOT,
        "held-out drafts recall %.2f precision %.2f supported %.2f false alarms %d%n",
        d.recall(),
        d.precision(),
        d.supportRate(),
        d.falseAlarms());
    d.misses().forEach(m -> System.out.println("  " + m));
    System.out.printf(Locale.ROOT, "%.1f articles/s%n", heldOut.articlesPerSecond());
    EventScore second = secondHeldOut();
    System.out.printf(
        Locale.ROOT,
        "second held-out set: events recall %.2f (%d/%d) precision %.2f (%d/%d)%n",
        second.recall(),
        second.found(),
        second.labelled(),
        second.precision(),
        second.correct(),
        second.extracted());
    second.misses().forEach(m -> System.out.println("  " + m));
    EventScore third = eventsOf(HELD_OUT_3);
    System.out.printf(
        Locale.ROOT,
        "third held-out set: events recall %.2f (%d/%d) precision %.2f (%d/%d)%n",
        third.recall(),
        third.found(),
        third.labelled(),
        third.precision(),
        third.correct(),
        third.extracted());
    third.misses().forEach(m -> System.out.println("  " + m));
  }

  private static void printFolder(String folder) {
    HeldOut result = folder(folder);
    EventScore e = result.events();
    System.out.printf(
        Locale.ROOT,
        "%s events recall %.2f (%d/%d) precision %.2f (%d/%d)%n",
        folder,
        e.recall(),
        e.found(),
        e.labelled(),
        e.precision(),
        e.correct(),
        e.extracted());
    e.misses().forEach(m -> System.out.println("  " + m));
    DraftScores.Score d = result.drafts();
    if (d != null) {
      System.out.printf(
          Locale.ROOT,
          "%s drafts recall %.2f precision %.2f supported %.2f false alarms %d%n",
          folder,
          d.recall(),
          d.precision(),
          d.supportRate(),
          d.falseAlarms());
      d.misses().forEach(m -> System.out.println("  " + m));
    }
    System.out.printf(Locale.ROOT, "%.1f articles/s%n", result.articlesPerSecond());
    perRule(folder)
        .forEach(
            (rule, counts) ->
                System.out.printf(
                    Locale.ROOT,
                    "  rule %-24s read %3d events, %3d labelled: precision %.2f%n",
                    rule,
                    counts[0],
                    counts[1],
                    counts[0] == 0 ? 1.0 : (double) counts[1] / counts[0]));
  }
}
