package io.factcheck.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.StringTokenizer;

/**
 * The words of a name as written: "Sheikh Tamim" is two words, "Al-Sissi" one word of two parts.
 */
final class NameWords {

  private NameWords() {}

  /** The name's words, split at white space. */
  static List<String> of(String name) {
    return tokens(name, " \t\n\r\u00a0");
  }

  /** The name's words and the parts of hyphenated ones: "al-Sissi" is "al", "Sissi". */
  static List<String> parts(String name) {
    return tokens(name, " \t\n\r\u00a0-");
  }

  /** The name with its words one space apart. */
  static String joined(String name) {
    return String.join(" ", of(name));
  }

  /** A person's surname as the alias a new person gets: none for a one-word name. */
  static List<String> surnameAlias(String name) {
    List<String> words = of(name);
    return words.size() > 1 ? List.of(words.get(words.size() - 1)) : List.of();
  }

  private static List<String> tokens(String text, String separators) {
    List<String> words = new ArrayList<>();
    StringTokenizer tokens = new StringTokenizer(text, separators);
    while (tokens.hasMoreTokens()) {
      words.add(tokens.nextToken());
    }
    return words;
  }
}
