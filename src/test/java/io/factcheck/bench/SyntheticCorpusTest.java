package io.factcheck.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.factcheck.analysis.SentenceStage;
import io.factcheck.analysis.TextFormat;
import io.factcheck.ingest.BundledCorpus;
import io.factcheck.store.model.Document;
import io.factcheck.store.model.Entity;
import io.factcheck.store.model.Event;
import io.factcheck.store.model.Provenance;
import io.factcheck.store.model.StoreSnapshot;
import io.factcheck.verify.Draft;
import io.factcheck.verify.FactChecker;
import io.factcheck.verify.Finding;
import io.factcheck.verify.Verdict;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SyntheticCorpusTest {

  @Test
  void sameSeedSameCorpusAndTheFirstArticlesDoNotDependOnScale() {
    SyntheticCorpus.Corpus small = SyntheticCorpus.generate(7, 100);
    SyntheticCorpus.Corpus again = SyntheticCorpus.generate(7, 100);
    SyntheticCorpus.Corpus large = SyntheticCorpus.generate(7, 1000);

    assertThat(again).isEqualTo(small);
    assertThat(small.events()).hasSizeGreaterThanOrEqualTo(100);
    assertThat(large.documents().subList(0, small.documents().size())).isEqualTo(small.documents());
    assertThat(SyntheticCorpus.generate(8, 100).documents()).isNotEqualTo(small.documents());
    assertThat(SyntheticCorpus.draft(7, 200)).isEqualTo(SyntheticCorpus.draft(7, 200));
  }

  @Test
  void everyEventIsQuotedAtItsOffsetsAndNamesKnownEntities() {
    SyntheticCorpus.Corpus corpus = SyntheticCorpus.generate(3, 500);
    Map<String, Document> documents =
        corpus.documents().stream().collect(Collectors.toMap(Document::id, d -> d));
    List<String> known = new ArrayList<>(corpus.entities().stream().map(Entity::id).toList());
    BundledCorpus.load().entities().forEach(e -> known.add(e.id()));

    assertThat(documents).hasSameSizeAs(corpus.documents()); // ids are unique
    for (Event event : corpus.events()) {
      assertThat(known).containsAll(event.participants());
      assertThat(known).containsAll(event.places());
      Provenance source = event.sources().get(0);
      String text = documents.get(source.documentId()).text();
      assertThat(text.substring(source.start(), source.end())).isEqualTo(source.quote());
    }
  }

  @Test
  void theCheckerSupportsRestatedFactsAndContradictsSlippedOnes() {
    SyntheticCorpus.Corpus corpus = SyntheticCorpus.generate(11, 300);
    BundledCorpus.Bundle bundle = BundledCorpus.load();
    List<Entity> entities = new ArrayList<>(bundle.entities());
    entities.addAll(corpus.entities());
    List<Event> events = new ArrayList<>();
    long id = 1;
    for (Event e : corpus.events()) {
      events.add(e.withId(id++));
    }
    FactChecker checker =
        new FactChecker(
            new StoreSnapshot(1, entities, events, corpus.documents()), new SentenceStage());

    List<Finding> findings =
        checker.check(
            new Draft(SyntheticCorpus.draft(11, 1000), TextFormat.TEXT, BenchMain.PUBLISHED));

    assertThat(findings).extracting(Finding::verdict).contains(Verdict.SUPPORTED);
    assertThat(findings).extracting(Finding::verdict).contains(Verdict.CONTRADICTED);
  }
}
