package io.factcheck.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import io.factcheck.analysis.EntityMention.Form;
import io.factcheck.store.model.EntityKind;
import java.util.List;
import org.junit.jupiter.api.Test;

class EntityStageTest {

  private static List<EntityMention> entities(String text) {
    return Analysis.analyze(text).entities();
  }

  @Test
  void namesAndSurnames() {
    List<EntityMention> found = entities("Alexander Lukashenko later phoned Putin.");
    assertThat(found)
        .extracting(EntityMention::text)
        .containsExactly("Alexander Lukashenko", "Putin");
    assertThat(found.get(0).ids()).containsExactly("alexander-lukashenko");
    assertThat(found.get(1).ids()).containsExactly("vladimir-putin");
  }

  @Test
  void aNameWrittenWithoutItsAccentsIsTheSameName() {
    var lexicon =
        new EntityLexicon(
            List.of(
                new io.factcheck.store.model.Entity(
                    "pham-minh-chinh",
                    EntityKind.PERSON,
                    "Phạm Minh Chính",
                    List.of(),
                    null,
                    List.of(),
                    null)),
            CountryGazetteer.load());
    AnalyzedText text =
        new Pipeline(
                List.of(
                    new MarkupStage(),
                    new SentenceStage(),
                    new QuoteStage(),
                    new DateStage(),
                    new NumberStage(),
                    new EntityStage(lexicon)))
            .analyze("Xi met Pham Minh Chinh in Hanoi.", TextFormat.TEXT, DateAnchor.NONE);
    assertThat(text.entities())
        .anySatisfy(m -> assertThat(m.ids()).containsExactly("pham-minh-chinh"));
  }

  @Test
  void aPossessiveNamesItsOwner() {
    List<EntityMention> found =
        entities("Kenya’s census and Putin's visit; Armenia's premier went to Côte d'Ivoire.");
    assertThat(found)
        .extracting(m -> m.ids().iterator().next())
        .containsExactly("kenya", "vladimir-putin", "nikol-pashinyan", "ivory-coast");
  }

  @Test
  void titlesAreDerivedFromCountryAndOffice() {
    List<EntityMention> found =
        entities(
            "The Armenian premier called his Belarusian counterpart and the Turkish president.");
    assertThat(found)
        .filteredOn(m -> m.form() == Form.TITLE)
        .extracting(m -> m.ids().iterator().next())
        .containsExactly("nikol-pashinyan", "alexander-lukashenko", "recep-tayyip-erdogan");
  }

  @Test
  void coordinatedTitlesNameBothPeople() {
    List<EntityMention> found = entities("The Russian and Armenian leaders met.");
    assertThat(found).hasSize(1);
    assertThat(found.get(0).form()).isEqualTo(Form.GROUP);
    assertThat(found.get(0).ids()).containsExactlyInAnyOrder("vladimir-putin", "nikol-pashinyan");
  }

  @Test
  void placesByNameByCapitalAndByForm() {
    List<EntityMention> found = entities("Talks in Sochi, then Nairobi, then in the Kursk Region.");
    assertThat(found).extracting(EntityMention::kind).containsOnly(EntityKind.PLACE);
    assertThat(found)
        .extracting(EntityMention::text)
        .containsExactly("Sochi", "Nairobi", "Kursk Region");
    assertThat(found.get(2).form()).isEqualTo(Form.PATTERN);
  }

  @Test
  void aSeatOfGovernmentWithLeaderNamesTheHeadOfItsCountry() {
    List<EntityMention> found = entities("The Kremlin leader spoke.");
    assertThat(found).hasSize(1);
    assertThat(found.get(0).text()).isEqualTo("Kremlin leader");
    assertThat(found.get(0).ids()).containsExactly("vladimir-putin");
  }

  @Test
  void namesMustBeCapitalised() {
    assertThat(entities("the sochi resort")).isEmpty();
  }

  @Test
  void anaphorsAreMarkedForClaimExtraction() {
    assertThat(entities("The two leaders spoke."))
        .extracting(EntityMention::form)
        .containsExactly(Form.ANAPHOR);
  }

  @Test
  void containmentOfPlaces() {
    assertThat(Analysis.lexicon().placeAndContainers("sochi")).contains("sochi", "russia");
  }
}
