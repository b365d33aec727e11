package io.sitrep.extraction.lexicon;

import io.sitrep.extraction.text.PhraseIndex;
import io.sitrep.extraction.text.TextNormalizer;
import io.sitrep.extraction.text.Tokenizer;
import io.sitrep.model.EventType;
import io.sitrep.model.Platform;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The event triggers of each language, read from {@code lexicon/<lang>.tsv}
 * (columns: phrase, type, platform, voice, weight, requires). Type NONE marks a stop phrase ("attack helicopter",
 * "Battle of"), which wins over the shorter trigger inside it and yields no event.
 */
public final class TriggerLexicon {

  private static final String DIRECTORY = "/io/sitrep/extraction/lexicon/";

  private final Map<Language, PhraseIndex<Trigger>> indexes = new EnumMap<>(Language.class);

  public TriggerLexicon(TextNormalizer normalizer, Tokenizer tokenizer) {
    for (Language language : Language.values()) {
      PhraseIndex.Builder<Trigger> builder = PhraseIndex.builder(normalizer, tokenizer);
      for (TsvRow row : TsvResource.read(DIRECTORY + language.code() + ".tsv")) {
        builder.add(row.field(0), parse(row));
      }
      indexes.put(language, builder.build());
    }
  }

  /** The trigger index of a language. */
  public PhraseIndex<Trigger> triggers(Language language) {
    return indexes.get(language);
  }

  private static Trigger parse(TsvRow row) {
    try {
      String typeName = row.field(1).toUpperCase(Locale.ROOT);
      EventType type = typeName.equals("NONE") ? null : EventType.valueOf(typeName);
      Platform platform = row.field(2).isEmpty() ? null : Platform.valueOf(row.field(2).toUpperCase(Locale.ROOT));
      Trigger.Voice voice = row.field(3).isEmpty() ? Trigger.Voice.NOUN
          : Trigger.Voice.valueOf(row.field(3).toUpperCase(Locale.ROOT));
      double weight = row.field(4).isEmpty() ? 0.7 : Double.parseDouble(row.field(4));
      CueClass requires = row.field(5).isEmpty() ? null : CueClass.valueOf(row.field(5).toUpperCase(Locale.ROOT));
      return new Trigger(row.source(), row.field(0), type, platform, voice, requires, weight);
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException("bad lexicon row " + row.source() + ": " + e.getMessage(), e);
    }
  }
}
