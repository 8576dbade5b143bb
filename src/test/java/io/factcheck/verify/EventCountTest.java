package io.factcheck.verify;

import static org.assertj.core.api.Assertions.assertThat;

import io.factcheck.analysis.TextFormat;
import io.factcheck.store.model.ContactMode;
import io.factcheck.store.model.DateRange;
import io.factcheck.store.model.EventCount;
import io.factcheck.store.model.EventType;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What the store counts for an event ("a 25-minute call") is checked wherever a draft gives it. */
class EventCountTest {

  private static final String SOURCE =
      "Vladimir Putin and Ilham Aliyev spoke by phone on 3 June 2021; the call lasted 25 minutes.";

  private static FactChecker checker;

  @BeforeAll
  static void storeWithOneTimedCall() {
    checker =
        new MadeUpStore()
            .event(
                EventType.PHONE_CALL,
                ContactMode.PHONE,
                List.of("vladimir-putin", "ilham-aliyev"),
                DateRange.day(LocalDate.of(2021, 6, 3)),
                List.of(new EventCount("minute", 25, false)),
                SOURCE)
            .checker();
  }

  private static List<Finding> check(String text) {
    return checker.check(new Draft(text, TextFormat.TEXT, null));
  }

  @Test
  void anotherLengthOfTheCallIsContradictedWithTheStoredOne() {
    String text = "Putin and Aliyev held a 40-minute phone call in June 2021.";
    List<Finding> findings = check(text);
    assertThat(findings).extracting(Finding::verdict).containsExactly(Verdict.CONTRADICTED);
    Finding wrong = findings.get(0);
    assertThat(text.substring(wrong.start(), wrong.end())).isEqualTo("40");
    assertThat(wrong.kind()).isEqualTo(FindingKind.COUNT);
    assertThat(wrong.suggestion()).isEqualTo("25");
    assertThat(wrong.evidence().get(0).quote()).isEqualTo(SOURCE);
  }

  @Test
  void theStoredLengthAndCountsOfOtherThingsAreNotContradicted() {
    assertThat(check("Putin and Aliyev held a 25-minute phone call on 3 June 2021."))
        .extracting(Finding::verdict)
        .containsExactly(Verdict.SUPPORTED);
    assertThat(check("Putin and Aliyev held a phone call on 3 June 2021 about 40 prisoners."))
        .noneMatch(f -> f.verdict() == Verdict.CONTRADICTED);
  }
}
