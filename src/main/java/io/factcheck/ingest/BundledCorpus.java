package io.factcheck.ingest;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.factcheck.analysis.CountryGazetteer;
import io.factcheck.store.model.ContactMode;
import io.factcheck.store.model.DateRange;
import io.factcheck.store.model.Document;
import io.factcheck.store.model.Entity;
import io.factcheck.store.model.Event;
import io.factcheck.store.model.EventCount;
import io.factcheck.store.model.EventStatus;
import io.factcheck.store.model.EventType;
import io.factcheck.store.model.Provenance;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The corpus the service ships with: the seed articles of {@code corpus/manifest.json}, their
 * hand-curated entities and events ({@code corpus/curated.json}) and the world's countries ({@code
 * gazetteer/countries.tsv}). Loaded into an empty store on first start.
 */
public final class BundledCorpus {

  static final String MANIFEST = "corpus/manifest.json";
  static final String CURATED = "corpus/curated.json";

  /** Everything the bundled corpus provides, ready to be stored. */
  public record Bundle(List<Document> documents, List<Entity> entities, List<Event> events) {}

  record ManifestEntry(String id, String file, String source, String published) {}

  record CuratedSource(String document, String quote) {}

  record CuratedEvent(
      EventType type,
      List<String> participants,
      ContactMode mode,
      DateRange date,
      List<String> places,
      List<EventCount> counts,
      String summary,
      List<String> uncertain,
      List<CuratedSource> sources) {}

  record Curated(List<Entity> entities, List<CuratedEvent> events) {}

  private static final ObjectMapper JSON =
      new ObjectMapper()
          .registerModule(new JavaTimeModule())
          .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

  private BundledCorpus() {}

  public static Bundle load() {
    try {
      List<ManifestEntry> manifest =
          List.of(JSON.readValue(resource(MANIFEST), ManifestEntry[].class));
      Map<String, Document> documents = new LinkedHashMap<>();
      for (ManifestEntry entry : manifest) {
        String text = new String(resource("corpus/" + entry.file()), StandardCharsets.UTF_8);
        documents.put(
            entry.id(),
            new Document(
                entry.id(),
                firstLine(text),
                entry.source(),
                null,
                text,
                DateRange.parseIso(entry.published())));
      }
      Curated curated = JSON.readValue(resource(CURATED), Curated.class);
      Map<String, Entity> entities = new LinkedHashMap<>();
      for (Entity country : CountryGazetteer.load().entities()) {
        entities.put(country.id(), country);
      }
      for (Entity entity : curated.entities()) {
        entities.put(entity.id(), entity);
      }
      List<Event> events = new ArrayList<>();
      for (CuratedEvent e : curated.events()) {
        List<Provenance> sources = new ArrayList<>();
        for (CuratedSource source : e.sources()) {
          sources.add(locate(documents.get(source.document()), source));
        }
        events.add(
            new Event(
                0,
                e.type(),
                e.participants(),
                e.mode(),
                e.date(),
                e.places(),
                e.counts(),
                e.summary(),
                e.uncertain(),
                EventStatus.APPROVED,
                0,
                sources));
      }
      return new Bundle(List.copyOf(documents.values()), List.copyOf(entities.values()), events);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the bundled corpus", e);
    }
  }

  /** Finds the quoted sentence in its article; a quote that is not there is a curation error. */
  static Provenance locate(Document document, CuratedSource source) {
    if (document == null) {
      throw new IllegalStateException("curated source names an unknown document: " + source);
    }
    int start = document.text().indexOf(source.quote());
    if (start < 0) {
      throw new IllegalStateException(
          "quote not found in " + document.id() + ": " + source.quote());
    }
    return new Provenance(document.id(), start, start + source.quote().length(), source.quote());
  }

  private static String firstLine(String text) {
    for (String line : text.split("\n")) {
      String trimmed = line.strip();
      if (trimmed.length() > 20) {
        return trimmed;
      }
    }
    return text.strip();
  }

  static byte[] resource(String path) throws IOException {
    try (InputStream in =
        Thread.currentThread().getContextClassLoader().getResourceAsStream(path)) {
      if (in == null) {
        throw new IOException("missing resource " + path);
      }
      return in.readAllBytes();
    }
  }
}
