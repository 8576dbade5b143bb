package io.factcheck.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.factcheck.analysis.SentenceStage;
import io.factcheck.analysis.TextFormat;
import io.factcheck.ingest.BundledCorpus;
import io.factcheck.store.model.Document;
import io.factcheck.store.model.Entity;
import io.factcheck.store.model.Event;
import io.factcheck.store.model.EventCount;
import io.factcheck.store.model.Provenance;
import io.factcheck.store.model.StoreSnapshot;
import io.factcheck.verify.Draft;
import io.factcheck.verify.FactChecker;
import io.factcheck.verify.Finding;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * The load runs' command line (see BENCHMARKS.md): {@code drafts DIR SEED} writes the request
 * bodies, {@code load JDBC_URL EVENTS SEED} adds a synthetic corpus to a stopped service's store.
 *
 * <p>Loading writes the service's own tables over JDBC, in one transaction, into a store the
 * service has already created and filled with the bundled corpus: the HTTP API has no way to add
 * people or places, and storing 100,000 events one request at a time would take longer than the
 * runs themselves.
 */
public final class BenchMain {

  static final String PUBLISHED = "2025-01-15";

  private BenchMain() {}

  public static void main(String[] args) throws Exception {
    switch (args.length > 0 ? args[0] : "") {
      case "drafts" -> writeDrafts(Path.of(args[1]), Long.parseLong(args[2]));
      case "load" -> load(args[1], Integer.parseInt(args[2]), Long.parseLong(args[3]));
      case "findings" ->
          Files.write(
              Path.of(args[3]),
              findingLines(
                  new FactChecker(
                      store(Integer.parseInt(args[1]), Long.parseLong(args[2])),
                      new SentenceStage()),
                  Long.parseLong(args[2])));
      case "inprocess" ->
          inProcess(
              Integer.parseInt(args[1]),
              Long.parseLong(args[2]),
              Integer.parseInt(args[3]),
              args.length > 4 ? Path.of(args[4]) : null);
      default -> {
        System.err.println(
            "usage: drafts DIR SEED | load JDBC_URL EVENTS SEED"
                + " | inprocess EVENTS SEED CHECKS [FINDINGS_FILE] | findings EVENTS SEED FILE");
        System.exit(2);
      }
    }
  }

  static void writeDrafts(Path dir, long seed) throws IOException {
    Files.createDirectories(dir);
    ObjectMapper json = new ObjectMapper();
    for (int words : new int[] {200, 1000}) {
      String text = SyntheticCorpus.draft(seed, words);
      Files.writeString(
          dir.resolve("draft-" + words + ".json"),
          json.writeValueAsString(Map.of("text", text, "published", PUBLISHED)));
      Files.writeString(
          dir.resolve("draft-" + words + ".form"),
          "language=en-US&text=" + URLEncoder.encode(text, StandardCharsets.UTF_8));
      System.out.printf("draft-%d: %d words%n", words, text.split("\\s+").length);
    }
  }

  /**
   * The checker without HTTP or database: the bundled corpus plus {@code events} synthetic events,
   * the time to build the checker, the heap it keeps, and the time per check of both drafts ({@code
   * checks} checks each, after as many unrecorded ones). With a file, also writes the findings of
   * both drafts there, one line each, so that two builds can be compared.
   */
  static void inProcess(int events, long seed, int checks, Path findingsFile) throws IOException {
    StoreSnapshot snapshot = store(events, seed);
    Runtime runtime = Runtime.getRuntime();
    long started = System.nanoTime();
    FactChecker checker = new FactChecker(snapshot, new SentenceStage());
    double buildSeconds = (System.nanoTime() - started) / 1e9;
    System.gc();
    System.out.printf(
        "%d events, %d documents: checker built in %.1f s; heap in use %d MB%n",
        snapshot.events().size(),
        snapshot.documents().size(),
        buildSeconds,
        (runtime.totalMemory() - runtime.freeMemory()) >> 20);
    List<String> lines = new ArrayList<>();
    for (int words : new int[] {200, 1000}) {
      Draft draft = new Draft(SyntheticCorpus.draft(seed, words), TextFormat.TEXT, PUBLISHED);
      List<Finding> findings = checker.check(draft);
      findings.forEach(f -> lines.add(words + " " + f));
      for (int i = 0; i < checks; i++) {
        checker.check(draft);
      }
      // CPU time as well as wall time: on a shared machine the wall time includes waiting.
      ThreadMXBean threads = ManagementFactory.getThreadMXBean();
      long[] nanos = new long[checks];
      long[] cpuNanos = new long[checks];
      for (int i = 0; i < checks; i++) {
        long t = System.nanoTime();
        long cpu = threads.getCurrentThreadCpuTime();
        checker.check(draft);
        cpuNanos[i] = threads.getCurrentThreadCpuTime() - cpu;
        nanos[i] = System.nanoTime() - t;
      }
      Arrays.sort(nanos);
      Arrays.sort(cpuNanos);
      int p99 = Math.min(checks - 1, checks * 99 / 100);
      System.out.printf(
          "draft of %d words: %d findings; per check p50 %.2f ms, p99 %.2f ms;"
              + " CPU p50 %.2f ms, p99 %.2f ms%n",
          words,
          findings.size(),
          nanos[checks / 2] / 1e6,
          nanos[p99] / 1e6,
          cpuNanos[checks / 2] / 1e6,
          cpuNanos[p99] / 1e6);
    }
    // Drafts never sent before: nothing of them is in the checker's caches yet.
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long[] cpuNanos = new long[checks];
    for (int i = 0; i < checks; i++) {
      Draft draft = new Draft(SyntheticCorpus.draft(seed, 1001 + i), TextFormat.TEXT, PUBLISHED);
      long cpu = threads.getCurrentThreadCpuTime();
      checker.check(draft);
      cpuNanos[i] = threads.getCurrentThreadCpuTime() - cpu;
    }
    Arrays.sort(cpuNanos);
    System.out.printf(
        "%d new drafts of about 1000 words: CPU per check p50 %.2f ms, p99 %.2f ms%n",
        checks,
        cpuNanos[checks / 2] / 1e6,
        cpuNanos[Math.min(checks - 1, checks * 99 / 100)] / 1e6);
    if (findingsFile != null) {
      Files.write(findingsFile, lines);
    }
  }

