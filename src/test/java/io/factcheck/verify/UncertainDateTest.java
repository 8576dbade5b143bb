package io.factcheck.verify;

import static org.assertj.core.api.Assertions.assertThat;

import io.factcheck.analysis.TextFormat;
import io.factcheck.store.model.ContactMode;
import io.factcheck.store.model.DateRange;
import io.factcheck.store.model.EventType;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A date the store only inferred, or on which its sources disagree, takes no side in a check. */
class UncertainDateTest {

  private static final FactChecker CHECKER =
      new MadeUpStore()
          .event(
              EventType.MEETING,
              ContactMode.IN_PERSON,
              List.of("vladimir-putin", "ilham-aliyev"),
              DateRange.day(LocalDate.of(2021, 6, 3)),
              List.of(),
              "On the sidelines of the forum, Vladimir Putin held talks with Ilham Aliyev.")
          .withUncertainDate()
          .checker();

  @Test
  void neitherConfirmsNorContradictsAndSaysWhy() {
    for (String text :
        List.of("Putin met Aliyev on 3 June 2021.", "Putin met Aliyev in June 2021.")) {
      List<Finding> findings = CHECKER.check(new Draft(text, TextFormat.TEXT, null));
      assertThat(findings).as(text).extracting(Finding::verdict).containsOnly(Verdict.UNVERIFIED);
      assertThat(findings.get(0).message()).as(text).contains("(3 June 2021) is uncertain");
    }
    assertThat(CHECKER.check(new Draft("Putin met Aliyev on 4 June 2021.", TextFormat.TEXT, null)))
        .extracting(Finding::verdict)
        .containsOnly(Verdict.UNVERIFIED);
  }
}
