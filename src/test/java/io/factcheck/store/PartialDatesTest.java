package io.factcheck.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.factcheck.store.model.DatePrecision;
import io.factcheck.store.model.DateRange;
import java.time.DateTimeException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PartialDatesTest {

  @Test
  void readsDaysMonthsAndYears() {
    assertThat(PartialDates.parse("2023-03-14"))
        .isEqualTo(DateRange.day(LocalDate.of(2023, 3, 14)));
    assertThat(PartialDates.parse("2020-02"))
        .isEqualTo(
            new DateRange(
                LocalDate.of(2020, 2, 1), LocalDate.of(2020, 2, 29), DatePrecision.MONTH, null));
    assertThat(PartialDates.parse("2021")).isEqualTo(DateRange.year(2021));
  }

  @Test
  void writesWhatItReads() {
    for (String date : new String[] {"2023-03-14", "2020-11", "2021"}) {
      assertThat(PartialDates.format(PartialDates.parse(date))).isEqualTo(date);
    }
  }

  @Test
  void refusesWhatIsNotOnTheCalendar() {
    for (String date : new String[] {"2023-02-30", "2020-13", "2020-1", "March 2020", ""}) {
      assertThatThrownBy(() -> PartialDates.parse(date)).isInstanceOf(DateTimeException.class);
    }
  }
}
