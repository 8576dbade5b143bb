package io.factcheck.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class NumberStageTest {

  private static List<NumberMention> numbers(String text) {
    return new Pipeline(List.of(new MarkupStage(), new DateStage(), new NumberStage()))
        .analyze(text, TextFormat.TEXT, DateAnchor.NONE)
        .numbers();
  }

  @Test
  void digitsWordsOrdinalsAndCompounds() {
    List<NumberMention> found =
        numbers(
            "Some 1,200 troops, thirty-five tanks, a 12-day truce and the fourth time in 3rd place.");
    assertThat(found).extracting(NumberMention::value).containsExactly(1200L, 35L, 12L, 4L, 3L);
    assertThat(found)
        .extracting(NumberMention::unit)
        .containsExactly("troop", "tank", "day", "time", "place");
    assertThat(found.get(1).words()).isTrue();
    assertThat(found.get(3).ordinal()).isTrue();
    assertThat(found.get(4).ordinal()).isTrue();
  }

  @Test
  void numberWordsJoinedToTheirUnit() {
    List<NumberMention> found = numbers("It was a forty-day war and a thirty-three-year feud.");
    assertThat(found).extracting(NumberMention::value).containsExactly(40L, 33L);
    assertThat(found).extracting(NumberMention::unit).containsExactly("day", "year");
    assertThat(found.get(0).span()).isEqualTo(new Span(9, 14));
  }

  @Test
  void percentages() {
    List<NumberMention> found = numbers("Turnout was 64% and support 20 percent.");
    assertThat(found).extracting(NumberMention::unit).containsExactly("%", "%");
  }

  @Test
  void numbersInsideDatesBelongToTheDates() {
    assertThat(numbers("On May 9, 2020, 40 people came."))
        .extracting(NumberMention::value)
        .containsExactly(40L);
  }

  @Test
  void writesNumbersBack() {
    assertThat(NumberWords.write(33, false)).isEqualTo("thirty-three");
    assertThat(NumberWords.write(4, true)).isEqualTo("fourth");
    assertThat(NumberWords.write(250, false)).isEqualTo("250");
    assertThat(NumberWords.cardinal("forty-four")).isEqualTo(44);
    assertThat(NumberWords.ordinal("twenty-first")).isEqualTo(21);
  }
}
