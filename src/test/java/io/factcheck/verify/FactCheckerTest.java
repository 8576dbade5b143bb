package io.factcheck.verify;

import static org.assertj.core.api.Assertions.assertThat;

import io.factcheck.analysis.TextFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Drafts written for these tests (not the evaluation cases): paraphrases the store supports, one
 * wrong value of each kind, and claims the store must not contradict.
 */
class FactCheckerTest {

  private static List<Finding> check(String text) {
    return BundledChecker.get().check(new Draft(text, TextFormat.TEXT, null));
  }

  private static List<Finding> check(String text, String published) {
    return BundledChecker.get().check(new Draft(text, TextFormat.TEXT, published));
  }

  private static List<Finding> contradictions(List<Finding> findings) {
    return findings.stream().filter(f -> f.verdict() == Verdict.CONTRADICTED).toList();
  }

  private static void assertOnlyContradiction(
      String text, String published, String span, FindingKind kind, String suggestion) {
    List<Finding> wrong = contradictions(check(text, published));
    assertThat(wrong).as(text).hasSize(1);
    Finding f = wrong.get(0);
    assertThat(text.substring(f.start(), f.end())).isEqualTo(span);
    assertThat(f.kind()).isEqualTo(kind);
    assertThat(f.suggestion()).isEqualTo(suggestion);
    assertThat(f.message()).isNotBlank();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Alexander Lukashenko and Vladimir Putin held a telephone conversation on 2 October 2020.",
        "The Belarusian leader spoke by phone with his Russian counterpart on Oct. 2, 2020.",
        "On August 10, 2020, Putin sent a congratulatory telegram to Lukashenko.",
        "Putin and Lukashenko met on June 30, 2020 in the Tver Region.",
        "Putin hosted the Belarusian president in Sochi on 14 September 2020.",
      })
  void supportsParaphrases(String text) {
    List<Finding> findings = check(text);
    assertThat(contradictions(findings)).as(text).isEmpty();
    Finding supported =
        findings.stream().filter(f -> f.verdict() == Verdict.SUPPORTED).findFirst().orElseThrow();
    assertThat(supported.evidence()).isNotEmpty();
    assertThat(supported.evidence().get(0).quote()).isNotBlank();
    assertThat(supported.evidence().get(0).eventId()).isPositive();
  }

  @Test
  void supportsRelativeDatesResolvedAgainstPublication() {
    List<Finding> findings =
        check("Putin and Armenia's prime minister spoke by phone yesterday.", "2023-03-14");
    assertThat(findings).extracting(Finding::verdict).containsExactly(Verdict.SUPPORTED);
  }

  @Test
  void aVisitIsCheckedAgainstTheMeetingsOfItsVisitorThere() {
    assertOnlyContradiction(
        "Lukashenko visited Sochi on September 4, 2020.",
        null,
        "September 4",
        FindingKind.DATE,
        "September 14");
    assertThat(check("Lukashenko visited Sochi on September 14, 2020."))
        .extracting(Finding::verdict)
        .containsExactly(Verdict.SUPPORTED);
  }

  @Test
  void aRegistrationGivenInAnotherYearGetsTheStoredYear() {
    assertOnlyContradiction(
        "Russia registered Sputnik V in 2019.", null, "2019", FindingKind.DATE, "2020");
  }

  @Test
  void wrongDayOfAKnownEvent() {
    assertOnlyContradiction(
        "Putin sent a congratulatory telegram to Lukashenko on August 12, 2020.",
        null,
        "August 12",
        FindingKind.DATE,
        "August 10");
  }

  @Test
  void wrongDayWrittenDayFirstIsCorrectedDayFirst() {
    assertOnlyContradiction(
        "Putin sent a telegram to Lukashenko on 11 August 2020.",
        null,
        "11 August",
        FindingKind.DATE,
        "10 August");
  }

  @Test
  void weekdayThatDoesNotMatchItsDate() {
    assertOnlyContradiction(
        "On Tuesday, August 10, 2020, Putin sent a telegram to Lukashenko.",
        null,
        "Tuesday",
        FindingKind.DATE,
        "Monday");
  }

  @Test
  void aWrongYearOnAKnownDayIsNarrowedToTheYear() {
    assertOnlyContradiction(
        "Putin sent a telegram to Lukashenko on August 10, 2021.",
        null,
        "2021",
        FindingKind.DATE,
        "2020");
  }

  @Test
  void aDroppedDigitIsASlipForTheStoredDay() {
    assertOnlyContradiction(
        "Putin and Pashinyan spoke by phone on March 3, 2023.",
        null,
        "March 3",
        FindingKind.DATE,
        "March 13");
  }

  @Test
  void phoneCallReportedAsMeeting() {
    assertOnlyContradiction(
        "Putin and Pashinyan met in person on March 13, 2023.",
        null,
        "met in person",
        FindingKind.MODE,
        "spoke by phone");
  }

  @Test
  void meetingReportedAsPhoneCall() {
    assertOnlyContradiction(
        "Putin and Lukashenko spoke by phone on June 30, 2020.",
        null,
        "spoke by phone",
        FindingKind.MODE,
        "met");
  }

  @Test
  void wrongCity() {
    assertOnlyContradiction(
        "Putin hosted Lukashenko in Moscow on September 14, 2020.",
        null,
        "Moscow",
        FindingKind.LOCATION,
        "Sochi");
  }

  @Test
  void everyPlaceNamedMustFitNotJustOne() {
    assertOnlyContradiction(
        "Putin welcomed Lukashenko at the Rzhev Memorial in the Smolensk Region on June 30, 2020.",
        null,
        "Smolensk Region",
        FindingKind.LOCATION,
        "Tver Region");
  }

  @Test
  void wrongCountWrittenInWords() {
    assertOnlyContradiction(
        "In their call on August 7, 2020, the presidents raised the detention of thirty Russians in Belarus.",
        null,
        "thirty",
        FindingKind.COUNT,
        "thirty-three");
  }

  @CsvSource(
      delimiter = '|',
      value = {
        "Emmanuel Macron met Olaf Scholz in Berlin on May 3, 2021.",
        "Putin and Lukashenko met in Minsk on March 3, 2019.",
        "“Putin and Lukashenko met in Minsk on September 14,” the blogger claimed.",
        "Putin will meet Lukashenko in Minsk on September 14, 2020.",
        "Putin did not meet Lukashenko in Minsk on September 14, 2020.",
        "The Kremlin said nothing about the 12 sanctions adopted in Brussels.",
        "Putin and Lukashenko held another phone call on October 4, 2020.",
        "Putin telephoned Lukashenko on November 19, 2020 about gas prices.",
        "Putin and Lukashenko met again in Sochi on September 18, 2020.",
        "Russia, Armenia and Azerbaijan signed a customs deal on March 30, 2021.",
        "Putin met Pashinyan in Moscow on Friday.",
      })
  @ParameterizedTest
  void neverContradictsWhatTheStoreDoesNotKnowOrTheDraftDoesNotAssert(String text) {
    assertThat(contradictions(check(text))).as(text).isEmpty();
  }

  @Test
  void aPlaceTheStoreDoesNotKnowIsUnverifiedNotConfirmed() {
    List<Finding> findings =
        check("Putin hosted Lukashenko in Krasnaya Polyana on September 14, 2020.");
    assertThat(findings).extracting(Finding::verdict).containsExactly(Verdict.UNVERIFIED);
    assertThat(findings.get(0).kind()).isEqualTo(FindingKind.LOCATION);
  }

  @Test
  void aCapitalNamingWhoseParadeItWasTakesNoPartInTheAttendance() {
    List<Finding> findings = check("Lukashenko attended Moscow's Victory Parade on 24 June 2020.");
    assertThat(findings).extracting(Finding::verdict).containsExactly(Verdict.SUPPORTED);
  }

  @Test
  void aWellKnownCityFarFromTheStoredOneIsTheWrongPlace() {
    // The store has Putin and Lukashenko meeting in Sochi on 14 September 2020.
    assertOnlyContradiction(
        "Putin hosted Lukashenko in Novosibirsk on September 14, 2020.",
        null,
        "Novosibirsk",
        FindingKind.LOCATION,
        "Sochi");
  }

  @Test
  void namesDifferingOnlyInGenericWordsAreDifferentNames() {
    assertOnlyContradiction(
        "Sputnik V was developed by the Chumakov Center.",
        null,
        "Chumakov Center",
        FindingKind.OTHER,
        "Gamaleya National Research Center for Epidemiology and Microbiology");
  }

  @Test
  void anOrdinalMeetingLinesUpWithTheNthTimeTheyMet() {
    assertOnlyContradiction(
        "Pashinyan held his fifth meeting with Putin this year on Tuesday.",
        "2021",
        "fifth",
        FindingKind.COUNT,
        "fourth");
  }

  @Test
  void aProductIsRegisteredOnceSoAnyOtherYearIsWrong() {
    assertOnlyContradiction(
        "Russia registered Sputnik V in August 2019.", null, "2019", FindingKind.DATE, "2020");
  }

  @Test
  void aSigningDateIsNotHiddenByAnUmbrellaOfAgreements() {
    assertOnlyContradiction(
        "The leaders of Russia, Azerbaijan and Armenia signed the economic pact on 21 January 2021.",
        null,
        "21 January",
        FindingKind.DATE,
        "11 January");
  }

  @Test
  void claimsAboutUnknownDatesOfKnownPairsAreUnverified() {
    List<Finding> findings = check("Putin and Lukashenko met in Minsk on March 3, 2019.");
    assertThat(findings).extracting(Finding::verdict).containsExactly(Verdict.UNVERIFIED);
  }

  @Test
  void offsetsPointIntoHtmlAsSent() {
    String html = "<p>Putin sent a telegram to <i>Lukashenko</i> on <b>August 12, 2020</b>.</p>";
    List<Finding> wrong =
        contradictions(BundledChecker.get().check(new Draft(html, TextFormat.HTML, null)));
    assertThat(wrong).hasSize(1);
    assertThat(html.substring(wrong.get(0).start(), wrong.get(0).end())).isEqualTo("August 12");
  }

  @Test
  void offsetsPointIntoMarkdownAsSent() {
    String md =
        "_Putin_ sent a telegram to **Lukashenko** on [August 12, 2020](https://x.example).";
    List<Finding> wrong =
        contradictions(BundledChecker.get().check(new Draft(md, TextFormat.MARKDOWN, null)));
    assertThat(wrong).hasSize(1);
    assertThat(md.substring(wrong.get(0).start(), wrong.get(0).end())).isEqualTo("August 12");
  }
}
