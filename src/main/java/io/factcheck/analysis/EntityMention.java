package io.factcheck.analysis;

import io.factcheck.store.model.EntityKind;
import java.util.Set;

/**
 * A mention of one or more known entities.
 *
 * @param ids the entities meant; empty for an anaphor ("the two leaders") still to be resolved
 * @param form how the entity is named
 * @param text the mention as written
 */
public record EntityMention(Span span, Set<String> ids, EntityKind kind, Form form, String text)
    implements Mention {

  /** How an entity is named. */
  public enum Form {
    /** "Vladimir Putin", "Putin", "Sochi" */
    NAME,
    /** "the Belarusian president", "his Russian counterpart" */
    TITLE,
    /** "the Russian and Belarusian presidents" */
    GROUP,
    /** "the two leaders", "their" */
    ANAPHOR,
    /** a place recognised by its form ("the Moscow Region") but unknown to the store */
    PATTERN,
    /** a capitalised name after "in" or "at" that the store does not know ("in Kazan") */
    UNKNOWN_NAME
  }
}
