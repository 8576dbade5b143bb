package io.factcheck.rest;

import io.factcheck.api.model.EventDate;
import io.factcheck.api.model.EventUpdate;
import io.factcheck.api.model.NewEvent;
import io.factcheck.api.model.Participant;
import io.factcheck.api.model.Source;
import io.factcheck.api.model.Weekday;
import io.factcheck.store.InvalidFieldException;
import io.factcheck.store.model.ContactMode;
import io.factcheck.store.model.DatePrecision;
import io.factcheck.store.model.DateRange;
import io.factcheck.store.model.Entity;
import io.factcheck.store.model.Event;
import io.factcheck.store.model.EventCount;
import io.factcheck.store.model.EventStatus;
import io.factcheck.store.model.EventType;
import io.factcheck.store.model.Provenance;
import io.factcheck.store.model.SourceConflict;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Events between the API's models and the store's records. */
final class EventMapper {

  private EventMapper() {}

  /** The API view of {@code event}; participants get the names of their entities. */
  static io.factcheck.api.model.Event toApi(Event event, Map<String, Entity> entitiesById) {
    return new io.factcheck.api.model.Event()
        .id(event.id())
        .type(io.factcheck.api.model.EventType.fromValue(event.type().name()))
        .participants(
            event.participants().stream()
                .map(id -> new Participant().id(id).name(nameOf(id, entitiesById)))
                .toList())
        .mode(
            event.mode() == null
                ? null
                : io.factcheck.api.model.ContactMode.fromValue(event.mode().name()))
        .date(event.date() == null ? null : toApi(event.date()))
        .places(new ArrayList<>(event.places()))
        .counts(event.counts().stream().map(EventMapper::toApi).toList())
        .summary(event.summary())
        .uncertain(new ArrayList<>(event.uncertain()))
        .status(io.factcheck.api.model.EventStatus.fromValue(event.status().name()))
        .version(event.version())
        .sources(event.sources().stream().map(EventMapper::toApi).toList())
        .conflicts(event.conflicts().stream().map(EventMapper::toApi).toList());
  }

  private static io.factcheck.api.model.SourceConflict toApi(SourceConflict conflict) {
    return new io.factcheck.api.model.SourceConflict()
        .slot(io.factcheck.api.model.SourceConflict.SlotEnum.fromValue(conflict.slot()))
        .stored(conflict.stored())
        .reported(conflict.reported())
        .source(toApi(conflict.source()));
  }

  static io.factcheck.api.model.EventChange toApi(
      io.factcheck.store.model.EventChange change, Map<String, Entity> entitiesById) {
    return new io.factcheck.api.model.EventChange()
        .eventId(change.eventId())
        .action(io.factcheck.api.model.EventChange.ActionEnum.fromValue(change.action().name()))
        .version(change.version())
        .actor(change.actor())
        .at(change.at())
        .changedFields(change.changedFields())
        .before(change.before() == null ? null : toApi(change.before(), entitiesById))
        .after(change.after() == null ? null : toApi(change.after(), entitiesById));
  }

  static Event fromApi(NewEvent in) {
    return new Event(
        0,
        EventType.valueOf(in.getType().name()),
        items(in.getParticipants(), "participants", Function.identity()),
        in.getMode() == null ? null : ContactMode.valueOf(in.getMode().name()),
        in.getDate() == null ? null : fromApi(in.getDate()),
        items(in.getPlaces(), "places", Function.identity()),
        items(in.getCounts(), "counts", EventMapper::fromApi),
        in.getSummary(),
        items(in.getUncertain(), "uncertain", Function.identity()),
        in.getStatus() == null ? null : EventStatus.valueOf(in.getStatus().name()),
        0,
        items(in.getSources(), "sources", EventMapper::fromApi));
  }

  /** The new content of an event; status and version are the store's to keep. */
  static Event fromApi(EventUpdate in) {
    return new Event(
        0,
        EventType.valueOf(in.getType().name()),
        items(in.getParticipants(), "participants", Function.identity()),
        in.getMode() == null ? null : ContactMode.valueOf(in.getMode().name()),
        in.getDate() == null ? null : fromApi(in.getDate()),
        items(in.getPlaces(), "places", Function.identity()),
        items(in.getCounts(), "counts", EventMapper::fromApi),
        in.getSummary(),
        items(in.getUncertain(), "uncertain", Function.identity()),
        null,
        in.getVersion(),
        items(in.getSources(), "sources", EventMapper::fromApi));
  }

  private static EventDate toApi(DateRange date) {
    return new EventDate()
        .start(date.start())
        .end(date.end())
        .precision(io.factcheck.api.model.DatePrecision.fromValue(date.precision().name()))
        .weekday(date.weekday() == null ? null : Weekday.fromValue(date.weekday().name()));
  }

  private static DateRange fromApi(EventDate date) {
    try {
      return new DateRange(
          date.getStart(),
          date.getEnd() == null ? date.getStart() : date.getEnd(),
          DatePrecision.valueOf(date.getPrecision().name()),
          date.getWeekday() == null ? null : DayOfWeek.valueOf(date.getWeekday().name()));
    } catch (IllegalArgumentException e) {
      throw new InvalidFieldException("date.end", "must not be before date.start");
    }
  }

  private static io.factcheck.api.model.EventCount toApi(EventCount count) {
    return new io.factcheck.api.model.EventCount()
        .what(count.what())
        .value(count.value())
        .ordinal(count.ordinal());
  }

  private static EventCount fromApi(io.factcheck.api.model.EventCount count) {
    return new EventCount(
        count.getWhat(), count.getValue(), Boolean.TRUE.equals(count.getOrdinal()));
  }

  private static Source toApi(Provenance source) {
    return new Source()
        .documentId(source.documentId())
        .start(source.start())
        .end(source.end())
        .quote(source.quote());
  }

  private static Provenance fromApi(Source source) {
    return new Provenance(
        source.getDocumentId(), source.getStart(), source.getEnd(), source.getQuote());
  }

  private static String nameOf(String entityId, Map<String, Entity> entitiesById) {
    Entity entity = entitiesById.get(entityId);
    return entity == null ? entityId : entity.name();
  }

  /** Maps a list the client may have sent as null, or with null items, which it may not. */
  private static <A, D> List<D> items(List<A> values, String field, Function<A, D> mapping) {
    if (values == null) {
      return List.of();
    }
    List<D> mapped = new ArrayList<>(values.size());
    for (int i = 0; i < values.size(); i++) {
      if (values.get(i) == null) {
        throw new InvalidFieldException(field + "[" + i + "]", "must not be null");
      }
      mapped.add(mapping.apply(values.get(i)));
    }
    return mapped;
  }
}
