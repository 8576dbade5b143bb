package io.factcheck.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.factcheck.analysis.TextFormat;
import io.factcheck.api.LanguageToolApi;
import io.factcheck.api.model.FindingKind;
import io.factcheck.api.model.LanguageToolCategory;
import io.factcheck.api.model.LanguageToolContext;
import io.factcheck.api.model.LanguageToolDetectedLanguage;
import io.factcheck.api.model.LanguageToolFactcheck;
import io.factcheck.api.model.LanguageToolLanguage;
import io.factcheck.api.model.LanguageToolMatch;
import io.factcheck.api.model.LanguageToolReplacement;
import io.factcheck.api.model.LanguageToolResponse;
import io.factcheck.api.model.LanguageToolRule;
import io.factcheck.api.model.LanguageToolSoftware;
import io.factcheck.api.model.LanguageToolWarnings;
import io.factcheck.store.InvalidFieldException;
import io.factcheck.verify.CheckService;
import io.factcheck.verify.Draft;
import io.factcheck.verify.Finding;
import io.factcheck.verify.Verdict;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import java.text.BreakIterator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * {@code POST /v2/check}: the check in LanguageTool's shape, so that LanguageTool clients and
 * editor add-ons show this service's findings. The mapping is documented in openapi.yaml.
 */
public class LanguageToolResource implements LanguageToolApi {

  static final int MAX_TEXT = 200_000;
  private static final int CONTEXT_CHARS = 40;
  private static final Pattern ENGLISH = Pattern.compile("(?i)auto|en(-[a-z]{2,3})?");
  private static final Pattern PARTIAL_DATE = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");

  @Inject CheckService checks;
  @Inject ObjectMapper json;

  @Override
  public Response languageToolCheck(
      String language, String text, String data, String published, String verdicts) {
    if (language == null || language.isBlank()) {
      throw new InvalidFieldException("language", "is required (auto, en or en-XX)");
    }
    if (!ENGLISH.matcher(language).matches()) {
      throw new InvalidFieldException(
          "language", "must be auto, en or en-XX: this service checks English drafts");
    }
    if ((text == null) == (data == null)) {
      throw new InvalidFieldException("text", "or data is required, but not both");
    }
    if (published != null && !PARTIAL_DATE.matcher(published).matches()) {
      throw new InvalidFieldException(
          "published", "must be an ISO 8601 date such as 2023-03-14, 2020-11 or 2021");
    }
    RequestDates.parse(published, "published");
    Set<Verdict> reported = reportedVerdicts(verdicts);
    AnnotatedText draft =
        text != null ? AnnotatedText.plain(text) : AnnotatedText.parse(data, json);
    if (draft.checked().length() > MAX_TEXT) {
      throw new InvalidFieldException(
          text != null ? "text" : "data", "is longer than " + MAX_TEXT + " characters");
    }
    List<Finding> findings =
        draft.checked().isBlank()
            ? List.of()
            : checks.check(new Draft(draft.checked(), TextFormat.TEXT, published));
    List<LanguageToolMatch> matches =
        findings.stream()
            .filter(f -> reported.contains(f.verdict()))
            .map(f -> match(f, draft))
            .toList();
    String code = language.equalsIgnoreCase("auto") ? "en-US" : language;
    LanguageToolResponse response =
        new LanguageToolResponse()
            .software(
                new LanguageToolSoftware()
                    .name("factcheck")
                    .version(version())
                    .buildDate("")
                    .apiVersion(1)
                    .status("")
                    .premium(false))
            .warnings(new LanguageToolWarnings().incompleteResults(false))
            .language(
                new LanguageToolLanguage()
                    .name("English")
                    .code(code)
                    .detectedLanguage(
                        new LanguageToolDetectedLanguage()
                            .name("English")
                            .code(code)
                            .confidence(1.0)))
            .matches(matches);
    return Response.ok(response).build();
  }

