package io.factcheck.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.factcheck.store.model.DateRange;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DatelineTest {

  @Test
  void dayMonthYearWithAgency() {
    assertThat(Dateline.find("Paris, 26 October 2022 (dpa) - French President met ..."))
        .contains(DateRange.day(LocalDate.of(2022, 10, 26)));
  }

  @Test
  void aWeekdayMayOpenTheDate() {
    assertThat(Dateline.find("TALLINN, Wednesday 14 May 2025 (BNS) – Talks began."))
        .contains(DateRange.day(LocalDate.of(2025, 5, 14)));
  }

  @Test
  void monthDayYearAfterAHeadline() {
    String text = "Leaders meet\n\nBy A. Writer\n\nNAIROBI, March 5, 2023 (Reuters) - Talks began.";
    assertThat(Dateline.find(text)).contains(DateRange.day(LocalDate.of(2023, 3, 5)));
  }

  @Test
  void yearlessDatelineTakesTheYearWhoseWeekdayTheLeadNames() {
    // 2 October 2020 was a Friday; the text's other year is background.
    String text =
        "MOSCOW, October 2. /TASS/. The presidents spoke by phone on Friday, the Kremlin said.\n\n"
            + "The vaccine was registered in August 2020. Clashes of 2016 were recalled.";
    assertThat(Dateline.find(text)).contains(DateRange.day(LocalDate.of(2020, 10, 2)));
  }

  @Test
  void yearlessDatelineMayFallTheDayAfterTheLeadsWeekday() {
    // 3 March 2024 was a Sunday: "Saturday" is the day before.
    String text =
        "TOKYO, March 3 (Kyodo) -- The leaders agreed in phone talks Saturday to cooperate.\n\n"
            + "They last met in March 2023.";
    assertThat(Dateline.find(text)).contains(DateRange.day(LocalDate.of(2024, 3, 3)));
  }

  @Test
  void backgroundLaterInTheYearThanTheDatelineMeansALaterYear() {
    // 4 June 2025 was a Wednesday; "in September 2024" is background, so not 2024.
    String text =
        "OSLO, June 4 (NTB) - The prime ministers met on Wednesday in Bergen.\n\n"
            + "They first met in September 2024.";
    assertThat(Dateline.find(text)).contains(DateRange.day(LocalDate.of(2025, 6, 4)));
  }

  @Test
  void aYearStillToComeBoundsTheStoryFromAbove() {
    // 9 March 2021 was a Tuesday; the next summit "will" be in 2022.
    String text =
        "LIMA, March 9 (Andina) - Leaders ended their summit on Tuesday.\n\n"
            + "The bloc will hold its next summit in March 2022.";
    assertThat(Dateline.find(text)).contains(DateRange.day(LocalDate.of(2021, 3, 9)));
  }

  @Test
  void theLeadsWeekdayMayBeTwoDaysBeforeTheDateline() {
    // 15 May 2025 was a Thursday: "on Tuesday" two days before; 2026 would put it three days.
    String text =
        "ACCRA, May 15 (GNA). The presidents spoke by phone on Tuesday.\n\n"
            + "A plan for 2025-2027 was adopted.";
    assertThat(Dateline.find(text)).contains(DateRange.day(LocalDate.of(2025, 5, 15)));
  }

  @Test
  void yearsThatLeaveDecadesOpenDoNotDateTheStory() {
    String text =
        "QUITO, July 2 (EFE) - The ministers signed the pact on Tuesday.\n\n"
            + "The first pact was signed in 1979. They aim to end poverty by 2040.";
    assertThat(Dateline.find(text)).isEmpty();
  }

  @Test
  void yearlessDatelineWithNoYearInTheTextStaysUnknown() {
    assertThat(Dateline.find("BISHKEK, May 14. /Kabar/. Four people were killed on Monday."))
        .isEmpty();
  }

  @Test
  void noDatelineNoDate() {
    assertThat(Dateline.find("Putin and Lukashenko held talks in Sochi on September 14, 2020."))
        .isEmpty();
    assertThat(Dateline.find("MOSCOW: Russian President Vladimir Putin said on Wednesday"))
        .isEmpty();
  }

  @Test
  void impossibleDayIsNoDate() {
    assertThat(Dateline.find("ROME, February 30, 2021 (ANSA) - Nothing happened.")).isEmpty();
  }
}
