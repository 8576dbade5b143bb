package io.factcheck.analysis;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;

/**
 * Tokens of each sentence from Apache OpenNLP's published English tokenizer model (Universal
 * Dependencies EWT). Only ingestion reads tokens (to find new names), so checks leave it out.
 */
public final class TokenStage implements Stage {

  static final String TOKEN_MODEL = "opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";

  private final TokenizerModel tokenizerModel;
  // TokenizerME keeps per-call state; the model is shared and thread-safe.
  private final ThreadLocal<TokenizerME> tokenizer;

  public TokenStage() {
    try (InputStream tokens = SentenceStage.model(TOKEN_MODEL)) {
      tokenizerModel = new TokenizerModel(tokens);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot load the OpenNLP tokenizer model", e);
    }
    tokenizer = ThreadLocal.withInitial(() -> new TokenizerME(tokenizerModel));
  }

  @Override
  public Set<Layer> requires() {
    return Set.of(Layer.SENTENCES);
  }

  @Override
  public Set<Layer> provides() {
    return Set.of(Layer.TOKENS);
  }

  @Override
  public void annotate(AnalyzedText text) {
    List<Token> tokens = new ArrayList<>();
    for (Sentence sentence : text.sentences()) {
      Span span = sentence.span();
      for (opennlp.tools.util.Span t : tokenizer.get().tokenizePos(text.text(span))) {
        Span tokenSpan = new Span(span.start() + t.getStart(), span.start() + t.getEnd());
        tokens.add(new Token(tokenSpan, text.text(tokenSpan)));
      }
    }
    text.setTokens(tokens);
  }
}
