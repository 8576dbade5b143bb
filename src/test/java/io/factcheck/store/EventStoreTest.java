package io.factcheck.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.factcheck.store.model.ContactMode;
import io.factcheck.store.model.DatePrecision;
import io.factcheck.store.model.Event;
import io.factcheck.store.model.EventStatus;
import io.factcheck.store.model.EventType;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

@QuarkusTest
class EventStoreTest {

  @Inject EventStore events;
  @Inject EntityDirectory entities;

  @Test
  void roundTripsEveryField() {
    Event created = events.create(StoreSnapshotsTest.testEvent());
    Event read = events.get(created.id());
    assertThat(read).isEqualTo(created);
    assertThat(read.status()).isEqualTo(EventStatus.PROPOSED);
    assertThat(read.version()).isZero();
    assertThat(read.sources().get(0).quote()).isEqualTo("All news");
    events.delete(read.id(), read.version());
  }

  @Test
  void aStaleVersionChangesNothing() {
    Event created = events.create(StoreSnapshotsTest.testEvent());
    Event approved = events.changeStatus(created.id(), 0, EventStatus.APPROVED);
    assertThat(approved.version()).isEqualTo(1);

    assertThatThrownBy(() -> events.changeStatus(created.id(), 0, EventStatus.REJECTED))
        .isInstanceOf(StaleVersionException.class)
        .extracting(e -> ((StaleVersionException) e).currentVersion())
        .isEqualTo(1L);
    assertThatThrownBy(() -> events.delete(created.id(), 0))
        .isInstanceOf(StaleVersionException.class);
    assertThat(events.get(created.id()).status()).isEqualTo(EventStatus.APPROVED);
    events.delete(created.id(), 1);
    assertThatThrownBy(() -> events.get(created.id())).isInstanceOf(UnknownIdException.class);
  }

  @Test
  void listsByParticipantNameAndDateOverlap() {
    Set<String> lukashenko = entities.idsNamed("lukashenko");
    assertThat(lukashenko).containsExactly("alexander-lukashenko");

    List<Event> september =
        events.list(
            new EventFilter(
                lukashenko, LocalDate.of(2020, 9, 1), LocalDate.of(2020, 9, 30), null, null));
    assertThat(september)
        .anySatisfy(
            event -> {
              assertThat(event.type()).isEqualTo(EventType.MEETING);
              assertThat(event.mode()).isEqualTo(ContactMode.IN_PERSON);
              assertThat(event.date().start()).isEqualTo(LocalDate.of(2020, 9, 14));
              assertThat(event.date().precision()).isEqualTo(DatePrecision.DAY);
              assertThat(event.places()).contains("sochi");
            });
    assertThat(september)
        .allSatisfy(
            event -> {
              assertThat(event.participants()).contains("alexander-lukashenko");
              assertThat(event.date().end()).isAfterOrEqualTo(LocalDate.of(2020, 9, 1));
              assertThat(event.date().start()).isBeforeOrEqualTo(LocalDate.of(2020, 9, 30));
            });
    assertThat(events.list(new EventFilter(Set.of(), null, null, null, null))).isEmpty();
  }

  @Test
  void refusesUnknownParticipantsAndSources() {
    Event event = StoreSnapshotsTest.testEvent();
    Event stranger =
        new Event(
            0,
            event.type(),
            List.of("nikol-pashinyan", "nobody"),
            event.mode(),
            event.date(),
            event.places(),
            event.counts(),
            event.summary(),
            event.uncertain(),
            null,
            0,
            event.sources());
    assertThatThrownBy(() -> events.create(stranger))
        .isInstanceOf(InvalidFieldException.class)
        .extracting(e -> ((InvalidFieldException) e).field())
        .isEqualTo("participants[1]");
  }
}
