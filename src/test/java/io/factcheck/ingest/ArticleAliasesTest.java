package io.factcheck.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.factcheck.analysis.EntityLexicon;
import io.factcheck.store.model.Entity;
import io.factcheck.store.model.EntityKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Runs the examples of {@code lang/en/names.yaml}. */
class ArticleAliasesTest {

  @Test
  void everyExampleOfTheNamesFileResolvesAsItSays() {
    ArticleAliases.Names names = ArticleAliases.names();
    ArticleAliases aliases = new ArticleAliases(names);
    assertThat(names.examples()).isNotEmpty();
    for (ArticleAliases.Example example : names.examples()) {
      List<Entity> stored = new ArrayList<>();
      if (example.stored() != null) {
        for (String name : example.stored()) {
          stored.add(
              new Entity(
                  EntityLexicon.slug(name),
                  EntityKind.PERSON,
                  name,
                  List.of(),
                  null,
                  List.of(),
                  null));
        }
      }
      List<NameFinder.Found> found = new ArrayList<>();
      for (String name : example.names()) {
        found.add(new NameFinder.Found(name, EntityKind.PERSON, null, List.of(), List.of()));
      }
      Map<String, String> became = new HashMap<>();
      for (ArticleAliases.Resolution r : aliases.resolve(found, stored)) {
        if (r instanceof ArticleAliases.NewEntity n) {
          became.put(n.found().name(), n.found().name());
          n.found().aliases().forEach(a -> became.put(a, n.found().name()));
        } else if (r instanceof ArticleAliases.Stored s) {
          String storedName =
              stored.stream()
                  .filter(e -> e.id().equals(s.entityId()))
                  .findFirst()
                  .orElseThrow()
                  .name();
          became.put(s.alias(), storedName);
        }
      }
      if (example.become().isEmpty()) {
        assertThat(became).as(example.names().toString()).isEmpty();
      }
      example
          .become()
          .forEach(
              (name, person) -> {
                String bare = aliases.withoutHonorific(name);
                assertThat(became.getOrDefault(bare, became.get(name)))
                    .as(example.names() + ": " + name)
                    .isEqualTo(person);
              });
    }
  }
}
