package io.factcheck.claim;

import io.factcheck.analysis.SentenceParse;
import io.factcheck.analysis.SentenceParse.Word;
import java.util.Locale;

/**
 * Whether a trigger word states that its event took place, by the cues of the events file: negated
 * ("did not meet"), under a modal ("will visit"), an infinitive or a verb of plans and denials
 * ("plans to visit", "denied meeting"), modified as still to come ("the planned talks"), looked
 * forward to ("ahead of the talks"), hedged or habitual ("reportedly met", "often speak"), or only
 * supposed ("if they meet").
 */
final class StatusCues {

  /** How far up the tree a governing verb of plans or denials is looked for. */
  private static final int GOVERNOR_DEPTH = 4;

  private StatusCues() {}

  static boolean statesFact(EventRules.Cues cues, SentenceParse parse, Word trigger) {
    for (SentenceParse.Edge e : parse.out(trigger)) {
      Word d = parse.word(e.dependent());
      String lemma = lower(d.lemma());
      String word = lower(d.text());
      if ((e.is("advmod") || e.is("neg") || e.is("det")) && cues.negation().contains(word)) {
        return false;
      }
      if (e.is("aux") && cues.modals().contains(lemma)) {
        return false;
      }
      if (e.is("mark") && (word.equals("to") || cues.conditionals().contains(word))) {
        return false;
      }
      if (e.is("advmod") && cues.hedges().contains(word)) {
        return false;
      }
      if (e.is("amod") && cues.unrealisedModifiers().contains(word)) {
        return false;
      }
    }
    Word current = trigger;
    for (int depth = 0; depth < GOVERNOR_DEPTH; depth++) {
      var head = parse.head(current);
      if (head.isEmpty()) {
        break;
      }
      SentenceParse.Edge edge = head.get();
      if (cues.unrealisedRelations().contains(edge.relation())) {
        return false;
      }
      Word governor = parse.word(edge.governor());
      String lemma = lower(governor.lemma());
      boolean complement = edge.is("xcomp") || edge.is("ccomp") || edge.is("obj");
      if (complement && cues.unrealised().contains(lemma)) {
        return false; // "plans to visit", "postponed the visit", "denied meeting"
      }
      if (edge.is("ccomp") && cues.reportedOnly().contains(lemma)) {
        return false; // "told Yoon that ties had grown since his visit"
      }
      if (!complement && !edge.is("advcl")) {
        break;
      }
      current = governor;
    }
    return true;
  }

  private static String lower(String s) {
    return s == null ? "" : s.toLowerCase(Locale.ROOT);
  }
}
