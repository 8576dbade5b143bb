package io.factcheck.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.factcheck.analysis.CountryGazetteer;
import io.factcheck.store.model.ContactMode;
import io.factcheck.store.model.DateRange;
import io.factcheck.store.model.Entity;
import io.factcheck.store.model.EntityKind;
import io.factcheck.store.model.Event;
import io.factcheck.store.model.EventType;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Reading articles about people no list names. */
class ArticleReaderTest {

  private static ArticleReader reader;
  private static final List<Entity> COUNTRIES = CountryGazetteer.load().entities();

  @BeforeAll
  static void load() {
    reader = new ArticleReader();
  }

  private static final String ARTICLE =
      "ASTANA, June 4 (Kazinform) - Kazakh President Kassym-Jomart Tokayev held talks with"
          + " Kyrgyz President Sadyr Japarov in Astana on Monday, the Akorda press service said.\n\n"
          + "Tokayev and Japarov spoke by phone on 12 May 2024 about water sharing.\n\n"
          + "\"We will meet again in Bishkek,\" Japarov said.";

  @Test
  void unknownPeopleBecomeEntitiesWithCountryOfficeAndSurname() {
    ArticleReader.Reading reading =
        reader.read("doc", ARTICLE, DateRange.day(LocalDate.of(2024, 6, 4)), COUNTRIES);

    assertThat(reading.newEntities())
        .filteredOn(e -> e.kind() == EntityKind.PERSON)
        .extracting(Entity::id, Entity::country, Entity::roles, Entity::aliases)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple(
                "kassym-jomart-tokayev", "kazakhstan", List.of("president"), List.of("Tokayev")),
            org.assertj.core.groups.Tuple.tuple(
                "sadyr-japarov", "kyrgyzstan", List.of("president"), List.of("Japarov")));
  }

  @Test
  void eventsHaveParticipantsModeResolvedDatePlaceAndTheirSentence() {
    ArticleReader.Reading reading =
        reader.read("doc", ARTICLE, DateRange.day(LocalDate.of(2024, 6, 4)), COUNTRIES);

    assertThat(reading.events()).hasSize(2);
    Event talks = reading.events().get(0);
    assertThat(talks.type()).isEqualTo(EventType.MEETING);
    assertThat(talks.mode()).isEqualTo(ContactMode.IN_PERSON);
    assertThat(talks.participants())
        .containsExactlyInAnyOrder("kassym-jomart-tokayev", "sadyr-japarov");
    // "on Monday" in a story filed on Tuesday 4 June 2024
    assertThat(talks.date()).isEqualTo(DateRange.day(LocalDate.of(2024, 6, 3)));
    assertThat(talks.places()).contains("astana");
    assertThat(talks.sources().get(0).quote()).startsWith("ASTANA, June 4").endsWith("said.");
    assertThat(ARTICLE.substring(talks.sources().get(0).start(), talks.sources().get(0).end()))
        .isEqualTo(talks.sources().get(0).quote());

    Event call = reading.events().get(1);
    assertThat(call.type()).isEqualTo(EventType.PHONE_CALL);
    assertThat(call.mode()).isEqualTo(ContactMode.PHONE);
    assertThat(call.date()).isEqualTo(DateRange.day(LocalDate.of(2024, 5, 12)));
  }

  @Test
  void aQuotedPlanIsNoEvent() {
    ArticleReader.Reading reading =
        reader.read("doc", ARTICLE, DateRange.day(LocalDate.of(2024, 6, 4)), COUNTRIES);
    assertThat(reading.events()).noneMatch(e -> e.summary().contains("Bishkek"));
  }

  @Test
  void casualtiesAreCounted() {
    String text =
        "Clashes between Kyrgyzstan and Tajikistan erupted on the border on 13 May 2024,"
            + " and 4 people were killed.";
    ArticleReader.Reading reading =
        reader.read("doc", text, DateRange.day(LocalDate.of(2024, 5, 14)), COUNTRIES);
    assertThat(reading.events()).hasSize(1);
    Event clash = reading.events().get(0);
    assertThat(clash.type()).isEqualTo(EventType.CLASH);
    assertThat(clash.participants()).containsExactlyInAnyOrder("kyrgyzstan", "tajikistan");
    assertThat(clash.counts())
        .anySatisfy(
            c -> {
              assertThat(c.value()).isEqualTo(4);
              assertThat(c.what()).contains("killed");
            });
  }
}
