package io.factcheck.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A sentence as the article profile's parser reads it: its words and the enhanced dependency graph
 * between them. Word indexes count from 0 within the sentence; spans index the plain text.
 *
 * @param words the sentence's words in order
 * @param edges the dependencies (Universal Dependencies, enhanced++: "obl:with", "conj:and")
 */
public record SentenceParse(Sentence sentence, List<Word> words, List<Edge> edges) {

  public SentenceParse {
    words = List.copyOf(words);
    edges = List.copyOf(edges);
  }

  /**
   * A word of the sentence.
   *
   * @param tag the Penn Treebank part of speech ("VBD", "NNP")
   * @param ner the named-entity class ("PERSON", "LOCATION", "ORGANIZATION", "DATE"...) or "O"
   * @param normalized what a date or number resolves to ("2024-05-13", "4.0"), or null
   */
  public record Word(
      int index, Span span, String text, String lemma, String tag, String ner, String normalized)
      implements Mention {

    public boolean isVerb() {
      return tag.startsWith("VB");
    }

    public boolean isNoun() {
      return tag.startsWith("NN");
    }
  }

  /** A dependency: {@code relation(governor, dependent)}. */
  public record Edge(String relation, int governor, int dependent) {

    /** True for "obl:with" when asked for "obl:with", and for "conj:and" when asked for "conj". */
    public boolean is(String name) {
      return relation.equals(name) || (name.indexOf(':') < 0 && relation.startsWith(name + ":"));
    }
  }

  public Word word(int index) {
    return words.get(index);
  }

  /** The dependents of a word through a relation ("nsubj", "obl:with", or "conj" for any). */
  public List<Word> dependents(Word governor, String relation) {
    List<Word> found = new ArrayList<>();
    for (Edge e : edges) {
      if (e.governor() == governor.index() && e.is(relation)) {
        found.add(words.get(e.dependent()));
      }
    }
    return found;
  }

  /** Every relation from a word to its dependents. */
  public List<Edge> out(Word governor) {
    return edges.stream().filter(e -> e.governor() == governor.index()).toList();
  }

  /** Every relation into a word from its governors (enhanced graphs may give more than one). */
  public List<Edge> in(Word dependent) {
    return edges.stream().filter(e -> e.dependent() == dependent.index()).toList();
  }

  /** The word's governor in the basic tree (the first incoming edge), if any. */
  public Optional<Edge> head(Word dependent) {
    return in(dependent).stream().findFirst();
  }

  /**
   * The span of the noun phrase a word heads: the word with its compounds, flat names, modifiers,
   * determiners and possessives, but not its clauses or prepositional attachments.
   */
  public Span phrase(Word head) {
    int start = head.span().start();
    int end = head.span().end();
    for (Edge e : out(head)) {
      if (e.is("compound")
          || e.is("flat")
          || e.is("amod")
          || e.is("det")
          || e.is("nmod:poss")
          || e.is("nummod")
          || e.is("case") && words.get(e.dependent()).tag().equals("POS")) {
        Span inner = phrase(words.get(e.dependent()));
        start = Math.min(start, inner.start());
        end = Math.max(end, inner.end());
      }
    }
    return new Span(start, end);
  }
}
