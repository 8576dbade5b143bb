package io.factcheck.ingest;

import io.factcheck.analysis.EntityLexicon;
import io.factcheck.store.model.ContactMode;
import io.factcheck.store.model.Event;
import io.factcheck.store.model.EventCount;
import io.factcheck.store.model.EventStatus;
import io.factcheck.store.model.EventType;
import io.factcheck.store.model.Provenance;
import io.factcheck.store.model.SourceConflict;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Decides whether an event read from an article is one the store has already: the same kind of
 * event between the same participants at a compatible time. A second report of it adds a source;
 * where the reports disagree (another day, another count, another place) the disagreement is kept
 * beside the event for a curator and the slot is marked uncertain, so checks do not take sides.
 */
public final class EventMerger {

  /** Reports of one event may differ by a day or two (time zones, "yesterday"); more is another. */
  private static final long NEAR_DAYS = 2;

  private EventMerger() {}

  public enum Outcome {
    /** A new event. */
    NEW,
    /** The event is stored already; {@code merged} is it with this report added. */
    MERGED,
    /** A curator rejected this event: it stays out. */
    REJECTED
  }

  public record Decision(Outcome outcome, Event target, Event merged) {}

  public static Decision decide(Event candidate, List<Event> stored, EntityLexicon lexicon) {
    Event best = null;
    int bestScore = 0;
    for (Event event : stored) {
      if (sameDocument(candidate, event)
          && !candidate.places().isEmpty()
          && !event.places().isEmpty()
          && !placesFit(event.places(), candidate.places(), lexicon)) {
        continue; // one article telling of signings in two cities tells of two signings
      }
      int score = sameness(candidate, event);
      if (score > bestScore) {
        best = event;
        bestScore = score;
      }
    }
    if (best == null) {
      return new Decision(Outcome.NEW, null, null);
    }
    if (best.status() == EventStatus.REJECTED) {
      return new Decision(Outcome.REJECTED, best, null);
    }
    return new Decision(Outcome.MERGED, best, merge(best, candidate, lexicon));
  }

  /** 0 when the two are different events; higher the surer they are the same. */
  static int sameness(Event candidate, Event stored) {
    if (!compatibleTypes(candidate, stored)
        || !Set.copyOf(candidate.participants()).equals(Set.copyOf(stored.participants()))) {
      return 0;
    }
    if (candidate.date() == null || stored.date() == null) {
      return sameDocument(candidate, stored) ? 2 : 1;
    }
    if (candidate.date().overlaps(stored.date())) {
      return 3;
    }
    // Within one article, a day guessed from the story's own date gives way to a day it tells.
    boolean guessed =
        sameDocument(candidate, stored)
            && (candidate.isUncertain("date") || stored.isUncertain("date"));
    return nearDays(candidate, stored) && (reportedElsewhere(stored, candidate) || guessed) ? 1 : 0;
  }

  /**
   * One article telling of two days tells of two events; a day off between articles is a
   * disagreement, even where the stored event already has a source in this article.
   */
  private static boolean reportedElsewhere(Event stored, Event candidate) {
    Set<String> documents = new HashSet<>();
    candidate.sources().forEach(s -> documents.add(s.documentId()));
    return stored.sources().stream().anyMatch(s -> !documents.contains(s.documentId()));
  }

  private static boolean nearDays(Event a, Event b) {
    return a.date().isExactDay()
        && b.date().isExactDay()
        && Math.abs(ChronoUnit.DAYS.between(a.date().start(), b.date().start())) <= NEAR_DAYS;
  }

  private static boolean sameDocument(Event a, Event b) {
    Set<String> documents = new HashSet<>();
    a.sources().forEach(s -> documents.add(s.documentId()));
    return b.sources().stream().anyMatch(s -> documents.contains(s.documentId()));
  }

  /** "Discussed" says there was contact, not how: it fits a call and a meeting alike. */
  private static boolean compatibleTypes(Event a, Event b) {
    if (a.type() == b.type()) {
      return a.mode() == null || b.mode() == null || a.mode() == b.mode();
    }
    return (isOpenContact(a) && isContact(b)) || (isOpenContact(b) && isContact(a));
  }

  private static boolean isOpenContact(Event e) {
    return e.type() == EventType.MEETING && e.mode() == null;
  }

  private static boolean isContact(Event e) {
    return e.type() == EventType.MEETING
        || e.type() == EventType.PHONE_CALL
        || e.type() == EventType.TELEGRAM
        || e.type() == EventType.VISIT;
  }

