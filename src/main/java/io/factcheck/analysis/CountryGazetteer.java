package io.factcheck.analysis;

import io.factcheck.store.model.Entity;
import io.factcheck.store.model.EntityKind;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The world's countries with their demonyms ("Belarusian"), capitals and other names, read from
 * {@code gazetteer/countries.tsv}. General language knowledge, not tied to any corpus: it lets the
 * checker read "the Belarusian president" or "talks in Minsk" for countries no article has named.
 */
public final class CountryGazetteer {

  static final String RESOURCE = "gazetteer/countries.tsv";

  /** One country of the gazetteer. */
  public record Country(
      String id, String name, List<String> demonyms, String capital, List<String> aliases) {}

  private static volatile CountryGazetteer instance;

  private final List<Country> countries;

  private CountryGazetteer(List<Country> countries) {
    this.countries = List.copyOf(countries);
  }

  /** The bundled gazetteer, read once. */
  public static CountryGazetteer load() {
    CountryGazetteer loaded = instance;
    if (loaded == null) {
      loaded = read();
      instance = loaded;
    }
    return loaded;
  }

  public List<Country> countries() {
    return countries;
  }

  /** The countries as store entities (their capitals are places, found by the checker). */
  public List<Entity> entities() {
    List<Entity> entities = new ArrayList<>();
    for (Country c : countries) {
      entities.add(new Entity(c.id(), EntityKind.COUNTRY, c.name(), c.aliases(), null, null, null));
    }
    return entities;
  }

  private static CountryGazetteer read() {
    InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(RESOURCE);
    if (in == null) {
      throw new IllegalStateException("missing resource " + RESOURCE);
    }
    List<Country> countries = new ArrayList<>();
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      reader.readLine(); // header
      String line;
      while ((line = reader.readLine()) != null) {
        if (line.isBlank()) {
          continue;
        }
        String[] f = line.split("\t", -1);
        if (f.length != 5) {
          throw new IllegalStateException("bad gazetteer line: " + line);
        }
        countries.add(new Country(f[0], f[1], split(f[2]), f[3].strip(), split(f[4])));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new CountryGazetteer(countries);
  }

  private static List<String> split(String field) {
    return Arrays.stream(field.split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }
}
