package io.factcheck.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import io.factcheck.analysis.CityGazetteer.City;
import java.util.List;
import org.junit.jupiter.api.Test;

class CityGazetteerTest {

  private static final CityGazetteer CITIES =
      new CityGazetteer(
          List.of(
              new City("Rome", 41.89, 12.51, 2_318_895),
              new City("Milan", 45.46, 9.19, 1_236_837),
              new City("Milan", 35.92, -88.76, 7_813),
              new City("Alexandria", 31.20, 29.92, 3_811_516),
              new City("Alexandria", 38.80, -77.05, 150_000),
              new City("Arlington", 38.88, -77.10, 230_000),
              new City("Ostia", 41.73, 12.28, 85_000),
              new City("Sochi", 43.60, 39.73, 327_608)));

  @Test
  void aWellKnownCityFarFromEveryStoredPlaceIsFar() {
    assertThat(CITIES.isFarFromAll("Milan", List.of("Rome"))).isTrue();
    assertThat(CITIES.isFarFromAll("milan", List.of("Rome", "Colosseum"))).isTrue();
  }

  @Test
  void aTownOfThatNameNearTheStoredPlaceIsNotFar() {
    // The most populous Alexandria is in Egypt; the one by Arlington is meant.
    assertThat(CITIES.isFarFromAll("Alexandria", List.of("Arlington"))).isFalse();
  }

  @Test
  void whatTheGazetteerCannotPlaceOrThinksSmallIsNeverFar() {
    assertThat(CITIES.isFarFromAll("Ostia", List.of("Sochi"))).isFalse(); // not well known
    assertThat(CITIES.isFarFromAll("Krasnaya Polyana", List.of("Sochi"))).isFalse(); // unknown
    assertThat(CITIES.isFarFromAll("Milan", List.of("Kadriorg Palace"))).isFalse(); // no place
  }

  @Test
  void theBundledGazetteerKnowsTheWorldsCities() {
    CityGazetteer bundled = CityGazetteer.bundled();
    assertThat(bundled.named("Belem")).extracting(City::population).first().isEqualTo(1_407_737);
    assertThat(bundled.isFarFromAll("Los Angeles", List.of("San Francisco"))).isTrue();
    assertThat(bundled.isFarFromAll("Krasnaya Polyana", List.of("Sochi"))).isFalse();
  }
}
