package io.factcheck.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Floors under the measured reading quality (README, "Ingestion"): a change that makes the reading
 * of the held-out articles worse fails the build. Raise them when the reading gets better.
 */
class IngestionQualityTest {

  @Test
  void heldOutEventsAndDraftsStayAtTheMeasuredLevel() {
    IngestionQuality.HeldOut heldOut = IngestionQuality.heldOut();
    assertThat(heldOut.events().recall()).as("event recall").isGreaterThanOrEqualTo(0.88);
    assertThat(heldOut.events().precision()).as("event precision").isGreaterThanOrEqualTo(0.9);
    assertThat(heldOut.drafts().recall()).as("draft recall").isGreaterThanOrEqualTo(0.9);
    assertThat(heldOut.drafts().precision()).as("draft precision").isGreaterThanOrEqualTo(0.95);
    assertThat(heldOut.drafts().falseAlarms()).as("false alarms").isZero();
  }

  @Test
  void theSecondHeldOutSetStaysAtTheMeasuredLevel() {
    IngestionQuality.EventScore second = IngestionQuality.secondHeldOut();
    assertThat(second.recall()).as("event recall").isGreaterThanOrEqualTo(0.85);
    assertThat(second.precision()).as("event precision").isGreaterThanOrEqualTo(0.9);
  }

  @Test
  void theThirdSetStaysAtTheMeasuredLevel() {
    IngestionQuality.EventScore third = IngestionQuality.eventsOf(IngestionQuality.HELD_OUT_3);
    assertThat(third.recall()).as("event recall").isGreaterThanOrEqualTo(0.85);
    assertThat(third.precision()).as("event precision").isGreaterThanOrEqualTo(0.95);
  }

  @Test
  void theBundledArticlesAloneStillYieldTheCuratedEventsMeasured() {
    IngestionQuality.EventScore seed = IngestionQuality.seedRecovery();
    assertThat(seed.recall()).as("seed recovery").isGreaterThanOrEqualTo(0.85);
    assertThat(seed.precision()).as("seed precision").isGreaterThanOrEqualTo(0.9);
  }
}
