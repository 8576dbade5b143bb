package io.factcheck.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.factcheck.ingest.BundledCorpus;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CorpusLoaderTest {

  @Inject CorpusLoader loader;
  @Inject DocumentStore documents;
  @Inject StoreSnapshots snapshots;

  @Test
  void loadsTheBundledCorpusOnceOnly() {
    assertThat(loader.loaded()).isTrue();
    assertThat(loader.failure()).isNull();
    BundledCorpus.Bundle bundle = BundledCorpus.load();
    for (var document : bundle.documents()) {
      assertThat(documents.find(document.id())).contains(document);
    }
    long count = documents.count();
    long entityCount = snapshots.current().entities().size();

    loader.loadIfEmpty(); // as on a restart

    assertThat(loader.loaded()).isTrue();
    assertThat(documents.count()).isEqualTo(count);
    assertThat(snapshots.current().entities()).hasSize((int) entityCount);
  }
}
