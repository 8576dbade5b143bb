package io.factcheck.verify;

import static org.assertj.core.api.Assertions.assertThat;

import io.factcheck.analysis.TextFormat;
import io.factcheck.store.model.DateRange;
import io.factcheck.store.model.EventType;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A treaty known by its name is signed once: a draft that names it and gives another year is wrong,
 * while a draft about "a treaty" between the same countries may mean another one.
 */
class NamedAgreementTest {

  private static final String SOURCE =
      "Armenia and Azerbaijan signed the Treaty of Lorivan on 5 March 2019 in Tbilisi.";

  private static FactChecker checker;

  @BeforeAll
  static void storeWithOneNamedTreaty() {
    checker =
        new MadeUpStore()
            .event(
                EventType.SIGNING,
                null,
                List.of("armenia", "azerbaijan"),
                DateRange.day(LocalDate.of(2019, 3, 5)),
                List.of(),
                SOURCE)
            .checker();
  }

  private static List<Finding> check(String text) {
    return checker.check(new Draft(text, TextFormat.TEXT, null));
  }

  @Test
  void anotherYearForTheNamedTreatyIsContradicted() {
    for (String text :
        List.of(
            "Armenia and Azerbaijan signed the Lorivan Treaty in 2018.",
            "Armenia and Azerbaijan signed the Treaty of Lorivan in 2018.")) {
      List<Finding> wrong =
          check(text).stream().filter(f -> f.verdict() == Verdict.CONTRADICTED).toList();
      assertThat(wrong).as(text).hasSize(1);
      assertThat(text.substring(wrong.get(0).start(), wrong.get(0).end())).isEqualTo("2018");
      assertThat(wrong.get(0).kind()).isEqualTo(FindingKind.DATE);
      assertThat(wrong.get(0).suggestion()).isEqualTo("2019");
      assertThat(wrong.get(0).evidence().get(0).quote()).isEqualTo(SOURCE);
    }
  }

  @Test
  void anUnnamedOrOtherTreatyInAnotherYearIsNotContradicted() {
    for (String text :
        List.of(
            "Armenia and Azerbaijan signed a treaty in 2018.",
            "Armenia and Azerbaijan signed the Treaty of Goris in 2018.")) {
      assertThat(check(text)).as(text).noneMatch(f -> f.verdict() == Verdict.CONTRADICTED);
    }
  }

  @Test
  void theRightYearIsSupported() {
    assertThat(check("Armenia and Azerbaijan signed the Lorivan Treaty in 2019."))
        .extracting(Finding::verdict)
        .containsExactly(Verdict.SUPPORTED);
  }
}
