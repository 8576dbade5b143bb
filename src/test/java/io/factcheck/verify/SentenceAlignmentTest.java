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
  void aSentenceOfAnotherTimeIsNotTheSource() {
    assertThat(contradictions("The Andean Council's 13th ordinary congress opened on 3 May 2025."))
        .isEmpty();
  }
}