  /** Draft lengths whose findings {@code findings} writes: each length is a different draft. */
  static final int[] FINDINGS_DRAFTS = {200, 400, 1000, 1001, 1002, 1003, 1004, 1005};

  /** The findings of several drafts, one line each, prefixed with the draft's length. */
  static List<String> findingLines(FactChecker checker, long seed) {
    List<String> lines = new ArrayList<>();
    for (int words : FINDINGS_DRAFTS) {
      Draft draft = new Draft(SyntheticCorpus.draft(seed, words), TextFormat.TEXT, PUBLISHED);
      checker.check(draft).forEach(f -> lines.add(words + " " + f));
    }
    return lines;
  }

  /** The bundled corpus and the synthetic one, numbered as the service would store them. */
  static StoreSnapshot store(int events, long seed) {
    BundledCorpus.Bundle bundle = BundledCorpus.load();
    SyntheticCorpus.Corpus corpus = SyntheticCorpus.generate(seed, events);
    List<Entity> entities = new ArrayList<>(bundle.entities());
    List<Event> stored = new ArrayList<>();
    long id = 1;
    for (Event e : bundle.events()) {
      stored.add(e.withId(id++));
    }
    List<Document> documents = new ArrayList<>(bundle.documents());
    if (events > 0) {
      entities.addAll(corpus.entities());
      for (Event e : corpus.events()) {
        stored.add(e.withId(id++));
      }
      documents.addAll(corpus.documents());
    }
    return new StoreSnapshot(1, entities, stored, documents);
  }

  static void load(String url, int events, long seed) throws SQLException {
    long started = System.nanoTime();
    SyntheticCorpus.Corpus corpus = SyntheticCorpus.generate(seed, events);
    OffsetDateTime now = OffsetDateTime.now();
    try (Connection db = DriverManager.getConnection(url, user(url), "")) {
      db.setAutoCommit(false);
      insertEntities(db, corpus);
      insertDocuments(db, corpus, now);
      long firstId = nextEventId(db);
      insertEvents(db, corpus, firstId, now);
      try (Statement restart = db.createStatement()) {
        restart.execute(
            "ALTER TABLE event ALTER COLUMN id RESTART WITH " + (firstId + corpus.events().size()));
      }
      db.commit();
    }
    System.out.printf(
        "loaded %d entities, %d documents, %d events in %.1f s%n",
        corpus.entities().size(),
        corpus.documents().size(),
        corpus.events().size(),
        (System.nanoTime() - started) / 1e9);
  }

  private static String user(String url) {
    return url.startsWith("jdbc:h2:") ? "sa" : "postgres";
  }

  private static void insertEntities(Connection db, SyntheticCorpus.Corpus corpus)
      throws SQLException {
    try (PreparedStatement entity =
            db.prepareStatement(
                "INSERT INTO entity (id, kind, name, country, part_of) VALUES (?, ?, ?, ?, ?)");
        PreparedStatement alias =
            db.prepareStatement(
                "INSERT INTO entity_alias (entity_id, list_index, alias) VALUES (?, ?, ?)");
        PreparedStatement role =
            db.prepareStatement(
                "INSERT INTO entity_role (entity_id, list_index, role) VALUES (?, ?, ?)")) {
      for (Entity e : corpus.entities()) {
        entity.setString(1, e.id());
        entity.setString(2, e.kind().name());
        entity.setString(3, e.name());
        entity.setString(4, e.country());
        entity.setString(5, e.partOf());
        entity.addBatch();
        for (int i = 0; i < e.aliases().size(); i++) {
          alias.setString(1, e.id());
          alias.setInt(2, i);
          alias.setString(3, e.aliases().get(i));
          alias.addBatch();
        }
        for (int i = 0; i < e.roles().size(); i++) {
          role.setString(1, e.id());
          role.setInt(2, i);
          role.setString(3, e.roles().get(i));
          role.addBatch();
        }
      }
      entity.executeBatch();
      alias.executeBatch();
      role.executeBatch();
    }
  }