  private static Set<Verdict> reportedVerdicts(String verdicts) {
    if (verdicts == null || verdicts.isBlank()) {
      return EnumSet.of(Verdict.CONTRADICTED);
    }
    Set<Verdict> reported = EnumSet.noneOf(Verdict.class);
    for (String name : verdicts.split(",")) {
      try {
        reported.add(Verdict.valueOf(name.strip().toUpperCase(Locale.ROOT)));
      } catch (IllegalArgumentException e) {
        throw new InvalidFieldException(
            "verdicts", "must list CONTRADICTED, UNVERIFIED or SUPPORTED, not " + name.strip());
      }
    }
    return reported;
  }

  private static LanguageToolMatch match(Finding finding, AnnotatedText draft) {
    String original = draft.original();
    int offset = draft.originalStart(finding.start());
    int end = Math.max(offset, draft.originalEnd(finding.end()));
    int contextStart = Math.max(0, offset - CONTEXT_CHARS);
    int contextEnd = Math.min(original.length(), end + CONTEXT_CHARS);
    String message = finding.message();
    if (!finding.evidence().isEmpty()) {
      message += " Source: \u201c" + finding.evidence().get(0).quote() + "\u201d";
    }
    return new LanguageToolMatch()
        .message(message)
        .shortMessage(shortMessage(finding))
        .offset(offset)
        .length(end - offset)
        .replacements(
            finding.suggestion() == null || finding.verdict() != Verdict.CONTRADICTED
                ? List.of()
                : List.of(new LanguageToolReplacement().value(finding.suggestion())))
        .context(
            new LanguageToolContext()
                .text(original.substring(contextStart, contextEnd))
                .offset(offset - contextStart)
                .length(end - offset))
        .sentence(sentence(draft.checked(), finding.start()))
        .rule(rule(finding))
        .factcheck(
            new LanguageToolFactcheck()
                .verdict(io.factcheck.api.model.Verdict.fromValue(finding.verdict().name()))
                .kind(FindingKind.fromValue(finding.kind().name()))
                .evidence(FindingMapper.toApi(finding).getEvidence()));
  }

  private static String shortMessage(Finding finding) {
    String slot = finding.kind().name().toLowerCase(Locale.ROOT);
    return switch (finding.verdict()) {
      case CONTRADICTED -> "Contradicted " + slot;
      case UNVERIFIED -> "Unverified " + slot;
      case SUPPORTED -> "Supported " + slot;
    };
  }

  private static LanguageToolRule rule(Finding finding) {
    String kind = finding.kind().name();
    String slot = kind.toLowerCase(Locale.ROOT);
    return switch (finding.verdict()) {
      case CONTRADICTED ->
          new LanguageToolRule()
              .id("FACTCHECK_" + kind)
              .description("A " + slot + " the newsroom's archive contradicts")
              .issueType("inconsistency")
              .category(
                  new LanguageToolCategory()
                      .id("FACTCHECK_CONTRADICTED")
                      .name("Contradicted by the archive"));
      case UNVERIFIED ->
          new LanguageToolRule()
              .id("FACTCHECK_" + kind + "_UNVERIFIED")
              .description("A " + slot + " the newsroom's archive cannot confirm")
              .issueType("other")
              .category(
                  new LanguageToolCategory().id("FACTCHECK_UNVERIFIED").name("Not in the archive"));
      case SUPPORTED ->
          new LanguageToolRule()
              .id("FACTCHECK_" + kind + "_SUPPORTED")
              .description("A " + slot + " the newsroom's archive confirms")
              .issueType("other")
              .category(
                  new LanguageToolCategory()
                      .id("FACTCHECK_SUPPORTED")
                      .name("Confirmed by the archive"));
    };
  }

  /** The sentence of {@code text} around {@code offset}, as LanguageTool's {@code sentence}. */
  private static String sentence(String text, int offset) {
    BreakIterator sentences = BreakIterator.getSentenceInstance(Locale.ENGLISH);
    sentences.setText(text);
    int end = sentences.following(Math.min(offset, Math.max(0, text.length() - 1)));
    int start = sentences.previous();
    if (end == BreakIterator.DONE) {
      end = text.length();
    }
    if (start == BreakIterator.DONE) {
      start = 0;
    }
    return text.substring(start, end).strip();
  }

  private static String version() {
    String version = LanguageToolResource.class.getPackage().getImplementationVersion();
    return version == null ? "0.1.0" : version;
  }
}
