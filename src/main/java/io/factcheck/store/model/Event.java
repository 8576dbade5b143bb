package io.factcheck.store.model;

import java.util.List;

/**
 * Something that happened, as the corpus reports it.
 *
 * @param id store id; 0 before the event is stored
 * @param type what happened
 * @param participants keys of the entities taking part (people, countries, organisations, products)
 * @param mode how the participants were in contact; null where it does not apply
 * @param date when it happened, as precisely as known; null where the sources give no bound
 * @param places keys or names of places, most specific first (venue, city, region)
 * @param counts numbers stated about the event
 * @param summary one line for curators
 * @param uncertain slots the sources leave open ("date", "participants", "place"); checks never
 *     contradict a draft on those
 * @param sources provenance, at least one
 * @param conflicts where later sources disagree with this event's slots, for a curator to settle
 */
public record Event(
    long id,
    EventType type,
    List<String> participants,
    ContactMode mode,
    DateRange date,
    List<String> places,
    List<EventCount> counts,
    String summary,
    List<String> uncertain,
    EventStatus status,
    long version,
    List<Provenance> sources,
    List<SourceConflict> conflicts) {

  public Event {
    conflicts = conflicts == null ? List.of() : List.copyOf(conflicts);
    participants = participants == null ? List.of() : List.copyOf(participants);
    places = places == null ? List.of() : List.copyOf(places);
    counts = counts == null ? List.of() : List.copyOf(counts);
    uncertain = uncertain == null ? List.of() : List.copyOf(uncertain);
    sources = sources == null ? List.of() : List.copyOf(sources);
  }

  /** An event no source disagrees with. */
  public Event(
      long id,
      EventType type,
      List<String> participants,
      ContactMode mode,
      DateRange date,
      List<String> places,
      List<EventCount> counts,
      String summary,
      List<String> uncertain,
      EventStatus status,
      long version,
      List<Provenance> sources) {
    this(
        id,
        type,
        participants,
        mode,
        date,
        places,
        counts,
        summary,
        uncertain,
        status,
        version,
        sources,
        List.of());
  }

  public Event withId(long newId) {
    return new Event(
        newId,
        type,
        participants,
        mode,
        date,
        places,
        counts,
        summary,
        uncertain,
        status,
        version,
        sources,
        conflicts);
  }

  public Event withStatus(EventStatus newStatus) {
    return new Event(
        id,
        type,
        participants,
        mode,
        date,
        places,
        counts,
        summary,
        uncertain,
        newStatus,
        version,
        sources,
        conflicts);
  }

  public Event withSources(List<Provenance> newSources) {
    return new Event(
        id,
        type,
        participants,
        mode,
        date,
        places,
        counts,
        summary,
        uncertain,
        status,
        version,
        newSources,
        conflicts);
  }

  /** This event with other participants, as ingestion keeps only those the store knows. */
  public Event withParticipants(List<String> newParticipants) {
    return new Event(
        id,
        type,
        newParticipants,
        mode,
        date,
        places,
        counts,
        summary,
        uncertain,
        status,
        version,
        sources,
        conflicts);
  }

  public boolean isUncertain(String slot) {
    return uncertain.contains(slot);
  }
}
