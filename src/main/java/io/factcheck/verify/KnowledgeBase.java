package io.factcheck.verify;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
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
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LogByteSizeMergePolicy;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.QueryBuilder;

/**
 * What the checker knows, built once per store snapshot: the entity lexicon, the approved events
 * indexed by participant, by pair of participants and by place, and every sentence of the stored
 * articles indexed in Lucene so that a draft sentence finds its candidate sources without scanning
 * the store.
 *
 * <p>Building reads only the sentences of each article. The full analysis of an article (dates,
 * numbers, quotes, names) is made when one of its sentences is a candidate source, and kept in a
 * bounded cache, so neither start-up time nor memory grows with the analysis of the whole corpus.
 */
final class KnowledgeBase {

  /** Analysed source articles kept: enough for the sources of many drafts at once. */
  static final int ANALYSED_ARTICLES = 2048;

  /** Draft sentences whose best-matching stored sentences are kept. */
  static final int LOOKED_UP_SENTENCES = 20_000;

  private static final int[] NONE = new int[0];

  private final StoreSnapshot snapshot;
  private final EntityLexicon lexicon;
  private final Pipeline pipeline;
  private final Pipeline sentencePipeline;
  private final List<Event> events;
  private final Map<String, int[]> eventsByParticipant;
  private final Map<String, int[]> eventsByPair;
  private final Map<String, int[]> openEventsByParticipant;
  private final Map<String, int[]> eventsByPlace;
  private final Map<String, List<Provenance>> provenanceByDocument = new HashMap<>();
  private final Map<Provenance, Event> eventByProvenance = new HashMap<>();
  private final List<Document> documents;
  // Per indexed sentence, in Lucene doc id order: its document and its place in the document.
  private int[] sentenceDocument = new int[1024];
  private int[] sentenceIndex = new int[1024];
  private int[] sentenceStart = new int[1024];
  private int[] sentenceEnd = new int[1024];
  private int sentenceCount;
  private final Cache<String, AnalyzedText> articles =
      Caffeine.newBuilder().maximumSize(ANALYSED_ARTICLES).build();
  private final Cache<SimilarQuery, List<SourceSentence>> similar =
      Caffeine.newBuilder().maximumSize(LOOKED_UP_SENTENCES).build();
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
    this.sentencePipeline = new Pipeline(List.of(new MarkupStage(), sentenceStage));
    this.events = snapshot.events();
    Map<String, IntList> byParticipant = new HashMap<>();
    Map<String, IntList> byPair = new HashMap<>();
    Map<String, IntList> openByParticipant = new HashMap<>();
    Map<String, IntList> byPlace = new HashMap<>();
    for (int i = 0; i < events.size(); i++) {
      Event event = events.get(i);
      List<String> participants = event.participants();
      for (int a = 0; a < participants.size(); a++) {
        byParticipant.computeIfAbsent(participants.get(a), k -> new IntList()).add(i);
        for (int b = a + 1; b < participants.size(); b++) {
          byPair
              .computeIfAbsent(pair(participants.get(a), participants.get(b)), k -> new IntList())
              .add(i);
        }
        if (event.isUncertain("participants")) {
          openByParticipant.computeIfAbsent(participants.get(a), k -> new IntList()).add(i);
        }
      }
      for (Provenance source : event.sources()) {
        provenanceByDocument
            .computeIfAbsent(source.documentId(), k -> new ArrayList<>())
            .add(source);
        eventByProvenance.putIfAbsent(source, event);
      }
      for (String place : event.places()) {
        byPlace.computeIfAbsent(place, k -> new IntList()).add(i);
      }
    }
    this.eventsByParticipant = frozen(byParticipant);
    this.eventsByPair = frozen(byPair);
    this.openEventsByParticipant = frozen(openByParticipant);
    this.eventsByPlace = frozen(byPlace);
    this.documents = snapshot.documents();
    this.searcher = indexSentences();
  }

  private IndexSearcher indexSentences() {
    ByteBuffersDirectory directory = new ByteBuffersDirectory();
    // Merging only adjacent segments keeps Lucene's doc ids in the order sentences are added, so a
    // doc id is the sentence's number, and equal scores rank in corpus order.
    IndexWriterConfig config =
        new IndexWriterConfig(analyzer)
            .setMergePolicy(new LogByteSizeMergePolicy())
            .setRAMBufferSizeMB(64);
    // Sentences are found on all cores (the detector is per thread); the index takes them in
    // corpus order.
    List<List<Sentence>> sentencesByDocument =
        IntStream.range(0, documents.size())
            .parallel()
            .mapToObj(
                d ->
                    sentencePipeline
                        .analyze(documents.get(d).text(), TextFormat.TEXT, DateAnchor.NONE)
                        .sentences())
            .toList();
    try (IndexWriter writer = new IndexWriter(directory, config)) {
      for (int d = 0; d < documents.size(); d++) {
        String text = documents.get(d).text();
        for (Sentence sentence : sentencesByDocument.get(d)) {
          org.apache.lucene.document.Document doc = new org.apache.lucene.document.Document();
          doc.add(
              new TextField(
                  "text",
                  text.substring(sentence.span().start(), sentence.span().end()),
                  Field.Store.NO));
          writer.addDocument(doc);
          addSentence(d, sentence);
        }
      }
      // One segment: a query then costs one pass over each term's postings, not one per segment.
      writer.forceMerge(1);
      writer.commit();
      return new IndexSearcher(DirectoryReader.open(directory));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot index the corpus", e);
    }
  }

  private void addSentence(int document, Sentence sentence) {
    if (sentenceCount == sentenceDocument.length) {
      int size = sentenceCount * 2;
      sentenceDocument = Arrays.copyOf(sentenceDocument, size);
      sentenceIndex = Arrays.copyOf(sentenceIndex, size);
      sentenceStart = Arrays.copyOf(sentenceStart, size);
      sentenceEnd = Arrays.copyOf(sentenceEnd, size);
    }
    sentenceDocument[sentenceCount] = document;
    sentenceIndex[sentenceCount] = sentence.index();
    sentenceStart[sentenceCount] = sentence.span().start();
    sentenceEnd[sentenceCount] = sentence.span().end();
    sentenceCount++;
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

  /**
   * The events that may be about all of these participants, in store order: with only one, every
   * event of it; with more, those of the first that have another of them too, or whose participants
   * the store leaves open. Any event that shares two participants with a claim, or all of them, is
   * among these, and they are found without visiting the first participant's other events.
   */
  List<Event> eventsWithAny(Collection<String> participants) {
    Iterator<String> names = participants.iterator();
    String first = names.next();
    if (!names.hasNext()) {
      return events(eventsByParticipant.getOrDefault(first, NONE));
    }
    List<int[]> lists = new ArrayList<>();
    lists.add(openEventsByParticipant.getOrDefault(first, NONE));
    while (names.hasNext()) {
      String other = names.next();
      if (!other.equals(first)) {
        lists.add(eventsByPair.getOrDefault(pair(first, other), NONE));
      }
    }
    int size = 0;
    for (int[] list : lists) {
      size += list.length;
    }
    int[] all = new int[size];
    int at = 0;
    for (int[] list : lists) {
      System.arraycopy(list, 0, all, at, list.length);
      at += list.length;
    }
    Arrays.sort(all);
    List<Event> found = new ArrayList<>();
    for (int i = 0; i < all.length; i++) {
      if (i == 0 || all[i] != all[i - 1]) {
        found.add(events.get(all[i]));
      }
    }
    return found;
  }

  /** The events at any of these places: those of the first place, then the others' new ones. */
  List<Event> eventsAtAny(Collection<String> places) {
    BitSet seen = new BitSet();
    List<Event> found = new ArrayList<>();
    for (String place : places) {
      for (int i : eventsByPlace.getOrDefault(place, NONE)) {
        if (!seen.get(i)) {
          seen.set(i);
          found.add(events.get(i));
        }
      }
    }
    return found;
  }

  /**
   * The stored sentences most like a draft sentence, best first. Editors send the whole draft again
   * after every pause, so most of its sentences were looked up a moment before: the answer depends
   * only on the sentence and the snapshot, and is kept in a bounded cache.
   */
  List<SourceSentence> similarSentences(String text, int limit) {
    return similar.get(new SimilarQuery(text, limit), q -> search(q.text(), q.limit()));
  }

  private record SimilarQuery(String text, int limit) {}

  private List<SourceSentence> search(String text, int limit) {
    Query query = new QueryBuilder(analyzer).createBooleanQuery("text", text);
    if (query == null) {
      return List.of();
    }
    try {
      List<SourceSentence> found = new ArrayList<>();
      // Counting every hit is not needed, only the best: with the count stopped at the limit,
      // Lucene skips the sentences that cannot enter the top, and the top is the same.
      TopDocs top = searcher.search(query, new TopScoreDocCollectorManager(limit, limit));
      for (ScoreDoc hit : top.scoreDocs) {
        int ord = hit.doc;
        found.add(
            new SourceSentence(
                documents.get(sentenceDocument[ord]),
                new Sentence(sentenceIndex[ord], new Span(sentenceStart[ord], sentenceEnd[ord]))));
      }
      return List.copyOf(found);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The full analysis of the article a stored sentence belongs to. */
  AnalyzedText article(SourceSentence sentence) {
    Document document = sentence.document();
    return articles.get(
        document.id(),
        id ->
            pipeline.analyze(
                document.text(), TextFormat.TEXT, new DateAnchor(document.published())));
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
    return eventOf(sentence).map(Event::id).orElse(0L);
  }

  /** The approved event read from a stored sentence, if the sentence states one. */
  java.util.Optional<Event> eventOf(SourceSentence sentence) {
    Span span = sentence.sentence().span();
    for (Provenance p : provenanceByDocument.getOrDefault(sentence.document().id(), List.of())) {
      if (p.start() < span.end() && span.start() < p.end()) {
        return java.util.Optional.of(eventByProvenance.get(p));
      }
    }
    return java.util.Optional.empty();
  }

  private List<Event> events(int[] positions) {
    List<Event> found = new ArrayList<>(positions.length);
    for (int i : positions) {
      found.add(events.get(i));
    }
    return found;
  }

  private static String pair(String a, String b) {
    return a.compareTo(b) < 0 ? a + '\u0000' + b : b + '\u0000' + a;
  }

  private static Map<String, int[]> frozen(Map<String, IntList> lists) {
    Map<String, int[]> frozen = new HashMap<>(lists.size() * 2);
    lists.forEach((key, list) -> frozen.put(key, list.toArray()));
    return frozen;
  }

  /** Event positions in store order, without boxing. */
  private static final class IntList {
    private int[] values = new int[4];
    private int size;

    void add(int value) {
      if (size > 0 && values[size - 1] == value) {
        return; // an event naming a participant twice is listed once
      }
      if (size == values.length) {
        values = Arrays.copyOf(values, size * 2);
      }
      values[size++] = value;
    }

    int[] toArray() {
      return Arrays.copyOf(values, size);
    }
  }
}
