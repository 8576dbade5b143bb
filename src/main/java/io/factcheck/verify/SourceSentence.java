package io.factcheck.verify;

import io.factcheck.analysis.Sentence;
import io.factcheck.store.model.Document;

/**
 * A sentence of a stored article. Stored articles are plain text, so its span indexes the
 * document's text as stored; the article's analysis is asked of {@link KnowledgeBase#article}.
 */
record SourceSentence(Document document, Sentence sentence) {

  String text() {
    return document.text().substring(sentence.span().start(), sentence.span().end());
  }
}
