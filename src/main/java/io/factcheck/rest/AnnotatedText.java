package io.factcheck.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.factcheck.store.InvalidFieldException;

/**
 * LanguageTool's {@code data} parameter: text parts to check and markup parts read as their {@code
 * interpretAs}. Offsets reported to LanguageTool clients count the original, the concatenation of
 * every {@code text} and {@code markup} part, so the checked text keeps a map back to it.
 *
 * @param checked the text the checker reads (text parts, and markup as {@code interpretAs})
 * @param original the text the client's offsets count (text and markup parts as sent)
 * @param toOriginal for each offset {@code 0..checked.length()} of {@code checked}, the offset in
 *     {@code original}
 */
record AnnotatedText(String checked, String original, int[] toOriginal) {

  static AnnotatedText plain(String text) {
    int[] map = new int[text.length() + 1];
    for (int i = 0; i < map.length; i++) {
      map[i] = i;
    }
    return new AnnotatedText(text, text, map);
  }

  /** Reads {@code data}; anything but LanguageTool's annotation object is a 400 on {@code data}. */
  static AnnotatedText parse(String data, ObjectMapper json) {
    JsonNode root;
    try {
      root = json.readTree(data);
    } catch (JsonProcessingException e) {
      throw new InvalidFieldException(
          "data", "is not JSON: " + e.getOriginalMessage().lines().findFirst().orElse(""));
    }
    JsonNode parts = root == null ? null : root.get("annotation");
    if (parts == null || !parts.isArray()) {
      throw new InvalidFieldException("data", "must be an object with an \"annotation\" array");
    }
    StringBuilder checked = new StringBuilder();
    StringBuilder original = new StringBuilder();
    IntList map = new IntList();
    for (int i = 0; i < parts.size(); i++) {
      JsonNode part = parts.get(i);
      String field = "data.annotation[" + i + "]";
      JsonNode text = part.get("text");
      JsonNode markup = part.get("markup");
      if ((text == null) == (markup == null)) {
        throw new InvalidFieldException(field, "must have either \"text\" or \"markup\"");
      }
      if (text != null) {
        if (!text.isTextual()) {
          throw new InvalidFieldException(field + ".text", "must be a string");
        }
        for (int c = 0; c < text.textValue().length(); c++) {
          map.add(original.length() + c);
        }
        checked.append(text.textValue());
        original.append(text.textValue());
      } else {
        JsonNode interpretAs = part.get("interpretAs");
        if (!markup.isTextual() || (interpretAs != null && !interpretAs.isTextual())) {
          throw new InvalidFieldException(field, "markup and interpretAs must be strings");
        }
        String read = interpretAs == null ? "" : interpretAs.textValue();
        // Every character read in place of markup stands for the markup as a whole.
        for (int c = 0; c < read.length(); c++) {
          map.add(original.length());
        }
        checked.append(read);
        original.append(markup.textValue());
      }
    }
    map.add(original.length());
    return new AnnotatedText(checked.toString(), original.toString(), map.toArray());
  }

  /** The original offset where a span starting at checked offset {@code start} starts. */
  int originalStart(int start) {
    return toOriginal[start];
  }

  /** The original offset where a span ending at checked offset {@code end} ends. */
  int originalEnd(int end) {
    if (end == 0) {
      return toOriginal[0];
    }
    // Just after the last character covered, so markup that follows stays outside the span.
    return toOriginal[end - 1] + 1;
  }

  private static final class IntList {
    private int[] values = new int[64];
    private int size;

    void add(int value) {
      if (size == values.length) {
        values = java.util.Arrays.copyOf(values, size * 2);
      }
      values[size++] = value;
    }

    int[] toArray() {
      return java.util.Arrays.copyOf(values, size);
    }
  }
}
