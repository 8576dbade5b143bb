package io.factcheck.verify;

import io.factcheck.analysis.AnalyzedText;
import io.factcheck.analysis.CountryGazetteer;
import io.factcheck.analysis.DateAnchor;
import io.factcheck.analysis.DateStage;
import io.factcheck.analysis.EntityLexicon;
import io.factcheck.analysis.EntityStage;
import io.factcheck.analysis.MarkupStage;
import io.factcheck.analysis.NumberStage;
import io.factcheck.analysis.Pipeline;
import io.factcheck.analysis.QuoteStage;
import io.factcheck.analysis.Sentence;
import io.factcheck.analysis.SentenceStage;
import io.factcheck.analysis.Span;
import io.factcheck.analysis.TextFormat;
import io.factcheck.store.model.Document;
import io.factcheck.store.model.Event;
import io.factcheck.store.model.Provenance;
import io.factcheck.store.model.StoreSnapshot;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.QueryBuilder;

/**
 * What the checker knows, built once per store snapshot: the entity lexicon, the approved events
 * indexed by participant, and every sentence of the stored articles, analysed and indexed in Lucene
 * so that a draft sentence finds its candidate sources without scanning the store.
 */
final class KnowledgeBase {

  private final StoreSnapshot snapshot;
  private final EntityLexicon lexicon;
  private final Pipeline pipeline;
  private final Map<String, List<Event>> eventsByParticipant = new HashMap<>();
  private final Map<String, List<Event>> eventsByPlace = new HashMap<>();
  private final List<SourceSentence> sentences = new ArrayList<>();
  private final Map<String, List<Provenance>> provenanceByDocument = new HashMap<>();
  private final Map<Provenance, Long> eventByProvenance = new HashMap<>();
  private final Analyzer analyzer = new EnglishAnalyzer();
  private final IndexSearcher searcher;

  KnowledgeBase(StoreSnapshot snapshot, SentenceStage sentenceStage) {
    this.snapshot = snapshot;
    this.lexicon = new EntityLexicon(snapshot.entities(), CountryGazetteer.load());
    this.pipeline =
        new Pipeline(
            List.of(
                new MarkupStage(),
                sentenceStage,
                new QuoteStage(),
                new DateStage(),
                new NumberStage(),
                new EntityStage(lexicon)));
    for (Event event : snapshot.events()) {
      for (String participant : event.participants()) {
        eventsByParticipant.computeIfAbsent(participant, k -> new ArrayList<>()).add(event);
      }
      for (Provenance source : event.sources()) {
        provenanceByDocument
            .computeIfAbsent(source.documentId(), k -> new ArrayList<>())
            .add(source);
        eventByProvenance.putIfAbsent(source, event.id());
      }
      for (String place : event.places()) {
        eventsByPlace.computeIfAbsent(place, k -> new ArrayList<>()).add(event);
      }
    }
    this.searcher = indexSentences(snapshot.documents());
  }

  private IndexSearcher indexSentences(List<Document> documents) {
    ByteBuffersDirectory directory = new ByteBuffersDirectory();
    try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
      for (Document document : documents) {
        AnalyzedText article =
            pipeline.analyze(
                document.text(), TextFormat.TEXT, new DateAnchor(document.published()));
        for (Sentence sentence : article.sentences()) {
          org.apache.lucene.document.Document doc = new org.apache.lucene.document.Document();
          doc.add(new TextField("text", article.text(sentence.span()), Field.Store.NO));
          doc.add(new StoredField("ord", sentences.size()));
          writer.addDocument(doc);
          sentences.add(new SourceSentence(document, article, sentence));
        }
      }
      writer.commit();
      return new IndexSearcher(DirectoryReader.open(directory));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot index the corpus", e);
    }
  }

  Pipeline pipeline() {
    return pipeline;
  }

  EntityLexicon lexicon() {
    return lexicon;
  }

  StoreSnapshot snapshot() {
    return snapshot;
  }

  List<Event> eventsWith(String participant) {
    return eventsByParticipant.getOrDefault(participant, List.of());
  }

  List<Event> eventsAt(String place) {
    return eventsByPlace.getOrDefault(place, List.of());
  }

  /** The stored sentences most like a draft sentence, best first. */
  List<SourceSentence> similarSentences(String text, int limit) {
    Query query = new QueryBuilder(analyzer).createBooleanQuery("text", text);
    if (query == null) {
      return List.of();
    }
    try {
      List<SourceSentence> found = new ArrayList<>();
      for (ScoreDoc hit : searcher.search(query, limit).scoreDocs) {
        int ord =
            searcher.storedFields().document(hit.doc).getField("ord").numericValue().intValue();
        found.add(sentences.get(ord));
      }
      return found;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Stemmed content words of a text, as the index sees them. */
  List<String> terms(String text) {
    List<String> terms = new ArrayList<>();
    try (var stream = analyzer.tokenStream("text", text)) {
      var term =
          stream.addAttribute(org.apache.lucene.analysis.tokenattributes.CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        terms.add(term.toString());
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return terms;
  }

  /** The approved event read from a stored sentence, or 0 when the sentence states none. */
  long eventAt(SourceSentence sentence) {
    Span span = sentence.sentence().span();
    for (Provenance p : provenanceByDocument.getOrDefault(sentence.document().id(), List.of())) {
      if (p.start() < span.end() && span.start() < p.end()) {
        return eventByProvenance.get(p);
      }
    }
    return 0;
  }
}
