package io.factcheck.analysis;

import java.util.Set;

/**
 * One step of the text pipeline. A stage is stateless across texts: everything it learns about a
 * text goes into the {@link AnalyzedText}. It declares the layers it reads and those it adds, so a
 * pipeline in the wrong order fails when it is built, not on the first draft.
 */
public interface Stage {

  /** The layers that must be present before this stage runs. */
  Set<Layer> requires();

  /** The layers this stage adds. */
  Set<Layer> provides();

  void annotate(AnalyzedText text);
}
