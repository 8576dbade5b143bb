package io.factcheck.analysis;

import java.util.Set;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Block;
import org.commonmark.node.Code;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.ParseSettings;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Reads HTML and Markdown as the text a reader sees, keeping for every character the offset it came
 * from in the text as sent, so findings point into the draft the CMS holds. Block boundaries become
 * line breaks so that sentences do not run across paragraphs.
 */
public final class MarkupStage implements Stage {

  private static final Set<String> SKIPPED_HTML = Set.of("script", "style", "template", "head");

  private static final Parser MARKDOWN =
      Parser.builder().includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES).build();

  @Override
  public Set<Layer> requires() {
    return Set.of();
  }

  @Override
  public Set<Layer> provides() {
    return Set.of(Layer.PLAIN_TEXT);
  }

  @Override
  public void annotate(AnalyzedText text) {
    String source = text.source();
    PlainBuilder plain = new PlainBuilder(source.length());
    switch (text.format()) {
      case TEXT -> {
        for (int i = 0; i < source.length(); i++) {
          plain.append(source.charAt(i), i, i + 1);
        }
      }
      case HTML -> readHtml(source, plain);
      case MARKDOWN -> readMarkdown(source, plain);
    }
    text.setPlain(plain.text(), plain.starts(source.length()), plain.ends());
  }

  private static void readHtml(String source, PlainBuilder plain) {
    org.jsoup.parser.Parser parser =
        org.jsoup.parser.Parser.htmlParser()
            .setTrackPosition(true)
            .settings(ParseSettings.preserveCase);
    org.jsoup.nodes.Document document = org.jsoup.Jsoup.parse(source, "", parser);
    NodeTraversor.traverse(
        new NodeVisitor() {
          @Override
          public void head(org.jsoup.nodes.Node node, int depth) {
            if (node instanceof TextNode textNode && !insideSkipped(textNode)) {
              int from = textNode.sourceRange().startPos();
              if (from >= 0) {
                appendDecoded(source, from, textNode.sourceRange().endPos(), plain);
              }
            } else if (node instanceof Element element && breaksLine(element)) {
              plain.separator(Math.max(0, element.sourceRange().startPos()));
            }
          }

          @Override
          public void tail(org.jsoup.nodes.Node node, int depth) {
            if (node instanceof Element element && breaksLine(element)) {
              int at = element.endSourceRange().startPos();
              plain.separator(at >= 0 ? at : Math.max(0, element.sourceRange().endPos() - 1));
            }
          }
        },
        document.body() == null ? document : document);
  }

  private static boolean insideSkipped(TextNode node) {
    for (Element parent = node.parent(); parent != null; parent = parent.parent()) {
      if (SKIPPED_HTML.contains(parent.normalName())) {
        return true;
      }
    }
    return false;
  }

  private static boolean breaksLine(Element element) {
    return element.isBlock() || element.normalName().equals("br");
  }

  /**
   * Copies the source range of an HTML text node, decoding character references one by one so each
   * decoded character keeps the offset of the reference it came from.
   */
  private static void appendDecoded(String source, int from, int to, PlainBuilder plain) {
    int i = from;
    while (i < to) {
      char c = source.charAt(i);
      if (c == '&') {
        int semi = source.indexOf(';', i);
        if (semi > i && semi < to && semi - i <= 32) {
          String decoded =
              org.jsoup.parser.Parser.unescapeEntities(source.substring(i, semi + 1), false);
          if (!decoded.equals(source.substring(i, semi + 1))) {
            for (int k = 0; k < decoded.length(); k++) {
              plain.append(decoded.charAt(k), i, semi + 1);
            }
            i = semi + 1;
            continue;
          }
        }
      }
      plain.append(c, i, i + 1);
      i++;
    }
  }

  private static void readMarkdown(String source, PlainBuilder plain) {
    int[] lineStarts = lineStarts(source);
    Node document = MARKDOWN.parse(source);
    document.accept(
        new AbstractVisitor() {
          @Override
          public void visit(Text text) {
            appendLiteral(source, lineStarts, text, text.getLiteral(), plain);
          }

          @Override
          public void visit(Code code) {
            appendLiteral(source, lineStarts, code, code.getLiteral(), plain);
          }

          @Override
          public void visit(SoftLineBreak lineBreak) {
            plain.separator(spanStart(lineStarts, lineBreak, plain.lastSource()));
          }

          @Override
          public void visit(HardLineBreak lineBreak) {
            plain.separator(spanStart(lineStarts, lineBreak, plain.lastSource()));
          }

          @Override
          protected void visitChildren(Node parent) {
            super.visitChildren(parent);
            if (parent instanceof Block) {
              plain.separator(plain.lastSource());
            }
          }
        });
  }

  /**
   * Lays the literal of an inline node over its source span: characters that match are mapped one
   * to one; escapes and character references in the source are skipped over.
   */
  private static void appendLiteral(
      String source, int[] lineStarts, Node node, String literal, PlainBuilder plain) {
    if (node.getSourceSpans().isEmpty()) {
      return;
    }
    SourceSpan first = node.getSourceSpans().get(0);
    SourceSpan last = node.getSourceSpans().get(node.getSourceSpans().size() - 1);
    int from = offset(lineStarts, first);
    int to = offset(lineStarts, last) + last.getLength();
    int at = source.indexOf(literal, from);
    if (at >= from && at + literal.length() <= to) {
      for (int k = 0; k < literal.length(); k++) {
        plain.append(literal.charAt(k), at + k, at + k + 1);
      }
      return;
    }
    int s = from;
    for (int k = 0; k < literal.length(); k++) {
      char c = literal.charAt(k);
      while (s < to
          && source.charAt(s) != c
          && (source.charAt(s) == '\\' || isSkippable(source, s))) {
        s = skip(source, s);
      }
      int mapped = Math.min(s, Math.max(from, to - 1));
      int next = s < to && source.charAt(s) == '&' ? skip(source, s) : s + 1;
      plain.append(c, mapped, Math.max(mapped + 1, Math.min(next, to)));
      if (s < to && (source.charAt(s) == c || source.charAt(s) == '&')) {
        s = next;
      }
    }
  }

  private static boolean isSkippable(String source, int at) {
    return source.charAt(at) == '&' && source.indexOf(';', at) > at;
  }

  private static int skip(String source, int at) {
    if (source.charAt(at) == '&') {
      int semi = source.indexOf(';', at);
      return semi > at ? semi + 1 : at + 1;
    }
    return at + 1;
  }

  private static int spanStart(int[] lineStarts, Node node, int fallback) {
    if (node.getSourceSpans().isEmpty()) {
      return fallback;
    }
    return offset(lineStarts, node.getSourceSpans().get(0));
  }

  private static int offset(int[] lineStarts, SourceSpan span) {
    return span.getInputIndex() >= 0
        ? span.getInputIndex()
        : lineStarts[span.getLineIndex()] + span.getColumnIndex();
  }

  private static int[] lineStarts(String source) {
    int lines = 1;
    for (int i = 0; i < source.length(); i++) {
      if (source.charAt(i) == '\n') {
        lines++;
      }
    }
    int[] starts = new int[lines];
    int line = 1;
    for (int i = 0; i < source.length(); i++) {
      if (source.charAt(i) == '\n') {
        starts[line++] = i + 1;
      }
    }
    return starts;
  }

  /** Accumulates plain text and, per character, its source offset. */
  private static final class PlainBuilder {
    private final StringBuilder text;
    private int[] starts;
    private int[] ends;
    private int size;

    PlainBuilder(int capacity) {
      text = new StringBuilder(capacity);
      starts = new int[Math.max(16, capacity + 1)];
      ends = new int[starts.length];
    }

    void append(char c, int sourceStart, int sourceEnd) {
      if (size == starts.length) {
        starts = java.util.Arrays.copyOf(starts, size * 2);
        ends = java.util.Arrays.copyOf(ends, size * 2);
      }
      text.append(c);
      starts[size] = sourceStart;
      ends[size++] = sourceEnd;
    }

    /** A line break between blocks; never two in a row, never at the start. */
    void separator(int sourceOffset) {
      if (size > 0 && text.charAt(size - 1) != '\n') {
        append('\n', sourceOffset, sourceOffset);
      }
    }

    int lastSource() {
      return size == 0 ? 0 : ends[size - 1];
    }

    String text() {
      return text.toString();
    }

    int[] starts(int sourceLength) {
      int[] map = java.util.Arrays.copyOf(starts, size + 1);
      map[size] = sourceLength;
      return map;
    }

    int[] ends() {
      return java.util.Arrays.copyOf(ends, size);
    }
  }
}
