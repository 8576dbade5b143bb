package io.factcheck.verify;

import static org.assertj.core.api.Assertions.assertThat;

import io.factcheck.analysis.TextFormat;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Whatever a CMS sends, a check answers: no exception, every offset inside the text as sent (in
 * UTF-16 units), and no two findings partly overlapping.
 */
class CheckPropertiesTest {

  /** Pieces of drafts, markup and hostile characters to be glued together at random. */
  private static final List<String> PIECES =
      List.of(
          "Putin and Lukashenko spoke by phone on October 3, 2020. ",
          "The Russian and Belarusian presidents met in Minsk on 14 September 2020. ",
          "Russia registered Sputnik V on August 1. ",
          "The war lasted 40 days. ",
          "“They met on Monday,” he said. ",
          "on Thursday, October 2, 2020, ",
          "thirty-three ",
          "<p>",
          "</p>",
          "<b>",
          "</i>",
          "<br>",
          "&amp;",
          "&#8217;",
          "&nbsp;",
          "<",
          "**",
          "*",
          "_",
          "[Sochi](https://x.example)",
          "\\",
          "`code`",
          "# ",
          "\n",
          "\n\n",
          "\u0000",
          "\ud800",
          "\udc00",
          "🇷🇺",
          "\u202e",
          "e\u0301",
          "שלום ",
          "St. ",
          "Jan. ",
          "2020",
          "1995 treaty ",
          "the two leaders ",
          "Kremlin leader ");

  @Provide
  Arbitrary<String> drafts() {
    Arbitrary<String> piece = Arbitraries.of(PIECES);
    Arbitrary<String> noise = Arbitraries.strings().ofMaxLength(12);
    return Arbitraries.oneOf(piece, piece, piece, noise)
        .list()
        .ofMinSize(1)
        .ofMaxSize(30)
        .map(parts -> String.join("", parts));
  }

  @Provide
  Arbitrary<Draft> requests() {
    return Combinators.combine(
            drafts(),
            Arbitraries.of(TextFormat.class),
            Arbitraries.of(null, "2020-10-02", "2023-03-14", "2021", "2020-11"))
        .as(Draft::new);
  }

  @Property(tries = 300)
  void findingsLieInsideTheTextAndNeverCross(@ForAll("requests") Draft draft) {
    List<Finding> findings = BundledChecker.get().check(draft);
    int length = draft.text().length();
    for (Finding f : findings) {
      assertThat(f.start()).isBetween(0, length);
      assertThat(f.end()).isBetween(f.start(), length);
      assertThat(f.verdict()).isNotNull();
      assertThat(f.kind()).isNotNull();
    }
    for (Finding a : findings) {
      for (Finding b : findings) {
        boolean overlap = a.start() < b.end() && b.start() < a.end();
        boolean nested =
            (a.start() <= b.start() && b.end() <= a.end())
                || (b.start() <= a.start() && a.end() <= b.end());
        assertThat(!overlap || nested).as("%s crosses %s in %s", a, b, draft).isTrue();
      }
    }
  }
}
