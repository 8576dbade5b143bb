package io.factcheck.analysis;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The article profile's parse: each sentence the sentence stage found is read by {@link
 * ArticleModels} on its own, so sentence boundaries stay those of the rest of the pipeline, with
 * the story's date as SUTime's document date. Drafts never run this stage.
 */
public final class ParseStage implements Stage {

  @Override
  public Set<Layer> requires() {
    return Set.of(Layer.SENTENCES);
  }

  @Override
  public Set<Layer> provides() {
    return Set.of(Layer.PARSES);
  }

  @Override
  public void annotate(AnalyzedText text) {
    String docDate = text.anchor().isKnown() ? text.anchor().published().start().toString() : null;
    List<SentenceParse> parses = new ArrayList<>();
    for (Sentence sentence : text.sentences()) {
      parses.add(parse(text, sentence, docDate));
    }
    text.setParses(parses);
  }

  private static SentenceParse parse(AnalyzedText text, Sentence sentence, String docDate) {
    int offset = sentence.span().start();
    Annotation annotation = new Annotation(text.text(sentence.span()));
    if (docDate != null) {
      annotation.set(CoreAnnotations.DocDateAnnotation.class, docDate);
    }
    ArticleModels.pipeline().annotate(annotation);
    List<SentenceParse.Word> words = new ArrayList<>();
    List<SentenceParse.Edge> edges = new ArrayList<>();
    for (CoreMap parsed : annotation.get(CoreAnnotations.SentencesAnnotation.class)) {
      int first = words.size();
      for (CoreLabel label : parsed.get(CoreAnnotations.TokensAnnotation.class)) {
        words.add(
            new SentenceParse.Word(
                words.size(),
                new Span(offset + label.beginPosition(), offset + label.endPosition()),
                label.word(),
                label.lemma(),
                label.tag(),
                label.ner() == null ? "O" : label.ner(),
                label.get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class)));
      }
      SemanticGraph graph =
          parsed.get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class);
      if (graph == null) {
        continue;
      }
      for (SemanticGraphEdge e : graph.edgeIterable()) {
        edges.add(
            new SentenceParse.Edge(
                e.getRelation().toString(),
                first + e.getGovernor().index() - 1,
                first + e.getDependent().index() - 1));
      }
    }
    return new SentenceParse(sentence, words, edges);
  }
}
