package io.factcheck.claim;

import io.factcheck.analysis.DateMention;
import io.factcheck.analysis.EntityMention;
import io.factcheck.analysis.Sentence;
import io.factcheck.analysis.Span;
import io.factcheck.store.model.ContactMode;
import io.factcheck.store.model.EventType;
import java.util.List;
import java.util.Set;

/**
 * A checkable statement that an event happened, with its slots as the draft states them.
 *
 * @param type what kind of event; {@link EventType#MEETING} with a null mode means "some contact"
 * @param mode how the participants were in contact, or null when the draft does not say
 * @param trigger the words that state the event ("spoke by phone", "held talks", "erupted")
 * @param participants entity ids of the participants
 * @param date the date the draft gives, or null
 * @param place the place the draft gives, or null
 * @param places every place the draft gives for the event ("at the Rzhev Memorial in the Tver
 *     Region"), the first being {@code place}
 * @param outbreak true when the draft says fighting began ("broke out", "resumed")
 * @param objectWords capitalised words naming what was attended or registered ("Victory Parade")
 */
public record Claim(
    Sentence sentence,
    EventType type,
    ContactMode mode,
    Span trigger,
    Set<String> participants,
    List<EntityMention> participantMentions,
    DateMention date,
    EntityMention place,
    List<EntityMention> places,
    boolean outbreak,
    Set<String> objectWords) {

  /** The same claim about another date (or none). */
  public Claim withDate(DateMention other) {
    return new Claim(
        sentence,
        type,
        mode,
        trigger,
        participants,
        participantMentions,
        other,
        place,
        places,
        outbreak,
        objectWords);
  }

  public boolean isContact() {
    return type == EventType.MEETING
        || type == EventType.PHONE_CALL
        || type == EventType.VISIT
        || type == EventType.TELEGRAM;
  }
}
