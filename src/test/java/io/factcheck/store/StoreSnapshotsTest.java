package io.factcheck.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.factcheck.store.model.DateRange;
import io.factcheck.store.model.Event;
import io.factcheck.store.model.EventStatus;
import io.factcheck.store.model.EventType;
import io.factcheck.store.model.Provenance;
import io.factcheck.store.model.StoreSnapshot;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

@QuarkusTest
class StoreSnapshotsTest {

  @Inject StoreSnapshots snapshots;
  @Inject EventStore events;
  @Inject StoreRevision revision;
  @Inject EntityManager entityManager;

  @Test
  void holdsTheBundledCorpusAndOnlyApprovedEvents() {
    StoreSnapshot snapshot = snapshots.current();
    assertThat(snapshot.documentsById()).containsKey("001_2ba1a5d2d5bdc1cb");
    assertThat(snapshot.entitiesById()).containsKeys("vladimir-putin", "alexander-lukashenko");
    assertThat(snapshot.events()).isNotEmpty();
    assertThat(snapshot.events()).allMatch(event -> event.status() == EventStatus.APPROVED);
    assertThat(snapshot.events()).allMatch(event -> !event.sources().isEmpty());
  }

  @Test
  void isKeptUntilAWriteAndRenewedAfterIt() {
    StoreSnapshot before = snapshots.current();
    assertThat(snapshots.current()).isSameAs(before);

    Event proposed = events.create(testEvent());
    StoreSnapshot afterCreate = snapshots.current();
    assertThat(afterCreate.version()).isGreaterThan(before.version());
    assertThat(afterCreate.events()).noneMatch(event -> event.id() == proposed.id());

    Event approved = events.changeStatus(proposed.id(), proposed.version(), EventStatus.APPROVED);
    StoreSnapshot afterApprove = snapshots.current();
    assertThat(afterApprove.version()).isGreaterThan(afterCreate.version());
    assertThat(afterApprove.events()).anyMatch(event -> event.id() == approved.id());

    events.delete(approved.id(), approved.version());
    assertThat(snapshots.current().events()).noneMatch(event -> event.id() == approved.id());
  }

  @Test
  void seesAnotherInstancesWriteOnceItPollsTheStoreRevision() {
    Event approved = events.create(testEvent().withStatus(EventStatus.APPROVED));
    StoreSnapshot before = snapshots.current();
    assertThat(before.events()).anyMatch(event -> event.id() == approved.id());

    // Another instance's curation: the rows and the revision change, no StoreChanged fires here.
    QuarkusTransaction.requiringNew()
        .run(
            () ->
                entityManager
                    .createNativeQuery("UPDATE event SET status = 'REJECTED' WHERE id = ?1")
                    .setParameter(1, approved.id())
                    .executeUpdate());
    assertThat(snapshots.current()).isSameAs(before); // nothing tells this instance yet

    QuarkusTransaction.requiringNew()
        .run(
            () ->
                entityManager
                    .createNativeQuery(
                        "UPDATE store_revision SET revision = revision + 1 WHERE id = 1")
                    .executeUpdate());
    snapshots.pollRevision();
    StoreSnapshot after = snapshots.current();
    assertThat(after.version()).isGreaterThan(before.version());
    assertThat(after.events()).noneMatch(event -> event.id() == approved.id());
    snapshots.pollRevision();
    assertThat(snapshots.current()).isSameAs(after);
  }

  @Test
  void everyWriteBumpsTheRevisionInTheDatabase() {
    long before = QuarkusTransaction.requiringNew().call(revision::current);
    Event proposed = events.create(testEvent());
    events.delete(proposed.id(), proposed.version());
    assertThat(QuarkusTransaction.requiringNew().call(revision::current)).isEqualTo(before + 2);
    assertThat(snapshots.current().version()).isGreaterThanOrEqualTo(before + 2);
  }

  @Test
  void isImmutable() {
    StoreSnapshot snapshot = snapshots.current();
    org.junit.jupiter.api.Assertions.assertThrows(
        UnsupportedOperationException.class, () -> snapshot.events().clear());
  }

  static Event testEvent() {
    return new Event(
        0,
        EventType.OTHER,
        List.of("nikol-pashinyan"),
        null,
        DateRange.day(LocalDate.of(1998, 1, 1)),
        List.of(),
        List.of(),
        "made up for a store test",
        List.of(),
        null,
        0,
        List.of(new Provenance("001_2ba1a5d2d5bdc1cb", 0, 8, null)));
  }
}
