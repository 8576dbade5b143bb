package io.factcheck.claim;

import static org.assertj.core.api.Assertions.assertThat;

import io.factcheck.analysis.Analysis;
import io.factcheck.analysis.AnalyzedText;
import io.factcheck.analysis.EntityMention;
import io.factcheck.store.model.ContactMode;
import io.factcheck.store.model.EventType;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClaimExtractorTest {

  private static List<Claim> claims(AnalyzedText text) {
    return new ClaimExtractor(Analysis.lexicon()).extract(text);
  }

  @Test
  void phoneCallWithParticipantsDateAndTrigger() {
    AnalyzedText text = Analysis.analyze("Erdogan phoned Putin on 4 May 2021.");
    List<Claim> claims = claims(text);
    assertThat(claims).hasSize(1);
    Claim claim = claims.get(0);
    assertThat(claim.type()).isEqualTo(EventType.PHONE_CALL);
    assertThat(claim.mode()).isEqualTo(ContactMode.PHONE);
    assertThat(claim.participants())
        .containsExactlyInAnyOrder("recep-tayyip-erdogan", "vladimir-putin");
    assertThat(claim.date().value().start()).isEqualTo(LocalDate.of(2021, 5, 4));
    assertThat(text.text(claim.trigger())).isEqualTo("phoned");
  }

  @Test
  void meetingWithPlace() {
    AnalyzedText text = Analysis.analyze("Aliyev received Pashinyan in Minsk.");
    Claim claim = claims(text).get(0);
    assertThat(claim.mode()).isEqualTo(ContactMode.IN_PERSON);
    assertThat(claim.place().text()).isEqualTo("Minsk");
  }

  @Test
  void contactsByPhoneAndByCable() {
    Claim call =
        claims(Analysis.analyze("Aliyev and Pashinyan agreed a truce by phone on 2 May 2022."))
            .get(0);
    assertThat(call.type()).isEqualTo(EventType.PHONE_CALL);
    assertThat(call.participants()).containsExactlyInAnyOrder("ilham-aliyev", "nikol-pashinyan");
    Claim cable =
        claims(Analysis.analyze("Putin sent Lukashenko a congratulatory cable on 10 August 2020."))
            .get(0);
    assertThat(cable.type()).isEqualTo(EventType.TELEGRAM);
    assertThat(cable.mode()).isEqualTo(ContactMode.WRITTEN);
    assertThat(cable.participants())
        .containsExactlyInAnyOrder("vladimir-putin", "alexander-lukashenko");
  }

  @Test
  void oneLeaderVisitingACityIsAVisitThere() {
    Claim visit = claims(Analysis.analyze("Lukashenko visited Sochi on 14 September 2020.")).get(0);
    assertThat(visit.type()).isEqualTo(EventType.VISIT);
    assertThat(visit.participants()).containsExactly("alexander-lukashenko");
    assertThat(visit.place().text()).isEqualTo("Sochi");
    assertThat(claims(Analysis.analyze("Lukashenko visited the exhibition on Monday."))).isEmpty();
  }

  @Test
  void sidesOfFightingNamedByDemonym() {
    Claim clash =
        claims(Analysis.analyze("Armenian and Azerbaijani troops clashed on 12 May 2022.")).get(0);
    assertThat(clash.type()).isEqualTo(EventType.CLASH);
    assertThat(clash.participants()).containsExactlyInAnyOrder("armenia", "azerbaijan");
  }

  @Test
  void aPlaceNoOneKnowsAfterTheTownOf() {
    Claim claim =
        claims(Analysis.analyze("Putin met Lukashenko in the resort town of Valdai.")).get(0);
    assertThat(claim.place().text()).isEqualTo("Valdai");
    assertThat(claim.place().form()).isEqualTo(EntityMention.Form.UNKNOWN_NAME);
    Claim atSummit =
        claims(Analysis.analyze("Putin met Lukashenko at the APEC summit in Valdai.")).get(0);
    assertThat(atSummit.place().text()).isEqualTo("Valdai");
  }

  @Test
  void anaphorsTakeThePeopleOfTheSentenceBefore() {
    AnalyzedText text =
        Analysis.analyze("Putin hosted Aliyev. The two leaders spoke by phone later.");
    List<Claim> claims = claims(text);
    assertThat(claims).hasSize(2);
    assertThat(claims.get(1).participants())
        .containsExactlyInAnyOrder("vladimir-putin", "ilham-aliyev");
    assertThat(claims.get(1).mode()).isEqualTo(ContactMode.PHONE);
  }

  @Test
  void plansDenialsAndQuotesAreNotClaims() {
    assertThat(claims(Analysis.analyze("Putin will meet Aliyev in Sochi."))).isEmpty();
    assertThat(claims(Analysis.analyze("Putin did not meet Aliyev in Sochi."))).isEmpty();
    assertThat(claims(Analysis.analyze("“Putin met Aliyev in Sochi,” a source said."))).isEmpty();
  }

  @Test
  void aDatelineIsNotTheDateOfTheEvent() {
    AnalyzedText text =
        Analysis.analyze("Baku, 3 June 2022 (AP): Aliyev spoke by phone with Putin.", "2022-06-03");
    Claim claim = claims(text).get(0);
    assertThat(claim.date()).isNull();
  }

  @Test
  void outbreaksOfFightingBetweenCountries() {
    Claim claim =
        claims(Analysis.analyze("Fighting between Armenia and Azerbaijan broke out in 2016."))
            .get(0);
    assertThat(claim.type()).isEqualTo(EventType.CLASH);
    assertThat(claim.outbreak()).isTrue();
    assertThat(claim.participants()).containsExactlyInAnyOrder("armenia", "azerbaijan");
  }

  private static List<Claim> articleClaims(AnalyzedText text) {
    return ClaimExtractor.forArticles(Analysis.lexicon()).extract(text);
  }

  private static List<Claim> ofType(List<Claim> claims, EventType type) {
    return claims.stream().filter(c -> c.type() == type).toList();
  }

  @Test
  void anAgreementNamedAsMadeHasThePartiesItsWordsName() {
    List<Claim> claims =
        articleClaims(
            Analysis.analyze(
                "Ministers praised the agreement on the supply of Chilean copper to Argentina."));
    assertThat(ofType(claims, EventType.AGREEMENT))
        .singleElement()
        .satisfies(
            a -> {
              assertThat(a.participants()).containsExactlyInAnyOrder("chile", "argentina");
              assertThat(a.date()).isNull();
            });
  }

  @Test
  void anAgreementIsMadeWhateverTheSentencePlansAndTheTwoCountriesAreThoseNamedBefore() {
    AnalyzedText text =
        Analysis.analyze(
            "Argentina will defend Chile in accordance with the 1984 treaty between the two"
                + " countries if the dispute spreads.");
    Claim treaty = ofType(articleClaims(text), EventType.AGREEMENT).get(0);
    assertThat(treaty.participants()).containsExactlyInAnyOrder("argentina", "chile");
    assertThat(treaty.date().value().start()).isEqualTo(LocalDate.of(1984, 1, 1));
    assertThat(text.text(treaty.trigger())).isEqualTo("the 1984 treaty between the two countries");
  }

  @Test
  void agreementsYetToBeMadeOrWithOnePartyAreNotClaims() {
    for (String sentence :
        List.of(
            "Chile and Argentina are negotiating the treaty between the two countries.",
            "Talks on the accord between Chile and Argentina stalled in May.",
            "Officials discussed the draft agreement between Chile and Argentina.",
            "Lawyers studied the 1984 treaty with Argentina.",
            "Chile and Argentina praised the agreement.")) {
      assertThat(ofType(articleClaims(Analysis.analyze(sentence)), EventType.AGREEMENT))
          .as(sentence)
          .isEmpty();
    }
  }

  @Test
  void aBrokerIsPartyToTheSigningAndTheDateAfterItIsTheSigningsDate() {
    List<Claim> claims =
        articleClaims(
            Analysis.analyze(
                "Chile and Argentina signed a Brazilian-brokered accord in March 2019 to end the"
                    + " fighting."));
    Claim signing = ofType(claims, EventType.SIGNING).get(0);
    assertThat(signing.participants()).containsExactlyInAnyOrder("chile", "argentina", "brazil");
    assertThat(signing.date().value().start()).isEqualTo(LocalDate.of(2019, 3, 1));
    assertThat(ofType(claims, EventType.AGREEMENT)).isEmpty();
  }

  @Test
  void theDateUnderAnEmbeddedPostDatesItsLastSentence() {
    String post =
        "Fighting between Chile and Argentina broke out near the border.\n"
            + "pic.twitter.com/abc123XYZ\n"
            + "— Defence Desk (@defence_desk) May 3, 2021";
    Claim clash = ofType(articleClaims(Analysis.analyze(post)), EventType.CLASH).get(0);
    assertThat(clash.date().value().start()).isEqualTo(LocalDate.of(2021, 5, 3));

    String notThePost =
        "Fighting between Chile and Argentina broke out near the border.\n"
            + "Both sides blamed each other.\n"
            + "— Defence Desk (@defence_desk) May 3, 2021";
    Claim undated = ofType(articleClaims(Analysis.analyze(notThePost)), EventType.CLASH).get(0);
    assertThat(undated.date()).isNull();
  }

  @Test
  void fightingWithoutSidesTakesTheTwoCountriesLastNamedTogether() {
    String article =
        "Updates on the dispute between Chile and Argentina\n"
            + "Last week, violent clashes erupted in the border region.";
    Claim clash =
        ofType(articleClaims(Analysis.analyze(article, "2021-05-10")), EventType.CLASH).get(0);
    assertThat(clash.participants()).containsExactlyInAnyOrder("chile", "argentina");

    String another =
        "Updates on the dispute between Chile and Argentina\n"
            + "Last week, violent clashes erupted in the border region of Peru.";
    assertThat(ofType(articleClaims(Analysis.analyze(another, "2021-05-10")), EventType.CLASH))
        .isEmpty();
  }

  @Test
  void whoAnAccountIsAccordingToDidNotTakePart() {
    Claim clash =
        ofType(
                articleClaims(
                    Analysis.analyze(
                        "According to Peru, fighting between Chile and Argentina broke out in"
                            + " May 2021.")),
                EventType.CLASH)
            .get(0);
    assertThat(clash.participants()).containsExactlyInAnyOrder("chile", "argentina");
  }
}
