package io.factcheck.verify;

import io.factcheck.analysis.AnalyzedText;
import io.factcheck.analysis.Sentence;
import io.factcheck.store.model.Document;

/** A sentence of a stored article, with the analysis of the article it belongs to. */
record SourceSentence(Document document, AnalyzedText article, Sentence sentence) {

  String text() {
    return article.text(sentence.span());
  }
}
