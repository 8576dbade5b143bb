package io.factcheck.rest;

import io.factcheck.api.model.EntityKind;
import io.factcheck.store.model.Entity;
import java.util.ArrayList;

/** Entities as the API shows them. */
final class EntityMapper {

  private EntityMapper() {}

  static io.factcheck.api.model.Entity toApi(Entity entity) {
    return new io.factcheck.api.model.Entity()
        .id(entity.id())
        .kind(EntityKind.fromValue(entity.kind().name()))
        .name(entity.name())
        .aliases(new ArrayList<>(entity.aliases()))
        .country(entity.country())
        .roles(new ArrayList<>(entity.roles()))
        .partOf(entity.partOf());
  }
}
