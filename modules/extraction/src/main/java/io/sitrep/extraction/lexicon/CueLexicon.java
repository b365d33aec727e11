package io.sitrep.extraction.lexicon;

import io.sitrep.extraction.text.PhraseIndex;
import io.sitrep.extraction.text.TextNormalizer;
import io.sitrep.extraction.text.Tokenizer;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/** Context words by class and language, read from {@code lexicon/cues.tsv} (columns: language, class, phrase). */
public final class CueLexicon {

  private final Map<Language, PhraseIndex<CueClass>> indexes = new EnumMap<>(Language.class);

  public CueLexicon(TextNormalizer normalizer, Tokenizer tokenizer) {
    Map<Language, PhraseIndex.Builder<CueClass>> builders = new EnumMap<>(Language.class);
    for (Language language : Language.values()) {
      builders.put(language, PhraseIndex.builder(normalizer, tokenizer));
    }
    for (TsvRow row : TsvResource.read("/io/sitrep/extraction/lexicon/cues.tsv")) {
      Language language = Language.of(row.field(0))
          .orElseThrow(() -> new IllegalStateException("bad language in " + row.source()));
      CueClass cueClass;
      try {
        cueClass = CueClass.valueOf(row.field(1).toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new IllegalStateException("bad cue class in " + row.source(), e);
      }
      builders.get(language).add(row.field(2), cueClass);
    }
    builders.forEach((language, builder) -> indexes.put(language, builder.build()));
  }

  /** The cue index of a language; overlapping matches are wanted, since one word may be cue of several classes. */
  public PhraseIndex<CueClass> cues(Language language) {
    return indexes.get(language);
  }
}
