package io.factcheck.rest;

import io.factcheck.api.EventsApi;
import io.factcheck.api.model.EventChange;
import io.factcheck.api.model.EventStatus;
import io.factcheck.api.model.EventType;
import io.factcheck.api.model.EventUpdate;
import io.factcheck.api.model.NewEvent;
import io.factcheck.store.EntityDirectory;
import io.factcheck.store.EventAudit;
import io.factcheck.store.EventFilter;
import io.factcheck.store.EventStore;
import io.factcheck.store.StoreSnapshots;
import io.factcheck.store.UnknownIdException;
import io.factcheck.store.model.Entity;
import io.factcheck.store.model.Event;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;

/** {@code /v1/events}: the curated store, for curators. */
public class EventsResource implements EventsApi {

  @Inject EventStore events;
  @Inject EntityDirectory entities;
  @Inject StoreSnapshots snapshots;
  @Inject EventAudit audit;

  @Context UriInfo uriInfo;
  @Context SecurityContext security;

  @Override
  public Response listEvents(
      String participant, String from, String to, EventType type, EventStatus status) {
    EventFilter filter =
        new EventFilter(
            participant == null || participant.isBlank() ? null : entities.idsNamed(participant),
            from == null ? null : RequestDates.parse(from, "from").start(),
            to == null ? null : RequestDates.parse(to, "to").end(),
            type == null ? null : io.factcheck.store.model.EventType.valueOf(type.name()),
            status == null ? null : io.factcheck.store.model.EventStatus.valueOf(status.name()));
    Map<String, Entity> entitiesById = snapshots.current().entitiesById();
    List<io.factcheck.api.model.Event> body =
        events.list(filter).stream().map(event -> EventMapper.toApi(event, entitiesById)).toList();
    return Response.ok(body).build();
  }

  @Override
  public Response createEvent(NewEvent newEvent) {
    Event created = events.create(EventMapper.fromApi(newEvent), actor());
    return Response.created(uriInfo.getBaseUriBuilder().path("v1/events/{id}").build(created.id()))
        .entity(toApi(created))
        .build();
  }

  @Override
  public Response getEvent(Long id) {
    return Response.ok(toApi(events.get(id))).build();
  }

  @Override
  public Response updateEvent(Long id, EventUpdate update) {
    return Response.ok(
            toApi(events.update(id, update.getVersion(), EventMapper.fromApi(update), actor())))
        .build();
  }

  @Override
  public Response deleteEvent(Long id, Long version) {
    return Response.ok(toApi(events.delete(id, version, actor()))).build();
  }

  @Override
  public Response approveEvent(Long id, Long version) {
    return Response.ok(
            toApi(
                events.changeStatus(
                    id, version, io.factcheck.store.model.EventStatus.APPROVED, actor())))
        .build();
  }

  @Override
  public Response rejectEvent(Long id, Long version) {
    return Response.ok(
            toApi(
                events.changeStatus(
                    id, version, io.factcheck.store.model.EventStatus.REJECTED, actor())))
        .build();
  }

  @Override
  public Response getEventHistory(Long id) {
    List<io.factcheck.store.model.EventChange> history = audit.history(id);
    if (history.isEmpty()) {
      throw new UnknownIdException("event", id);
    }
    Map<String, Entity> entitiesById = snapshots.current().entitiesById();
    List<EventChange> body =
        history.stream().map(change -> EventMapper.toApi(change, entitiesById)).toList();
    return Response.ok(body).build();
  }

  private String actor() {
    return Actors.of(security);
  }

  private io.factcheck.api.model.Event toApi(Event event) {
    return EventMapper.toApi(event, snapshots.current().entitiesById());
  }
}
