package io.factcheck.claim;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.factcheck.store.model.ContactMode;
import io.factcheck.store.model.EventType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The event rules of {@code lang/en/events.yaml}: which words state which event, and which
 * dependency relations give its slots. This class only holds and loads them; {@link RuleReader}
 * applies them to parsed sentences.
 */
public record EventRules(Cues cues, List<Rule> rules) {

  static final String RESOURCE = "/lang/en/events.yaml";

  public EventRules {
    rules = List.copyOf(rules);
  }

  /** Words and relations that make a trigger state no fact; see the file's comments. */
  public record Cues(
      Set<String> negation,
      Set<String> modals,
      Set<String> unrealised,
      Set<String> unrealisedModifiers,
      Set<String> unrealisedRelations,
      Set<String> reportedOnly,
      Set<String> hedges,
      Set<String> conditionals) {}

  /**
   * A dependent that must (in {@code with}) or must not (in {@code unless}) come with a trigger.
   */
  public record Dependent(List<String> relations, Set<String> lemmas) {

    public Dependent {
      relations = relations == null ? List.of() : List.copyOf(relations);
      lemmas = lemmas == null ? Set.of() : Set.copyOf(lemmas);
    }
  }

  /** How a rule's trigger is written: as a verb or as a noun. */
  public enum PartOfSpeech {
    verb,
    noun
  }

  /** Whom a rule's participants stand for: themselves, or the countries of the people named. */
  public enum ParticipantsAs {
    self,
    country
  }

  /**
   * One rule.
   *
   * @param lemmas the trigger's lemmas
   * @param with the dependent that completes a multi-word trigger ("talks" of "hold talks")
   * @param unless dependents that make the trigger something else ("called on")
   * @param participants relations giving participants, looked for on every word of the frame
   * @param hosts relations giving the host of a visit (a country or person visited)
   * @param places relations giving the event's place
   * @param needsPlace true for an event that is no event without a place ("visited the battle
   *     group" is no visit to a place)
   * @param requiresFrame for a noun trigger: the verbs whose object it must be to state a fact
   *     ("paid a visit"), where others ("postponed a visit") or none ("since his visit") do not
   * @param examples sentences with what they must (or must not) give
   */
  public record Rule(
      String id,
      EventType type,
      ContactMode mode,
      PartOfSpeech pos,
      Set<String> lemmas,
      Dependent with,
      Dependent unless,
      List<String> participants,
      List<String> hosts,
      List<String> places,
      int minParticipants,
      boolean needsPlace,
      ParticipantsAs participantsAs,
      Set<String> requiresFrame,
      List<Example> examples) {

    public Rule {
      lemmas = Set.copyOf(lemmas);
      participants = participants == null ? List.of() : List.copyOf(participants);
      hosts = hosts == null ? List.of() : List.copyOf(hosts);
      places = places == null ? List.of() : List.copyOf(places);
      participantsAs = participantsAs == null ? ParticipantsAs.self : participantsAs;
      requiresFrame = requiresFrame == null ? Set.of() : Set.copyOf(requiresFrame);
      examples = examples == null ? List.of() : List.copyOf(examples);
    }
  }

  /**
   * An example sentence of a rule, read as a one-sentence article.
   *
   * @param published the story's date, for relative days
   * @param expect the event it must give: participants (names), date, place
   * @param none true when it must give no event of the rule's type
   */
  public record Example(String text, String published, Map<String, Object> expect, boolean none) {}

  /** The rules the project ships. */
  public static EventRules load() {
    try (InputStream in = EventRules.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing");
      }
      return new ObjectMapper(new YAMLFactory())
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .readValue(in, EventRules.class);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }
}
