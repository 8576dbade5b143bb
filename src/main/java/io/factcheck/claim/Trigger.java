package io.factcheck.claim;

import io.factcheck.store.model.ContactMode;
import io.factcheck.store.model.EventType;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Words that state an event, with the event type and contact mode they imply. Ordered: the first
 * kind found in a sentence is the claim it makes, so a signing "to end the fighting" is a signing.
 */
record Trigger(Pattern pattern, EventType type, ContactMode mode, boolean outbreak) {

  /**
   * A trigger of any of the words of {@code regex}. {@code firstLetters} are the letters they can
   * start with: a lookahead for them changes no match, but lets the matcher leave most positions of
   * a sentence after one character instead of trying every word there.
   */
  private static Trigger of(String firstLetters, String regex, EventType type, ContactMode mode) {
    return new Trigger(
        Pattern.compile(
            "(?=[" + firstLetters + "])\\b(?:" + regex + ")\\b", Pattern.CASE_INSENSITIVE),
        type,
        mode,
        false);
  }

  /** Nouns that name a happening to a country, an organisation or a person. */
  private static final String HAPPENINGS =
      "(?:dissolution|collapse|break-?up|fall|founding|foundation|formation|creation"
          + "|establishment|independence|invasion|annexation|occupation|liberation"
          + "|reunification|partition|elections?|inauguration|assassination|death"
          + "|overthrow|ouster|resignation|withdrawal|ratification|accession)";

  /**
   * "the dissolution of the Soviet Union in 1991": a happening named with whose it was and when;
   * kept only with both, see ClaimExtractor.
   */
  static final Trigger NAMED_HAPPENING =
      of("t", "the " + HAPPENINGS + " of", EventType.OTHER, null);

  /** "Malaysia's general election in November 2022": whose happening it was, and when. */
  static final Trigger POSSESSED_HAPPENING =
      new Trigger(
          Pattern.compile("(?<=['’]s )(?:[a-z]+ )?" + HAPPENINGS + "\\b", Pattern.CASE_INSENSITIVE),
          EventType.OTHER,
          null,
          false);

  /** "Belize gained independence from Britain on 21 September 1981". */
  static final Trigger INDEPENDENCE =
      of(
          "gwdrab",
          "(?:gained|won|declared|restored|regained|achieved) (?:its |their )?independence",
          EventType.OTHER,
          null);

  /** "when the Armenian military occupied Nagorno-Karabakh": who took whose land, and when. */
  static final Trigger SEIZURE = of("oia", "occupied|invaded|annexed", EventType.OTHER, null);

  /** "with its clinical trials being completed in June-July": whose work ended or began, when. */
  static final Trigger COMPLETION =
      of(
          "cflh",
          "(?:completed|concluded|finished|launched|held|conducted)(?= (?:in|on) )",
          EventType.OTHER,
          null);

  static final List<Trigger> ALL =
      List.of(
          of(
              "stchpb",
              "(?:spoke|speak|speaks|speaking|talked|talk|talks|chatted) (?:by|on the|over the|via) (?:tele)?phone"
                  + "|by (?:tele)?phone"
                  + "|(?:held|had|have|has|hold|holds|holding) (?:a |their |another )?(?:tele)?phone (?:call|conversation|talks?)"
                  + "|(?:tele)?phone (?:call|conversation|talks?)s?"
                  + "|phoned|telephoned|(?<!so-)called(?! (?:for|on|upon|it|off|in|out|back)\\b)"
                  + "|(?<![\\w-])call(?! (?:for|on|upon|to)\\b)",
              EventType.PHONE_CALL,
              ContactMode.PHONE),
          of(
              "mfhtrwgvs",
              "met face[- ]to[- ]face|met in person|face[- ]to[- ]face (?:meeting|talks)"
                  + "|(?:held|hold|holds|had|have) (?:bilateral |their |face-to-face )?talks|talks"
                  + "|met(?: with)?|meets?(?: with)?|meeting|received|hosted|welcomed|greeted|visited|summit",
              EventType.MEETING,
              ContactMode.IN_PERSON),
          of(
              "stc",
              // "sent a congratulatory cable to X", "sent X a message", "sent him a telegram"
              "(?:sent|send|sends)(?: [\\p{L}'’-]+){0,4}?"
                  + " (?:a |an |his |her |their )?(?:congratulatory |condolence )?"
                  + "(?:telegram|letter|message|cable)s?"
                  + "|telegram|cables? of (?:congratulations|condolences)",
              EventType.TELEGRAM,
              ContactMode.WRITTEN),
          of("d", "discussed|discuss|discusses", EventType.MEETING, null),
          of("r", "registered", EventType.REGISTRATION, null),
          of("s", "signed|sign", EventType.SIGNING, null),
          new Trigger(
              Pattern.compile(
                  "(?=[berfs])\\b(?:broke out|erupted|resumed fighting|resumed|renewed|flared up|began|started)\\b",
                  Pattern.CASE_INSENSITIVE),
              EventType.CLASH,
              null,
              true),
          of(
              "cfhbsew",
              "clashes|clashed|fighting|fought|hostilities|battles?|skirmish(?:es)?|exchange of fire|war",
              EventType.CLASH,
              null),
          of(
              "awt",
              "attended|attends|watched|was present at|took part in",
              EventType.ATTENDANCE,
              null));

