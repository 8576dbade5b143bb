package io.factcheck.analysis;

import io.factcheck.ingest.BundledCorpus;
import io.factcheck.store.model.DateRange;
import java.util.List;

/** The full pipeline over the bundled corpus's entities, shared by the stage tests. */
public final class Analysis {

  private static EntityLexicon lexicon;
  private static Pipeline pipeline;

  private Analysis() {}

  public static synchronized EntityLexicon lexicon() {
    if (lexicon == null) {
      lexicon = new EntityLexicon(BundledCorpus.load().entities(), CountryGazetteer.load());
    }
    return lexicon;
  }

  public static synchronized Pipeline pipeline() {
    if (pipeline == null) {
      pipeline =
          new Pipeline(
              List.of(
                  new MarkupStage(),
                  new SentenceStage(),
                  new TokenStage(),
                  new QuoteStage(),
                  new DateStage(),
                  new NumberStage(),
                  new EntityStage(lexicon())));
    }
    return pipeline;
  }

  public static AnalyzedText analyze(String text) {
    return pipeline().analyze(text, TextFormat.TEXT, DateAnchor.NONE);
  }

  public static AnalyzedText analyze(String text, String published) {
    return pipeline().analyze(text, TextFormat.TEXT, new DateAnchor(DateRange.parseIso(published)));
  }

  public static AnalyzedText analyze(String text, TextFormat format) {
    return pipeline().analyze(text, format, DateAnchor.NONE);
  }
}