  private static void insertDocuments(
      Connection db, SyntheticCorpus.Corpus corpus, OffsetDateTime now) throws SQLException {
    try (PreparedStatement insert =
        db.prepareStatement(
            "INSERT INTO document (id, title, source, url, text, text_sha256, published_start,"
                + " published_end, published_precision, created_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      int batched = 0;
      for (Document d : corpus.documents()) {
        insert.setString(1, d.id());
        insert.setString(2, d.title());
        insert.setString(3, d.source());
        insert.setString(4, d.url());
        insert.setString(5, d.text());
        insert.setString(6, sha256(d.text()));
        insert.setObject(7, d.published().start());
        insert.setObject(8, d.published().end());
        insert.setString(9, d.published().precision().name());
        insert.setObject(10, now);
        insert.addBatch();
        if (++batched % 1000 == 0) {
          insert.executeBatch();
        }
      }
      insert.executeBatch();
    }
  }

  private static long nextEventId(Connection db) throws SQLException {
    try (Statement query = db.createStatement();
        ResultSet max = query.executeQuery("SELECT COALESCE(MAX(id), 0) FROM event")) {
      max.next();
      return max.getLong(1) + 1;
    }
  }

  private static void insertEvents(
      Connection db, SyntheticCorpus.Corpus corpus, long firstId, OffsetDateTime now)
      throws SQLException {
    try (PreparedStatement event =
            db.prepareStatement(
                "INSERT INTO event (id, type, mode, date_start, date_end, date_precision,"
                    + " date_weekday, summary, status, version, created_at, updated_at)"
                    + " VALUES (?, ?, ?, ?, ?, ?, NULL, ?, ?, 0, ?, ?)");
        PreparedStatement participant =
            db.prepareStatement(
                "INSERT INTO event_participant (event_id, list_index, entity_id) VALUES (?, ?, ?)");
        PreparedStatement place =
            db.prepareStatement(
                "INSERT INTO event_place (event_id, list_index, place) VALUES (?, ?, ?)");
        PreparedStatement count =
            db.prepareStatement(
                "INSERT INTO event_count (event_id, list_index, what, count_value, ordinal)"
                    + " VALUES (?, ?, ?, ?, ?)");
        PreparedStatement source =
            db.prepareStatement(
                "INSERT INTO provenance (event_id, list_index, document_id, start_offset,"
                    + " end_offset, quote) VALUES (?, ?, ?, ?, ?, ?)")) {
      long id = firstId;
      for (Event e : corpus.events()) {
        event.setLong(1, id);
        event.setString(2, e.type().name());
        event.setString(3, e.mode() == null ? null : e.mode().name());
        event.setObject(4, e.date().start());
        event.setObject(5, e.date().end());
        event.setString(6, e.date().precision().name());
        event.setString(7, e.summary());
        event.setString(8, e.status().name());
        event.setObject(9, now);
        event.setObject(10, now);
        event.addBatch();
        for (int i = 0; i < e.participants().size(); i++) {
          participant.setLong(1, id);
          participant.setInt(2, i);
          participant.setString(3, e.participants().get(i));
          participant.addBatch();
        }
        for (int i = 0; i < e.places().size(); i++) {
          place.setLong(1, id);
          place.setInt(2, i);
          place.setString(3, e.places().get(i));
          place.addBatch();
        }
        for (int i = 0; i < e.counts().size(); i++) {
          EventCount c = e.counts().get(i);
          count.setLong(1, id);
          count.setInt(2, i);
          count.setString(3, c.what());
          count.setLong(4, c.value());
          count.setBoolean(5, c.ordinal());
          count.addBatch();
        }
        for (int i = 0; i < e.sources().size(); i++) {
          Provenance p = e.sources().get(i);
          source.setLong(1, id);
          source.setInt(2, i);
          source.setString(3, p.documentId());
          source.setInt(4, p.start());
          source.setInt(5, p.end());
          source.setString(6, p.quote());
          source.addBatch();
        }
        if (++id % 1000 == 0) {
          for (PreparedStatement batch : new PreparedStatement[] {event, participant, place}) {
            batch.executeBatch();
          }
          count.executeBatch();
          source.executeBatch();
        }
      }
      event.executeBatch();
      participant.executeBatch();
      place.executeBatch();
      count.executeBatch();
      source.executeBatch();
    }
  }

  private static String sha256(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
