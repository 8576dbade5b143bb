package io.factcheck.verify;

import io.factcheck.analysis.AnalyzedText;
import io.factcheck.analysis.CityGazetteer;
import io.factcheck.analysis.DateMention;
import io.factcheck.analysis.EntityLexicon;
import io.factcheck.analysis.EntityMention;
import io.factcheck.analysis.NumberMention;
import io.factcheck.analysis.NumberWords;
import io.factcheck.analysis.Span;
import io.factcheck.claim.Claim;
import io.factcheck.claim.ClaimCounts;
import io.factcheck.store.model.ContactMode;
import io.factcheck.store.model.DateRange;
import io.factcheck.store.model.Event;
import io.factcheck.store.model.EventCount;
import io.factcheck.store.model.EventType;
import io.factcheck.store.model.Provenance;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Compares an event claim with the approved events that have the same participants: supported when
 * one agrees on every slot the draft gives; contradicted on the one slot that differs when the
 * store clearly means the same event; unverified when the store says nothing about it.
 */
final class EventVerifier {

  /** Words by which a draft says it reports another occasion, not the stored one. */
  private static final Pattern NEW_OCCASION =
      Pattern.compile(
          "\\b(?:again|another|anew|once more|once again|previous|follow-up|latest|new round)\\b",
          Pattern.CASE_INSENSITIVE);

  private static final String AGREEMENT_NOUNS =
      "(?:Treaty|Declaration|Accord|Accords|Agreement|Pact|Protocol|Convention|Charter)";

  /**
   * An agreement known by its name right after the verb: "signed the Aachen Treaty", "signed the
   * Treaty of Aachen". A named treaty is signed once, so another date given for it is wrong.
   */
  private static final Pattern NAMED_AGREEMENT =
      Pattern.compile(
          "^\\s+the\\s+(?:(\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+)*)\\s+"
              + AGREEMENT_NOUNS
              + "|"
              + AGREEMENT_NOUNS
              + "\\s+of\\s+(\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+)*))");

  private final KnowledgeBase knowledge;
  private final SlotsConfirmed slotsConfirmed;

  EventVerifier(KnowledgeBase knowledge) {
    this.knowledge = knowledge;
    this.slotsConfirmed = new SlotsConfirmed(knowledge.lexicon());
  }

  List<PlainFinding> verify(Claim claim, AnalyzedText draft) {
    List<Event> candidates = candidates(claim);
    Span sentence = claim.sentence().span();
    if (candidates.isEmpty()) {
      return List.of(
          new PlainFinding(
              sentence,
              Verdict.UNVERIFIED,
              FindingKind.OTHER,
              "The event store has no " + describe(claim) + " to check this against.",
              null,
              List.of()));
    }
    List<Event> matching = new ArrayList<>();
    List<Event> compatible = new ArrayList<>();
    for (Event event : candidates) {
      switch (DateFit.of(claim.date(), event)) {
        case MATCH -> matching.add(event);
        case COMPATIBLE -> compatible.add(event);
        case CONFLICT -> {}
      }
    }
    List<Event> sameModeMatches = matching.stream().filter(e -> sameMode(claim, e)).toList();
    if (!sameModeMatches.isEmpty()
        || (claim.date() == null && compatible.stream().anyMatch(e -> sameMode(claim, e)))) {
      List<Event> agreeing =
          sameModeMatches.isEmpty()
              ? compatible.stream().filter(e -> sameMode(claim, e)).toList()
              : sameModeMatches;
      return placeChecked(claim, draft, agreeing);
    }
    boolean exactClaim =
        claim.date() != null
            && (claim.date().value() == null
                ? claim.date().hasMonthDay()
                : claim.date().value().isExactDay());
    if (!matching.isEmpty()
        && claim.mode() != null
        && exactClaim
        && compatible.stream().noneMatch(e -> sameMode(claim, e))) {
      Event event = matching.get(0);
      if (event.mode() != null && event.date().isExactDay()) {
        return List.of(modeContradiction(claim, draft, event));
      }
    }
    // A signing happens on one day: an umbrella of agreements reached over years does not say
    // whether this one was signed on the day given.
    if (claim.type() == EventType.SIGNING) {
      compatible.removeIf(e -> e.date() != null && spanDays(e.date()) > 92);
    }
    if (compatible.stream().anyMatch(e -> sameMode(claim, e))) {
      Event event = compatible.stream().filter(e -> sameMode(claim, e)).findFirst().orElseThrow();
      Optional<PlainFinding> wrongCount =
          compatible.stream().filter(e -> sameMode(claim, e)).count() == 1
              ? wrongCount(claim, draft, event)
              : Optional.empty();
      if (wrongCount.isPresent()) {
        return List.of(wrongCount.get());
      }
      return List.of(
          new PlainFinding(
              sentence,
              Verdict.UNVERIFIED,
              FindingKind.DATE,
              event.isUncertain("date")
                  ? "The store's date for this "
                      + label(event)
                      + " ("
                      + DateWriter.describe(event.date())
                      + ") is uncertain: its sources disagree on it or do not state it, so the"
                      + " date cannot be confirmed."
                  : "The store has this "
                      + label(event)
                      + " only as "
                      + DateWriter.describe(event.date())
                      + ", so the exact date cannot be confirmed.",
              null,
              evidence(event)));
    }
    boolean newOccasion = NEW_OCCASION.matcher(draft.text(claim.sentence().span())).find();
    Optional<Event> nearest =
        candidates.stream()
            .filter(e -> !newOccasion)
            .filter(e -> sameMode(claim, e))
            .filter(e -> placeFits(claim, e))
            .filter(e -> DateFit.distance(claim.date(), e) >= 0)
            .filter(
                e ->
                    isOneOff(claim, candidates)
                        || namesTheSameAgreement(claim, draft, e)
                        // a month alone is too coarse to name the day of another event
                        || (claim.date().style() != DateMention.DateStyle.MONTH
                            && DateFit.isSlip(claim.date(), e)))
            .min(Comparator.comparingLong(e -> DateFit.distance(claim.date(), e)));
    if (nearest.isPresent() && claim.date() != null) {
      Event event = nearest.get();
      DateWriter.Correction correction =
          DateWriter.correct(claim.date(), event.date().start(), draft.anchor());
      return List.of(
          new PlainFinding(
              correction.span(),
              Verdict.CONTRADICTED,
              FindingKind.DATE,
              "According to the store, the "
                  + label(event)
                  + " took place on "
                  + DateWriter.describe(event.date())
                  + ", not on the date given here.",
              correction.text(),
              evidence(event)));
    }
    return List.of(
        new PlainFinding(
            sentence,
            Verdict.UNVERIFIED,
            FindingKind.DATE,
            "The store records no " + describe(claim) + " on this date.",
            null,
            List.of()));
  }

