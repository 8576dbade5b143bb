package io.factcheck.ingest;

import io.factcheck.analysis.AnalyzedText;
import io.factcheck.analysis.CountryGazetteer;
import io.factcheck.analysis.EntityMention;
import io.factcheck.analysis.SentenceParse;
import io.factcheck.analysis.Span;
import io.factcheck.store.model.EntityKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * People the named-entity model finds that neither the store nor {@link NameFinder}'s titled names
 * know ("the Amir of Qatar Sheikh Tamim Bin Hamad Al Thani received ..."): each run of PERSON words
 * is a person, with the country and office of a title right before it. Forms of address and the
 * shorter names of a person are sorted out afterwards by {@link ArticleAliases}.
 */
final class ParsedNames {

  private ParsedNames() {}

  static List<NameFinder.Found> find(
      AnalyzedText text, List<NameFinder.Found> alreadyFound, CountryGazetteer gazetteer) {
    Map<String, NameFinder.Found> out = new LinkedHashMap<>();
    for (SentenceParse parse : text.parses()) {
      List<SentenceParse.Word> words = parse.words();
      int i = 0;
      while (i < words.size()) {
        if (!words.get(i).ner().equals("PERSON")) {
          i++;
          continue;
        }
        int last = i;
        while (last + 1 < words.size() && words.get(last + 1).ner().equals("PERSON")) {
          last++;
        }
        Span span = new Span(words.get(i).span().start(), words.get(last).span().end());
        i = last + 1;
        String name = NameWords.joined(text.text(span));
        if (!startsWithCapital(name) || known(text, span) || named(alreadyFound, name)) {
          continue;
        }
        Optional<NameFinder.Title> title =
            NameFinder.titleBefore(text.plain(), span.start(), gazetteer);
        out.putIfAbsent(
            name,
            new NameFinder.Found(
                name,
                EntityKind.PERSON,
                title.map(NameFinder.Title::country).orElse(null),
                title.map(NameFinder.Title::role).stream().filter(r -> r != null).toList(),
                NameWords.surnameAlias(name)));
      }
    }
    return new ArrayList<>(out.values());
  }

  private static boolean startsWithCapital(String name) {
    return !name.isEmpty() && Character.isUpperCase(name.codePointAt(0)) && name.length() > 1;
  }

  /** True where the pipeline already knows an entity in these words. */
  private static boolean known(AnalyzedText text, Span span) {
    for (EntityMention m : text.entities()) {
      if (m.span().overlaps(span) && !m.ids().isEmpty()) {
        return true;
      }
    }
    return false;
  }

  private static boolean named(List<NameFinder.Found> found, String name) {
    for (NameFinder.Found f : found) {
      if (f.name().equals(name) || f.aliases().contains(name) || f.name().contains(name)) {
        return true;
      }
    }
    return false;
  }
}