  /**
   * The stored event with the new report: its sources added, slots it left empty filled, and slots
   * on which the report disagrees recorded as conflicts and marked uncertain.
   */
  static Event merge(Event stored, Event report, EntityLexicon lexicon) {
    List<Provenance> sources = new ArrayList<>(stored.sources());
    for (Provenance source : report.sources()) {
      if (sources.stream().noneMatch(s -> overlaps(s, source))) {
        sources.add(source);
      }
    }
    Provenance reportSource = report.sources().get(0);
    boolean otherArticle = reportedElsewhere(stored, report);
    List<SourceConflict> conflicts = new ArrayList<>(stored.conflicts());
    List<String> uncertain = new ArrayList<>(stored.uncertain());
    var date = stored.date();
    boolean dateGuessed =
        uncertain.contains("date")
            && stored.conflicts().stream().noneMatch(c -> c.slot().equals("date"));
    if (report.date() != null
        && (date == null || (dateGuessed && !otherArticle && !report.isUncertain("date")))) {
      date = report.date();
      uncertain.remove("date");
    } else if (date != null
        && report.date() != null
        && !uncertain.contains("date")
        && !report.uncertain().contains("date")
        && !date.equals(report.date())
        && date.contains(report.date())) {
      date = report.date(); // "in March 2023" told again as "on March 16, 2023": the day
    } else if (otherArticle
        && date != null
        && report.date() != null
        && !date.overlaps(report.date())) {
      conflict(
          conflicts,
          uncertain,
          "date",
          date.start().toString(),
          report.date().start().toString(),
          reportSource);
    }
    List<String> places = new ArrayList<>(stored.places());
    if (places.isEmpty()) {
      places.addAll(report.places());
    } else if (otherArticle
        && !report.places().isEmpty()
        && !placesFit(places, report.places(), lexicon)) {
      conflict(
          conflicts,
          uncertain,
          "place",
          String.join(", ", places),
          String.join(", ", report.places()),
          reportSource);
    }
    List<EventCount> counts = new ArrayList<>(stored.counts());
    for (EventCount count : report.counts()) {
      Optional<EventCount> same =
          counts.stream()
              .filter(c -> sameWhat(c, count) && c.ordinal() == count.ordinal())
              .findFirst();
      if (same.isEmpty()) {
        counts.add(count);
      } else if (same.get().value() != count.value() && otherArticle) {
        conflict(
            conflicts,
            uncertain,
            "count",
            same.get().value() + " " + same.get().what(),
            count.value() + " " + count.what(),
            reportSource);
      }
    }
    ContactMode mode = stored.mode() != null ? stored.mode() : report.mode();
    EventType type = stored.mode() == null && report.mode() != null ? report.type() : stored.type();
    return new Event(
        stored.id(),
        type,
        stored.participants(),
        mode,
        date,
        places,
        counts,
        stored.summary(),
        uncertain,
        stored.status(),
        stored.version(),
        sources,
        conflicts);
  }

  private static void conflict(
      List<SourceConflict> conflicts,
      List<String> uncertain,
      String slot,
      String stored,
      String reported,
      Provenance source) {
    SourceConflict conflict = new SourceConflict(slot, stored, reported, source);
    if (conflicts.stream()
        .noneMatch(
            c ->
                c.slot().equals(slot)
                    && c.reported().equals(reported)
                    && c.source().documentId().equals(source.documentId()))) {
      conflicts.add(conflict);
    }
    if (!uncertain.contains(slot)) {
      uncertain.add(slot);
    }
  }

  private static boolean overlaps(Provenance a, Provenance b) {
    return a.documentId().equals(b.documentId()) && a.start() < b.end() && b.start() < a.end();
  }

  private static boolean sameWhat(EventCount a, EventCount b) {
    return a.what().toLowerCase(Locale.ROOT).equals(b.what().toLowerCase(Locale.ROOT));
  }

  /** Places fit when one contains the other ("Sochi" and "Russia"), or they are the same. */
  private static boolean placesFit(
      List<String> stored, List<String> reported, EntityLexicon lexicon) {
    for (String a : stored) {
      for (String b : reported) {
        if (a.equals(b)
            || lexicon.placeAndContainers(a).contains(b)
            || lexicon.placeAndContainers(b).contains(a)) {
          return true;
        }
      }
    }
    return false;
  }
}