  private static long spanDays(DateRange date) {
    return ChronoUnit.DAYS.between(date.start(), date.end()) + 1;
  }

  /** A product is registered once: any other date given for its registration is wrong. */
  private static boolean isOneOff(Claim claim, List<Event> candidates) {
    return claim.type() == EventType.REGISTRATION && candidates.size() == 1;
  }

  /**
   * A number the draft gives for what the store counts once for this event ("a 40-minute call"
   * where the call took 20 minutes): wrong, unless the sources disagree on it.
   */
  private Optional<PlainFinding> wrongCount(Claim claim, AnalyzedText draft, Event event) {
    if (event.isUncertain("count")) {
      return Optional.empty();
    }
    for (ClaimCounts.Counted counted : ClaimCounts.of(draft, claim)) {
      EventCount said = counted.count();
      List<EventCount> stored =
          event.counts().stream()
              .filter(c -> c.what().equalsIgnoreCase(said.what()) && c.ordinal() == said.ordinal())
              .toList();
      if (stored.size() != 1 || stored.get(0).value() == said.value()) {
        continue;
      }
      NumberMention number =
          draft.within(draft.numbers(), counted.span()).stream().findFirst().orElseThrow();
      String right = NumberWords.writeLike(number.words(), stored.get(0).value(), said.ordinal());
      return Optional.of(
          new PlainFinding(
              counted.span(),
              Verdict.CONTRADICTED,
              FindingKind.COUNT,
              "According to the store, the number of "
                  + said.what()
                  + " for the "
                  + label(event)
                  + " is "
                  + right
                  + ", not "
                  + draft.text(counted.span())
                  + ".",
              right,
              evidence(event)));
    }
    return Optional.empty();
  }

  /** The draft names the agreement it says was signed, and the stored signing is of it. */
  private static boolean namesTheSameAgreement(Claim claim, AnalyzedText draft, Event event) {
    if (claim.type() != EventType.SIGNING || event.summary() == null) {
      return false;
    }
    String after = draft.plain().substring(claim.trigger().end(), claim.sentence().span().end());
    Matcher named = NAMED_AGREEMENT.matcher(after);
    if (!named.find()) {
      return false;
    }
    String name = named.group(1) != null ? named.group(1) : named.group(2);
    String summary = event.summary().toLowerCase(Locale.ROOT);
    return Arrays.stream(name.toLowerCase(Locale.ROOT).split("\\s+")).allMatch(summary::contains);
  }

