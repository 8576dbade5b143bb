package io.factcheck.analysis;

import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.Properties;

/**
 * Stanford CoreNLP as the article profile uses it: tokens, sentences taken as given, part of
 * speech, lemmas, named entities from the 3-class CRF model with SUTime and numbers (no
 * fine-grained KBP gazetteer: it costs about 1 GB of heap), and UD enhanced++ dependencies. The
 * models are loaded on the first article and never by a process that only checks drafts.
 */
public final class ArticleModels {

  private static volatile StanfordCoreNLP pipeline;

  private ArticleModels() {}

  /** The shared pipeline, loaded on first use (several seconds; thread-safe afterwards). */
  static StanfordCoreNLP pipeline() {
    StanfordCoreNLP current = pipeline;
    if (current == null) {
      synchronized (ArticleModels.class) {
        if (pipeline == null) {
          pipeline = new StanfordCoreNLP(properties());
        }
        current = pipeline;
      }
    }
    return current;
  }

  /** True once some article was read in this process. */
  public static boolean loaded() {
    return pipeline != null;
  }

  private static Properties properties() {
    Properties p = new Properties();
    p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse");
    p.setProperty("tokenize.language", "en");
    p.setProperty("ssplit.isOneSentence", "true");
    p.setProperty(
        "pos.model", "edu/stanford/nlp/models/pos-tagger/english-left3words-distsim.tagger");
    p.setProperty("ner.model", "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz");
    p.setProperty("ner.applyFineGrained", "false");
    p.setProperty("ner.buildEntityMentions", "false");
    p.setProperty("ner.useSUTime", "true");
    p.setProperty("ner.applyNumericClassifiers", "true");
    p.setProperty("depparse.model", "edu/stanford/nlp/models/parser/nndep/english_UD.gz");
    return p;
  }
}
