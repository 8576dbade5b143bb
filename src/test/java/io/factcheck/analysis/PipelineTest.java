package io.factcheck.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class PipelineTest {

  @Test
  void rejectsAStageWhoseInputNoEarlierStageProvides() {
    assertThatThrownBy(() -> new Pipeline(List.of(new MarkupStage(), new NumberStage())))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("NumberStage")
        .hasMessageContaining("DATES");
  }

  @Test
  void marksEveryLayerItsStagesProvideAndDraftsAreNeverParsed() {
    AnalyzedText text = Analysis.analyze("Putin met Lukashenko.");
    for (Layer layer : Layer.values()) {
      assertThat(text.has(layer)).as(layer.name()).isEqualTo(layer != Layer.PARSES);
    }
    assertThat(text.parses()).isEmpty();
  }
}
