package io.factcheck.claim;

import io.factcheck.analysis.AnalyzedText;
import io.factcheck.analysis.EntityMention;
import io.factcheck.analysis.Sentence;
import io.factcheck.analysis.Span;
import io.factcheck.store.model.EntityKind;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Meetings an article tells without two named people: an organisation's ("the bloc's 37th ordinary
 * summit", "Heads of state and government of ECOWAS met") and one person's with a group no one
 * names ("a meeting with Russia's religious organisations"). Article reading only, for {@link
 * ClaimExtractor#forArticles}.
 */
final class GroupMeetings {

  /** A gathering an organisation holds. */
  static final Pattern GATHERING =
      Pattern.compile("(?i)summit|(?:ordinary|extraordinary|annual|plenary) session");

  /** Whose members met: "Heads of state and government of the", "Leaders of". */
  private static final Pattern MEMBERS_OF =
      Pattern.compile(
          "\\b(?:[Hh]eads? of (?:state|government)(?: and government)?|[Ll]eaders"
              + "|[Ff]oreign ministers|[Mm]inisters) of (?:the )?$");

  /** Whose summit: "the AU's", "the bloc's 37th ordinary". */
  private static final Pattern SUMMIT_OF =
      Pattern.compile(
          "(?:\\b[Tt]he (bloc|alliance|union|organi[sz]ation|grouping))?(['’]s)\\s+"
              + "(?:[\\p{L}\\d-]+\\s+){0,3}$");

  private static final Pattern WITH = Pattern.compile("\\s+with\\b");

  /** People no name is given for: "religious organisations", "the families of the victims". */
  private static final Pattern UNNAMED_GROUP =
      Pattern.compile(
          "\\s+(?:(?:the|a|an|his|her|their|\\p{Lu}\\p{L}+['’]s|\\p{Ll}[\\p{Ll}-]*)\\s+){0,3}"
              + "\\p{Ll}{3,}s\\b(?!['’])");

  private GroupMeetings() {}

  /**
   * "the AU's summit", "the bloc's 37th ordinary summit": the organisation whose summit it was, for
   * "the bloc" the one the article named last.
   */
  static EntityMention summitHost(AnalyzedText text, Span trigger) {
    int from = Math.max(0, trigger.start() - 80);
    Matcher whose = SUMMIT_OF.matcher(text.plain().substring(from, trigger.start()));
    if (!whose.find()) {
      return null;
    }
    boolean bloc = whose.group(1) != null;
    int possessive = from + whose.start(2);
    int blocStart = from + whose.start();
    EntityMention host = null;
    for (EntityMention m : text.entities()) {
      if (m.kind() == EntityKind.ORGANISATION
          && (bloc ? m.span().end() <= blocStart : m.span().end() == possessive)) {
        host = m;
      }
    }
    return host;
  }

  /** "Heads of state and government of ECOWAS met in Abuja": a meeting of the organisation. */
  static EntityMention membersMeeting(
      AnalyzedText text, Span trigger, List<EntityMention> mentions) {
    String plain = text.plain();
    for (EntityMention m : mentions) {
      if (m.kind() == EntityKind.ORGANISATION
          && m.span().end() <= trigger.start()
          && MEMBERS_OF
              .matcher(plain.substring(Math.max(0, m.span().start() - 50), m.span().start()))
              .find()) {
        return m;
      }
    }
    return null;
  }

  /** "a meeting with Russia's religious organisations": one named side, the other a group. */
  static boolean withUnnamedGroup(AnalyzedText text, Sentence sentence, Span trigger) {
    String after = text.plain().substring(trigger.end(), sentence.span().end());
    Matcher with = WITH.matcher(after);
    int from = text.text(trigger).endsWith("with") ? 0 : with.lookingAt() ? with.end() : -1;
    return from >= 0 && UNNAMED_GROUP.matcher(after.substring(from)).lookingAt();
  }
}
