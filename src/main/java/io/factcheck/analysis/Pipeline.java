package io.factcheck.analysis;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Stages run in order; the order is checked once, when the pipeline is built. */
public final class Pipeline {

  private final List<Stage> stages;

  public Pipeline(List<Stage> stages) {
    Set<Layer> available = EnumSet.noneOf(Layer.class);
    for (Stage stage : stages) {
      if (!available.containsAll(stage.requires())) {
        Set<Layer> missing = EnumSet.copyOf(stage.requires());
        missing.removeAll(available);
        throw new IllegalStateException(
            stage.getClass().getSimpleName()
                + " needs "
                + missing
                + " which no earlier stage provides");
      }
      available.addAll(stage.provides());
    }
    this.stages = List.copyOf(stages);
  }

  public AnalyzedText analyze(String text, TextFormat format, DateAnchor anchor) {
    AnalyzedText analyzed = new AnalyzedText(text, format, anchor);
    for (Stage stage : stages) {
      stage.annotate(analyzed);
      analyzed.markProvided(stage.provides());
    }
    return analyzed;
  }
}
