package io.factcheck.verify;

import static org.assertj.core.api.Assertions.assertThat;

import io.factcheck.analysis.TextFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A sentence is confirmed only where its evidence states every count it gives; otherwise the count
 * is named as unverified and nothing is marked confirmed over it.
 */
class SlotsConfirmedTest {

  private static List<Finding> check(String text, String published) {
    return BundledChecker.get().check(new Draft(text, TextFormat.TEXT, published));
  }

  @Test
  void aTrueSentenceIsConfirmed() {
    assertThat(check("Putin and Lukashenko held talks in Sochi on September 14, 2020.", null))
        .anyMatch(f -> f.verdict() == Verdict.SUPPORTED);
  }

  @Test
  void aCountTheSourceNeverStatesIsNotConfirmed() {
    String text = "Putin and Lukashenko held talks for 19 hours in Sochi on September 14, 2020.";
    List<Finding> findings = check(text, null);
    int at = text.indexOf("19");
    assertThat(findings)
        .noneMatch(f -> f.verdict() == Verdict.SUPPORTED && f.start() <= at && at < f.end());
  }
}