  /** Events of a compatible type that include every participant the draft names. */
  private List<Event> candidates(Claim claim) {
    List<Event> pool = List.of();
    if (!claim.participants().isEmpty()) {
      pool = knowledge.eventsWithAny(claim.participants());
    } else if (claim.place() != null) {
      pool = knowledge.eventsAtAny(claim.place().ids());
    }
    List<Event> candidates = new ArrayList<>();
    for (Event event : pool) {
      if (!typeFits(claim, event)) {
        continue;
      }
      if (!participantsFit(claim, event)) {
        continue;
      }
      if (claim.participants().isEmpty() && !placeFits(claim, event)) {
        continue;
      }
      if (!claim.objectWords().isEmpty() && !mentionsAny(event, claim.objectWords())) {
        continue;
      }
      if (claim.outbreak() && !isOutbreak(event, claim)) {
        continue;
      }
      candidates.add(event);
    }
    return candidates;
  }

  /**
   * Every participant the draft names takes part, unless the store leaves them open; for events
   * that are not contacts, two shared participants suffice, since drafts add who developed or
   * brokered what.
   */
  private static boolean participantsFit(Claim claim, Event event) {
    if (event.participants().containsAll(claim.participants())
        || event.isUncertain("participants")) {
      return true;
    }
    if (claim.isContact()) {
      return false;
    }
    return claim.participants().stream().filter(event.participants()::contains).count() >= 2;
  }

  private static boolean typeFits(Claim claim, Event event) {
    if (claim.isContact()) {
      return event.type() == EventType.MEETING
          || event.type() == EventType.PHONE_CALL
          || event.type() == EventType.VISIT
          || event.type() == EventType.TELEGRAM;
    }
    if (claim.type() == EventType.SIGNING) {
      return event.type() == EventType.SIGNING || event.type() == EventType.AGREEMENT;
    }
    return claim.type() == event.type();
  }

  /** Fighting that broke out is a dated outbreak, not a whole war or a season of clashes. */
  private static boolean isOutbreak(Event event, Claim claim) {
    DateRange date = event.date();
    if (date == null) {
      return false;
    }
    long days = ChronoUnit.DAYS.between(date.start(), date.end()) + 1;
    long claimed =
        claim.date() != null && claim.date().value() != null
            ? ChronoUnit.DAYS.between(claim.date().value().start(), claim.date().value().end()) + 1
            : 1;
    return days <= Math.max(31, claimed);
  }

  private boolean mentionsAny(Event event, Set<String> words) {
    String summary = event.summary() == null ? "" : event.summary().toLowerCase(Locale.ROOT);
    for (String id : event.participants()) {
      summary += " " + knowledge.lexicon().name(id).toLowerCase(Locale.ROOT);
    }
    for (String word : words) {
      if (summary.contains(word)) {
        return true;
      }
    }
    return false;
  }

  private static boolean sameMode(Claim claim, Event event) {
    return claim.mode() == null || event.mode() == null || claim.mode() == event.mode();
  }

  private boolean placeFits(Claim claim, Event event) {
    return claim.places().stream().allMatch(place -> placeFits(place, event));
  }

  /**
   * A place fits when it contains, or lies in, a place the store gives for the event. A place the
   * store does not know fits unless it is a well-known city far from every stored place ("in Milan"
   * where the store says Rome).
   */
  private boolean placeFits(EntityMention place, Event event) {
    if (event.places().isEmpty() || event.isUncertain("place")) {
      return true;
    }
    EntityLexicon lexicon = knowledge.lexicon();
    if (place.form() == EntityMention.Form.UNKNOWN_NAME) {
      List<String> stored = event.places().stream().map(lexicon::name).toList();
      return !CityGazetteer.bundled().isFarFromAll(place.text(), stored);
    }
    for (String claimed : place.ids()) {
      Set<String> claimedChain = lexicon.placeAndContainers(claimed);
      for (String stored : event.places()) {
        if (claimedChain.contains(stored) || lexicon.placeAndContainers(stored).contains(claimed)) {
          return true;
        }
      }
    }
    return false;
  }

