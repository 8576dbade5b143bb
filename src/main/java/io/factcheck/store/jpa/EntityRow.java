package io.factcheck.store.jpa;

import io.factcheck.store.model.Entity;
import io.factcheck.store.model.EntityKind;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;

/** A row of {@code entity} with its aliases and roles. */
@jakarta.persistence.Entity
@Table(name = "entity")
public class EntityRow {

  @Id private String id;

  @Enumerated(EnumType.STRING)
  private EntityKind kind;

  private String name;

  private String country;

  @Column(name = "part_of")
  private String partOf;

  @ElementCollection
  @CollectionTable(name = "entity_alias", joinColumns = @JoinColumn(name = "entity_id"))
  @OrderColumn(name = "list_index")
  @Column(name = "alias")
  private List<String> aliases = new ArrayList<>();

  @ElementCollection
  @CollectionTable(name = "entity_role", joinColumns = @JoinColumn(name = "entity_id"))
  @OrderColumn(name = "list_index")
  @Column(name = "role")
  private List<String> roles = new ArrayList<>();

  protected EntityRow() {}

  public EntityRow(Entity entity) {
    this.id = entity.id();
    this.kind = entity.kind();
    this.name = entity.name();
    this.country = entity.country();
    this.partOf = entity.partOf();
    this.aliases = new ArrayList<>(entity.aliases());
    this.roles = new ArrayList<>(entity.roles());
  }

  /** Fills in a country and an office the row does not have yet; never changes one it has. */
  public void complete(String newCountry, List<String> newRoles) {
    if (country == null) {
      country = newCountry;
    }
    if (roles.isEmpty()) {
      roles.addAll(newRoles);
    }
  }

  public Entity toDomain() {
    return new Entity(id, kind, name, aliases, country, roles, partOf);
  }
}
