package io.factcheck.claim;

import static org.assertj.core.api.Assertions.assertThat;

import io.factcheck.analysis.CountryGazetteer;
import io.factcheck.analysis.EntityLexicon;
import io.factcheck.ingest.ArticleReader;
import io.factcheck.store.model.DateRange;
import io.factcheck.store.model.Event;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every example of {@code lang/en/events.yaml}, as LanguageTool's PatternRuleTest runs the
 * examples of its grammar file: each is read as a one-sentence article with an empty store, and
 * must give the event it names, or no event of its rule's type.
 */
class EventRulesTest {

  private static final EventRules RULES = EventRules.load();
  private static final CountryGazetteer GAZETTEER = CountryGazetteer.load();
  private static ArticleReader reader;

  @BeforeAll
  static void loadReader() {
    reader = new ArticleReader();
  }

  @Test
  void everyRuleHasAnIdExamplesOfBothKindsAndNoIdTwice() {
    List<String> ids = new ArrayList<>();
    for (EventRules.Rule rule : RULES.rules()) {
      assertThat(rule.id()).matches("[A-Z_]+");
      assertThat(ids).doesNotContain(rule.id());
      ids.add(rule.id());
      assertThat(rule.examples()).as(rule.id()).anyMatch(e -> !e.none());
      assertThat(rule.examples()).as(rule.id()).anyMatch(EventRules.Example::none);
    }
  }

  @TestFactory
  Stream<DynamicTest> everyExampleGivesWhatItSays() {
    List<DynamicTest> tests = new ArrayList<>();
    for (EventRules.Rule rule : RULES.rules()) {
      int n = 0;
      for (EventRules.Example example : rule.examples()) {
        tests.add(DynamicTest.dynamicTest(rule.id() + " #" + (++n), () -> check(rule, example)));
      }
    }
    return tests.stream();
  }

  private static void check(EventRules.Rule rule, EventRules.Example example) {
    DateRange published = DateRange.parseIso(example.published());
    List<Event> events =
        reader.read("example", example.text(), published, GAZETTEER.entities()).events().stream()
            .filter(e -> e.type() == rule.type())
            .toList();
    if (example.none()) {
      assertThat(events).as(example.text()).isEmpty();
      return;
    }
    Map<String, Object> expect = example.expect();
    List<String> participants = new ArrayList<>();
    for (Object name : (List<?>) expect.get("participants")) {
      participants.add(entityId(name.toString()));
    }
    assertThat(events)
        .as(example.text())
        .anySatisfy(
            e -> {
              assertThat(e.participants()).containsExactlyInAnyOrderElementsOf(participants);
              if (rule.mode() != null) {
                assertThat(e.mode()).isEqualTo(rule.mode());
              }
              if (expect.containsKey("date")) {
                assertThat(e.date()).isEqualTo(DateRange.parseIso(expect.get("date").toString()));
              }
              if (expect.containsKey("place")) {
                // "Asuncion" is the stored "Asunción": places are compared without accents.
                assertThat(e.places().stream().map(EventRulesTest::folded))
                    .contains(folded(EntityLexicon.slug(expect.get("place").toString())));
              }
            });
  }

  private static String folded(String id) {
    return EntityLexicon.withoutAccents(id);
  }

  private static String entityId(String name) {
    return GAZETTEER.countries().stream()
        .filter(c -> c.name().equalsIgnoreCase(name) || c.aliases().contains(name))
        .map(CountryGazetteer.Country::id)
        .findFirst()
        .orElse(EntityLexicon.slug(name));
  }
}
