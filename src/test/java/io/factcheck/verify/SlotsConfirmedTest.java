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

  @Test
  void aDayNeitherTheSourceSentenceNorItsEventNorItsStoryDates() {
    var lexicon =
        new io.factcheck.analysis.EntityLexicon(
            List.of(), io.factcheck.analysis.CountryGazetteer.load());
    var pipeline =
        new io.factcheck.analysis.Pipeline(
            List.of(
                new io.factcheck.analysis.MarkupStage(),
                new io.factcheck.analysis.SentenceStage(),
                new io.factcheck.analysis.QuoteStage(),
                new io.factcheck.analysis.DateStage(),
                new io.factcheck.analysis.NumberStage(),
                new io.factcheck.analysis.EntityStage(lexicon)));
    var draft =
        pipeline.analyze(
            "Fifteen soldiers were killed on April 16, 2019.",
            TextFormat.TEXT,
            io.factcheck.analysis.DateAnchor.NONE);
    var slots = new SlotsConfirmed(lexicon);
    var span = draft.sentences().get(0).span();
    var otherStory = io.factcheck.store.model.DateRange.parseIso("2019-05-05");
    var sameStory = io.factcheck.store.model.DateRange.parseIso("2019-04-16");
    assertThat(
            slots.dayUncompared(
                draft, span, List.of(), java.util.Optional.empty(), otherStory, List.of()))
        .hasValueSatisfying(f -> assertThat(f.kind()).isEqualTo(FindingKind.DATE));
    assertThat(
            slots.dayUncompared(
                draft, span, List.of(), java.util.Optional.empty(), sameStory, List.of()))
        .isEmpty();
  }
}