  private List<PlainFinding> placeChecked(Claim claim, AnalyzedText draft, List<Event> agreeing) {
    Optional<Event> fitting = agreeing.stream().filter(e -> placeFits(claim, e)).findFirst();
    if (fitting.isPresent()
        && claim.place() != null
        && claim.place().form() == EntityMention.Form.UNKNOWN_NAME
        && !fitting.get().places().isEmpty()) {
      Event event = fitting.get();
      return List.of(
          new PlainFinding(
              claim.place().span(),
              Verdict.UNVERIFIED,
              FindingKind.LOCATION,
              "The store places this "
                  + label(event)
                  + " in "
                  + knowledge.lexicon().name(event.places().get(0))
                  + " and does not know "
                  + claim.place().text()
                  + ".",
              null,
              evidence(event)));
    }
    if (fitting.isPresent()) {
      Optional<PlainFinding> wrongCount = wrongCount(claim, draft, fitting.get());
      if (wrongCount.isPresent()) {
        return List.of(wrongCount.get());
      }
      Optional<PlainFinding> unconfirmed =
          slotsConfirmed.countUnconfirmed(
              draft, claim.sentence().span(), fitting.get(), evidence(fitting.get()));
      if (unconfirmed.isPresent()) {
        return List.of(unconfirmed.get());
      }
      return List.of(
          new PlainFinding(
              claim.sentence().span(),
              Verdict.SUPPORTED,
              FindingKind.OTHER,
              "The store confirms this " + label(fitting.get()) + ".",
              null,
              evidence(fitting.get())));
    }
    Event event = agreeing.get(0);
    EntityMention place =
        claim.places().stream().filter(p -> !placeFits(p, event)).findFirst().orElse(claim.place());
    String right = suggestedPlace(place, event);
    return List.of(
        new PlainFinding(
            place.span(),
            Verdict.CONTRADICTED,
            FindingKind.LOCATION,
            "According to the store, the "
                + label(event)
                + " took place in "
                + right
                + ", not in "
                + place.text()
                + ".",
            right,
            evidence(event)));
  }

  /** The stored place named like the draft's: a region for a region, a city for a city. */
  private String suggestedPlace(EntityMention wrong, Event event) {
    List<String> names = event.places().stream().map(p -> knowledge.lexicon().name(p)).toList();
    String lastWord = wrong.text().substring(wrong.text().lastIndexOf(' ') + 1);
    for (String name : names) {
      if (wrong.text().contains(" ") && name.endsWith(" " + lastWord)) {
        return name;
      }
    }
    for (String name : names) {
      if (!name.contains(" ") || wrong.form() != EntityMention.Form.PATTERN) {
        return name;
      }
    }
    return names.get(names.size() - 1);
  }

  private PlainFinding modeContradiction(Claim claim, AnalyzedText draft, Event event) {
    String trigger = draft.text(claim.trigger());
    boolean noun =
        trigger
            .toLowerCase(Locale.ROOT)
            .matches("(?:tele)?phone (?:call|conversation|talks?)s?|meeting|talks|summit|telegram");
    String suggestion =
        switch (event.mode()) {
          case PHONE -> noun ? "phone call" : "spoke by phone";
          case IN_PERSON -> noun ? "meeting" : "met";
          case WRITTEN -> noun ? "telegram" : "wrote";
          case OTHER -> trigger;
        };
    return new PlainFinding(
        claim.trigger(),
        Verdict.CONTRADICTED,
        FindingKind.MODE,
        "According to the store, this was "
            + modeWords(event.mode())
            + ", not "
            + modeWords(claim.mode())
            + ".",
        suggestion,
        evidence(event));
  }

  private static String modeWords(ContactMode mode) {
    return switch (mode) {
      case PHONE -> "a phone call";
      case IN_PERSON -> "an in-person meeting";
      case WRITTEN -> "a written message";
      case OTHER -> "another kind of contact";
    };
  }

  private String label(Event event) {
    String who =
        event.participants().stream()
            .map(id -> knowledge.lexicon().name(id))
            .collect(Collectors.joining(" and "));
    String what =
        switch (event.type()) {
          case PHONE_CALL -> "phone call";
          case MEETING -> "meeting";
          case VISIT -> "visit";
          case TELEGRAM -> "telegram";
          case CLASH -> "fighting";
          case REGISTRATION -> "registration";
          case SIGNING, AGREEMENT -> "agreement";
          case ATTENDANCE -> "attendance";
          default -> "event";
        };
    return who.isEmpty() ? what : what + " (" + who + ")";
  }

  private String describe(Claim claim) {
    String who =
        claim.participants().stream()
            .map(id -> knowledge.lexicon().name(id))
            .collect(Collectors.joining(" and "));
    String what = claim.type().name().toLowerCase(Locale.ROOT).replace('_', ' ');
    return who.isEmpty() ? what : what + " involving " + who;
  }

  static List<Evidence> evidence(Event event) {
    List<Evidence> evidence = new ArrayList<>();
    for (Provenance p : event.sources()) {
      evidence.add(new Evidence(event.id(), p.documentId(), p.quote(), p.start(), p.end()));
    }
    return evidence;
  }
}
