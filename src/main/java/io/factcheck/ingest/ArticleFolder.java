package io.factcheck.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.stream.Stream;

/**
 * The articles of a folder (and its subfolders), read one at a time so a corpus of any size never
 * sits in memory:
 *
 * <ul>
 *   <li>{@code *.txt}: the article's text. It may start with a header of {@code Title:}, {@code
 *       Source:}, {@code URL:} and {@code Published:} lines ended by a blank line, or have a
 *       sidecar {@code <name>.json} with {@code title}, {@code source}, {@code url}, {@code
 *       published}.
 *   <li>{@code *.jsonl}: one article per line, {@code {"text","title","source","url","published"}}.
 * </ul>
 *
 * Files are visited in path order, so keys and the checkpoint are the same from run to run.
 */
public final class ArticleFolder {

  private static final List<String> HEADER_FIELDS = List.of("title", "source", "url", "published");

  private final Path root;
  private final ObjectMapper json = new ObjectMapper();

  public ArticleFolder(Path root) {
    this.root = root;
  }

  /** The article files, in path order (their names only, never their contents). */
  List<Path> files() throws IOException {
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(Files::isRegularFile)
          .filter(p -> name(p).endsWith(".txt") || name(p).endsWith(".jsonl"))
          .filter(p -> !name(p).startsWith("."))
          .sorted()
          .toList();
    }
  }

  /** How many articles there are, counted without keeping any. */
  public long count() throws IOException {
    long count = 0;
    for (Path file : files()) {
      if (name(file).endsWith(".txt")) {
        count++;
      } else {
        try (Stream<String> lines = Files.lines(file, StandardCharsets.UTF_8)) {
          count += lines.filter(line -> !line.isBlank()).count();
        }
      }
    }
    return count;
  }

  /** The articles, read lazily; the caller closes it. */
  public Articles articles() throws IOException {
    return new Articles(files().iterator());
  }

  /** A lazy sequence of articles that holds at most one open file. */
  public final class Articles implements Iterator<Article>, AutoCloseable {

    private final Iterator<Path> files;
    private BufferedReader lines;
    private Path linesFile;
    private int lineNumber;
    private Article next;

    private Articles(Iterator<Path> files) {
      this.files = files;
    }

    @Override
    public boolean hasNext() {
      if (next == null) {
        try {
          next = advance();
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
      return next != null;
    }

    @Override
    public Article next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      Article article = next;
      next = null;
      return article;
    }

    @Override
    public void close() throws IOException {
      if (lines != null) {
        lines.close();
      }
    }

    private Article advance() throws IOException {
      while (true) {
        if (lines != null) {
          String line;
          while ((line = lines.readLine()) != null) {
            lineNumber++;
            if (!line.isBlank()) {
              return fromJsonLine(key(linesFile) + ":" + lineNumber, line);
            }
          }
          lines.close();
          lines = null;
        }
        if (!files.hasNext()) {
          return null;
        }
        Path file = files.next();
        if (name(file).endsWith(".jsonl")) {
          lines = Files.newBufferedReader(file, StandardCharsets.UTF_8);
          linesFile = file;
          lineNumber = 0;
        } else {
          return fromText(file);
        }
      }
    }
  }

  private Article fromJsonLine(String key, String line) {
    try {
      JsonNode node = json.readTree(line);
      if (!node.isObject()) {
        return Article.unreadable(key, "the line is not a JSON object");
      }
      JsonNode text = node.get("text");
      if (text == null || !text.isTextual()) {
        return Article.unreadable(key, "the line has no \"text\" string");
      }
      return new Article(
          key,
          string(node, "title"),
          string(node, "source"),
          string(node, "url"),
          string(node, "published"),
          text.asText(),
          null);
    } catch (IOException e) {
      return Article.unreadable(key, "the line is not well-formed JSON");
    }
  }

  private Article fromText(Path file) throws IOException {
    String key = key(file);
    String content = Files.readString(file, StandardCharsets.UTF_8);
    java.util.Map<String, String> fields = new java.util.HashMap<>();
    Path sidecar =
        file.resolveSibling(
            name(file).substring(0, name(file).length() - ".txt".length()) + ".json");
    if (Files.isRegularFile(sidecar)) {
      try {
        JsonNode node = json.readTree(sidecar.toFile());
        for (String field : HEADER_FIELDS) {
          if (string(node, field) != null) {
            fields.put(field, string(node, field));
          }
        }
      } catch (IOException e) {
        return Article.unreadable(key, "its sidecar " + name(sidecar) + " is not well-formed JSON");
      }
    }
    String text = content;
    int headerEnd = headerEnd(content);
    if (headerEnd > 0) {
      for (String line : content.substring(0, headerEnd).split("\\R")) {
        int colon = line.indexOf(':');
        if (colon > 0) {
          fields.putIfAbsent(
              line.substring(0, colon).strip().toLowerCase(java.util.Locale.ROOT),
              line.substring(colon + 1).strip());
        }
      }
      text = content.substring(headerEnd).replaceFirst("^\\R\\R?", "");
    }
    return new Article(
        key,
        fields.get("title"),
        fields.get("source"),
        fields.get("url"),
        fields.get("published"),
        text,
        null);
  }

  /**
   * The end of the header block (just before the blank line that ends it), or 0 when the file does
   * not start with one: every line before the first blank line must be a known {@code Field:}.
   */
  private static int headerEnd(String content) {
    int position = 0;
    int lines = 0;
    while (position < content.length()) {
      int lineEnd = content.indexOf('\n', position);
      if (lineEnd < 0) {
        return 0;
      }
      String line = content.substring(position, lineEnd).strip();
      if (line.isEmpty()) {
        return lines > 0 ? position : 0;
      }
      int colon = line.indexOf(':');
      if (colon <= 0
          || !HEADER_FIELDS.contains(
              line.substring(0, colon).strip().toLowerCase(java.util.Locale.ROOT))) {
        return 0;
      }
      lines++;
      position = lineEnd + 1;
    }
    return 0;
  }

  private String key(Path file) {
    return root.relativize(file).toString().replace('\\', '/');
  }

  private static String string(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() ? null : value.asText();
  }

  private static String name(Path path) {
    return path.getFileName().toString();
  }
}
