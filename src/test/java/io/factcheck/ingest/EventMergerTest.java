package io.factcheck.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.factcheck.analysis.CountryGazetteer;
import io.factcheck.analysis.EntityLexicon;
import io.factcheck.store.model.ContactMode;
import io.factcheck.store.model.DateRange;
import io.factcheck.store.model.Event;
import io.factcheck.store.model.EventType;
import io.factcheck.store.model.Provenance;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventMergerTest {

  private static final EntityLexicon LEXICON =
      new EntityLexicon(List.of(), CountryGazetteer.load());

  private static Event signing(long id, DateRange date, String place, String document) {
    return new Event(
        id,
        EventType.SIGNING,
        List.of("brazil", "peru"),
        null,
        date,
        List.of(place),
        List.of(),
        "a signing",
        List.of(),
        null,
        0,
        List.of(new Provenance(document, 0, 10, "a signing")));
  }

  private static Event meeting(long id, DateRange date, String document) {
    return new Event(
        id,
        EventType.MEETING,
        List.of("leader-a", "leader-b"),
        ContactMode.IN_PERSON,
        date,
        List.of(),
        List.of(),
        "a meeting",
        List.of(),
        null,
        0,
        List.of(new Provenance(document, 0, 10, "a meeting")));
  }

  @Test
  void oneArticleTellingOfSigningsInTwoCitiesTellsOfTwoSignings() {
    Event treaty = signing(1, DateRange.year(1978), "brasilia", "article");
    Event declaration = signing(0, null, "lima", "article");
    assertThat(EventMerger.decide(declaration, List.of(treaty), LEXICON).outcome())
        .isEqualTo(EventMerger.Outcome.NEW);
  }

  @Test
  void anotherArticlePlacingTheSameSigningElsewhereIsAConflictForTheCurator() {
    DateRange day = DateRange.day(LocalDate.of(2023, 8, 8));
    Event stored = signing(1, day, "brasilia", "first");
    EventMerger.Decision decision =
        EventMerger.decide(signing(0, day, "lima", "second"), List.of(stored), LEXICON);
    assertThat(decision.outcome()).isEqualTo(EventMerger.Outcome.MERGED);
    assertThat(decision.merged().uncertain()).contains("place");
    assertThat(decision.merged().conflicts()).extracting(c -> c.slot()).containsExactly("place");
  }

  @Test
  void aDayOffInAnotherArticleIsADisagreementEvenOnceThatArticleIsASource() {
    Event stored = meeting(1, DateRange.day(LocalDate.of(2024, 3, 2)), "first");
    stored =
        stored.withSources(List.of(stored.sources().get(0), new Provenance("second", 0, 5, "x")));
    Event report = meeting(0, DateRange.day(LocalDate.of(2024, 3, 1)), "second");
    EventMerger.Decision decision = EventMerger.decide(report, List.of(stored), LEXICON);
    assertThat(decision.outcome()).isEqualTo(EventMerger.Outcome.MERGED);
    assertThat(decision.merged().conflicts())
        .extracting(c -> c.slot() + " " + c.reported())
        .containsExactly("date 2024-03-01");
    assertThat(decision.merged().uncertain()).contains("date");
  }

  @Test
  void oneArticleTellingOfTwoDaysTellsOfTwoEvents() {
    Event stored = meeting(1, DateRange.day(LocalDate.of(2024, 3, 2)), "first");
    Event report = meeting(0, DateRange.day(LocalDate.of(2024, 3, 1)), "first");
    assertThat(EventMerger.decide(report, List.of(stored), LEXICON).outcome())
        .isEqualTo(EventMerger.Outcome.NEW);
  }

  @Test
  void aDayGuessedFromTheStorysOwnDateGivesWayToTheDayTheArticleTells() {
    Event told = meeting(1, DateRange.day(LocalDate.of(2023, 3, 13)), "first");
    Event guessed = meeting(0, DateRange.day(LocalDate.of(2023, 3, 14)), "first");
    guessed =
        new Event(
            guessed.id(),
            guessed.type(),
            guessed.participants(),
            guessed.mode(),
            guessed.date(),
            guessed.places(),
            guessed.counts(),
            guessed.summary(),
            List.of("date"),
            null,
            0,
            List.of(new Provenance("first", 20, 30, "a meeting")));
    for (var order : List.of(List.of(guessed, told), List.of(told, guessed))) {
      EventMerger.Decision decision =
          EventMerger.decide(order.get(1), List.of(order.get(0)), LEXICON);
      assertThat(decision.outcome()).isEqualTo(EventMerger.Outcome.MERGED);
      assertThat(decision.merged().date()).isEqualTo(DateRange.day(LocalDate.of(2023, 3, 13)));
      assertThat(decision.merged().uncertain()).doesNotContain("date");
      assertThat(decision.merged().conflicts()).isEmpty();
    }
  }

  @Test
  void aDayToldLaterNarrowsTheMonthToldFirst() {
    Event stored = meeting(1, DateRange.month(2023, 3), "first");
    Event report = meeting(0, DateRange.day(LocalDate.of(2023, 3, 16)), "second");
    EventMerger.Decision decision = EventMerger.decide(report, List.of(stored), LEXICON);
    assertThat(decision.outcome()).isEqualTo(EventMerger.Outcome.MERGED);
    assertThat(decision.merged().date()).isEqualTo(DateRange.day(LocalDate.of(2023, 3, 16)));
    assertThat(decision.merged().uncertain()).doesNotContain("date");
    assertThat(decision.merged().sources()).hasSize(2);
  }

  @Test
  void aMonthToldLaterKeepsTheDayToldFirst() {
    Event stored = meeting(1, DateRange.day(LocalDate.of(2023, 3, 16)), "first");
    Event report = meeting(0, DateRange.month(2023, 3), "second");
    assertThat(EventMerger.decide(report, List.of(stored), LEXICON).merged().date())
        .isEqualTo(DateRange.day(LocalDate.of(2023, 3, 16)));
  }
}
