package io.factcheck.verify;

import static org.assertj.core.api.Assertions.assertThat;

import io.factcheck.analysis.TextFormat;
import io.factcheck.store.model.DateRange;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A draft sentence is compared with the stored sentence that says the same thing. */
class SentenceAlignmentTest {

  private static final FactChecker CHECKER =
      new MadeUpStore()
          .article(
              "Delegates gathered in Lima. The two-day gathering, the bloc's 12th ordinary congress,"
                  + " opened on Saturday.",
              DateRange.day(LocalDate.of(2024, 2, 17)))
          .article(
              "Leaders of the Andean nations signed a water charter at the summit in Quito."
                  + " The summit on the lakeshore was the fourth consultative meeting of the"
                  + " region's leaders since 2016.",
              DateRange.day(LocalDate.of(2024, 5, 2)))
          .article(
              "Border guards of the two republics exchanged fire at the pass, killing three people"
                  + " and wounding 12.",
              DateRange.day(LocalDate.of(2024, 6, 9)))
          .checker();

  private static List<Finding> contradictions(String text) {
    return CHECKER.check(new Draft(text, TextFormat.TEXT, null)).stream()
        .filter(f -> f.verdict() == Verdict.CONTRADICTED)
        .toList();
  }

  @Test
  void aDateWrittenOtherwiseDoesNotHideTheSourceSentence() {
    String text =
        "The Andean Council's 13th ordinary congress opened in Quito on February 17, 2024.";
    List<Finding> wrong = contradictions(text);
    assertThat(wrong).hasSize(1);
    assertThat(text.substring(wrong.get(0).start(), wrong.get(0).end())).isEqualTo("13th");
    assertThat(wrong.get(0).suggestion()).isEqualTo("12th");
    assertThat(wrong.get(0).kind()).isEqualTo(FindingKind.COUNT);
  }

  @Test
  void anOrdinalWithoutItsNounCountsTheOccasionsOfItsSentence() {
    String text = "The Quito summit of Andean leaders was the third meeting since 2016.";
    String elliptical = "The Quito summit of Andean leaders was the third since 2016.";
    for (String draft : List.of(text, elliptical)) {
      List<Finding> wrong = contradictions(draft);
      assertThat(wrong).as(draft).hasSize(1);
      assertThat(draft.substring(wrong.get(0).start(), wrong.get(0).end())).isEqualTo("third");
      assertThat(wrong.get(0).suggestion()).isEqualTo("fourth");
    }
  }

  @Test
  void peopleKilledAreNotThePeopleWounded() {
    assertThat(contradictions("Twelve people were wounded when border guards exchanged fire."))
        .isEmpty();
    assertThat(contradictions("Four people were killed when border guards exchanged fire."))
        .extracting(Finding::suggestion)
        .containsExactly("three");
  }

  @Test
  void aSentenceOfAnotherTimeIsNotTheSource() {
    assertThat(contradictions("The Andean Council's 13th ordinary congress opened on 3 May 2025."))
        .isEmpty();
  }
}
