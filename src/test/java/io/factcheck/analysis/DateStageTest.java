package io.factcheck.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import io.factcheck.analysis.DateMention.DateStyle;
import io.factcheck.store.model.DatePrecision;
import io.factcheck.store.model.DateRange;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateStageTest {

  private static List<DateMention> dates(String text, String published) {
    return new Pipeline(List.of(new MarkupStage(), new DateStage()))
        .analyze(
            text,
            TextFormat.TEXT,
            new DateAnchor(io.factcheck.store.model.DateRange.parseIso(published)))
        .dates();
  }

  private static DateMention only(String text, String published) {
    List<DateMention> dates = dates(text, published);
    assertThat(dates).as(text).hasSize(1);
    return dates.get(0);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "They met on September 14, 2020 in Rome.|September 14, 2020|2020-09-14",
        "They met on 2 October 2020.|2 October 2020|2020-10-02",
        "They met on Sept. 14, 2019.|Sept. 14, 2019|2019-09-14",
        "The pact of Jan. 11, 2021 holds.|Jan. 11, 2021|2021-01-11",
        "It began on the 3rd of May 2018.|the 3rd of May 2018|2018-05-03",
        "On Friday, March 1, 2024, it rained.|Friday, March 1, 2024|2024-03-01",
      })
  void readsAbsoluteDays(String text, String expression, String day) {
    DateMention date = only(text, null);
    assertThat(text.substring(date.span().start(), date.span().end())).isEqualTo(expression);
    assertThat(date.value().isExactDay()).isTrue();
    assertThat(date.value().start()).isEqualTo(LocalDate.parse(day));
    assertThat(date.yearStated()).isTrue();
  }

  @Test
  void narrowSpansPointAtMonthDayYearAndWeekday() {
    String text = "Seen on Friday, March 1, 2024.";
    DateMention date = only(text, null);
    assertThat(text.substring(date.weekdaySpan().start(), date.weekdaySpan().end()))
        .isEqualTo("Friday");
    assertThat(text.substring(date.monthDaySpan().start(), date.monthDaySpan().end()))
        .isEqualTo("March 1");
    assertThat(text.substring(date.yearSpan().start(), date.yearSpan().end())).isEqualTo("2024");
    assertThat(date.style()).isEqualTo(DateStyle.MONTH_DAY);
  }

  @Test
  void monthAndDayTakeThePublicationYear() {
    DateMention date = only("Talks were held on 5 May.", "2022-06-10");
    assertThat(date.value().start()).isEqualTo(LocalDate.of(2022, 5, 5));
    assertThat(date.yearStated()).isFalse();
    assertThat(date.style()).isEqualTo(DateStyle.DAY_MONTH);
  }

  @Test
  void twoMonthsInARowAreOneSpanFromTheFirstToTheEndOfTheSecond() {
    assertThat(only("Trials were completed in June-July.", "2020-10-02").value())
        .isEqualTo(
            new DateRange(
                LocalDate.of(2020, 6, 1), LocalDate.of(2020, 7, 31), DatePrecision.MONTH, null));
    assertThat(only("Snow fell in December–January.", "2021-03-02").value())
        .isEqualTo(
            new DateRange(
                LocalDate.of(2020, 12, 1), LocalDate.of(2021, 1, 31), DatePrecision.MONTH, null));
  }

  @Test
  void aDayWellAfterPublicationBelongsToTheYearBefore() {
    DateMention date = only("The deal was signed on December 28.", "2022-01-04");
    assertThat(date.value().start()).isEqualTo(LocalDate.of(2021, 12, 28));
  }

  @Test
  void withoutAnyYearOnlyMonthAndDayAreKnown() {
    DateMention date = only("They spoke on July 9.", null);
    assertThat(date.value()).isNull();
    assertThat(date.month()).isEqualTo(7);
    assertThat(date.day()).isEqualTo(9);
  }

  @Test
  void laterDatesWithoutYearTakeTheYearOfAnEarlierOne() {
    List<DateMention> dates = dates("In March 2019 they met. On April 2 they spoke.", null);
    assertThat(dates).hasSize(2);
    assertThat(dates.get(1).value().start()).isEqualTo(LocalDate.of(2019, 4, 2));
  }

  @ParameterizedTest
  @CsvSource({
    "on Monday, 2024-05-15, 2024-05-13",
    "on Wednesday, 2024-05-15, 2024-05-15",
    "on Thursday, 2024-05-15, 2024-05-09",
    "yesterday, 2024-05-15, 2024-05-14",
  })
  void weekdaysAndYesterdayResolveBackFromPublication(String phrase, String published, String day) {
    DateMention date = only("They spoke " + phrase + ".", published);
    assertThat(date.value().isExactDay()).isTrue();
    assertThat(date.value().start()).isEqualTo(LocalDate.parse(day));
  }

  @Test
  void aWeekdayInAYearKnownOnlyByYearIsAWeekdayRange() {
    DateMention date = only("They met on Tuesday.", "2019");
    assertThat(date.value().precision()).isEqualTo(DatePrecision.WEEKDAY);
    assertThat(date.value().weekday()).isEqualTo(DayOfWeek.TUESDAY);
    assertThat(date.value().start()).isEqualTo(LocalDate.of(2019, 1, 1));
  }

  @Test
  void lastWeekIsTheCalendarWeekBefore() {
    DateMention date = only("Clashes last week killed two.", "2024-05-15");
    assertThat(date.value().precision()).isEqualTo(DatePrecision.WEEK);
    assertThat(date.value().start()).isEqualTo(LocalDate.of(2024, 5, 6));
    assertThat(date.value().end()).isEqualTo(LocalDate.of(2024, 5, 12));
  }

  @Test
  void relativeYearsAndFuturePlans() {
    DateMention thisYear = only("It was the third visit this year.", "2018-07-01");
    assertThat(thisYear.value().start()).isEqualTo(LocalDate.of(2018, 1, 1));
    assertThat(thisYear.value().precision()).isEqualTo(DatePrecision.YEAR);
    DateMention next = only("A summit is planned next year.", "2018-07-01");
    assertThat(next.future()).isTrue();
  }

  @Test
  void aMonthOfLastYearIsInTheYearBefore() {
    DateMention april = only("Clashes in April last year claimed 55 lives.", "2022-07-21");
    assertThat(april.value().start()).isEqualTo(LocalDate.of(2021, 4, 1));
    assertThat(april.value().precision()).isEqualTo(DatePrecision.MONTH);
  }

  @Test
  void monthYearSeasonsAndLoneYears() {
    List<DateMention> dates =
        dates("Talks in November 2020 followed the summer of 2014 and the 1997 treaty.", null);
    assertThat(dates)
        .extracting(d -> d.value().precision())
        .containsExactly(DatePrecision.MONTH, DatePrecision.SEASON, DatePrecision.YEAR);
    assertThat(dates.get(1).value().start()).isEqualTo(LocalDate.of(2014, 6, 1));
    assertThat(dates.get(2).value().start().getYear()).isEqualTo(1997);
  }

  @Test
  void daysLaterCountFromTheLastDate() {
    List<DateMention> dates = dates("They met on June 1, 2020. Two weeks later they spoke.", null);
    assertThat(dates).hasSize(2);
    assertThat(dates.get(1).value().start()).isBeforeOrEqualTo(LocalDate.of(2020, 6, 15));
    assertThat(dates.get(1).value().end()).isAfterOrEqualTo(LocalDate.of(2020, 6, 15));
  }

  @Test
  void numbersThatAreNotYearsAreNotDates() {
    assertThat(dates("The 3,000 troops and 12 tanks moved.", null)).isEmpty();
  }
}
