package io.factcheck.verify;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The project's own held-out drafts ({@code drafts/held-out*.jsonl}, written by two authors:
 * paraphrases, one wrong value of each kind, and claims that must not be flagged), scored as the
 * evaluation scorer scores them. A false alarm fails the build; recall and support must not fall
 * below what the checker reaches.
 */
class HeldOutDraftsTest {

  // held-out-2's support floor is 0.80, not 0.85: a sentence with a count its source does not state
  // ("among five people killed" where the source counts two and three) is no longer confirmed.
  @ParameterizedTest
  @CsvSource({"held-out.jsonl, 0.85, 0.85", "held-out-2.jsonl, 0.55, 0.80"})
  void noFalseAlarmsAndMostErrorsFound(String file, double recall, double support)
      throws Exception {
    DraftScores.Score score =
        DraftScores.score(
            BundledChecker.get(),
            DraftScores.read(HeldOutDraftsTest.class.getResourceAsStream("/drafts/" + file)));
    assertThat(score.falseAlarms()).as("false alarms").isZero();
    assertThat(score.covered())
        .as("errors found of %d", score.expected())
        .isGreaterThanOrEqualTo((int) Math.ceil(recall * score.expected()));
    assertThat(score.supported())
        .as("supported of %d", score.supportable())
        .isGreaterThanOrEqualTo((int) Math.ceil(support * score.supportable()));
  }
}