  /**
   * What news articles add to the draft vocabulary: reports of fire and visits, cables, attendance,
   * negotiations, agreements named as made and statements. Read only from articles, where a wrong
   * reading is reviewed by a curator before any check uses it; drafts keep the narrower list above.
   * Attendance comes before meetings, so "attended the summit" is attendance, not a meeting.
   */
  static final List<Trigger> ARTICLE =
      List.of(
          ALL.get(0),
          of("b", "by (?:tele)?phone", EventType.PHONE_CALL, ContactMode.PHONE),
          of(
              "awtp",
              "attended|attends|was present at|took part in(?! person)|participated in",
              EventType.ATTENDANCE,
              null),
          of("s", "(?:seen|saw|see) each other", EventType.MEETING, ContactMode.IN_PERSON),
          ALL.get(1),
          of(
              "sect",
              "(?:sent|send|sends|exchanged) (?:a |his |her |their )?(?:similar )?(?:congratulatory )?"
                  + "(?:telegram|letter|message|cable)s?|cables? of (?:congratulations|condolences)"
                  + "|telegram",
              EventType.TELEGRAM,
              ContactMode.WRITTEN),
          of(
              "pv",
              "paid (?:a |an )?(?:[a-z-]+ )?visit|visit to",
              EventType.VISIT,
              ContactMode.IN_PERSON),
          ALL.get(3),
          of("n", "negotiations (?:between|with)", EventType.MEETING, null),
          // "the bloc's previous ordinary session": an organisation's meeting, see ClaimExtractor
          of(
              "oeap",
              "(?:ordinary|extraordinary|annual|plenary) session",
              EventType.MEETING,
              ContactMode.IN_PERSON),
          ALL.get(4),
          ALL.get(5),
          ALL.get(6),
          of(
              "cfhbseoa",
              "clash|clashes|clashed(?! over)|fighting|fought|hostilities|battles?(?! groups?)"
                  + "|skirmish(?:es)?|exchanges? of fire|exchanged fire|opened fire|shelled|shelling"
                  + "|shootout"
                  + "|armed incidents?|flare-ups?",
              EventType.CLASH,
              null),
          // An agreement the article takes as made ("the 1984 treaty", "agreements reached by"):
          // who made it and when are read from the words after it.
          of(
              "tar",
              "the (?:[\\p{L}\\d–-]+ ){0,3}?(?:agreements?|treaty|treaties|accords?|pacts?"
                  + "|memorandum|memoranda)|(?:agreements?|treaty|treaties|accords?|pacts?)"
                  + " (?:reached|concluded)",
              EventType.AGREEMENT,
              null),
          NAMED_HAPPENING,
          POSSESSED_HAPPENING,
          INDEPENDENCE,
          SEIZURE,
          COMPLETION,
          // "X said Thursday that ...": kept only with its speaker and day, see ClaimExtractor.
          of("sad", "said|announced|stated|declared", EventType.STATEMENT, null));
}
