package io.sitrep.extraction.actors;

import io.sitrep.extraction.lexicon.Language;
import io.sitrep.extraction.lexicon.TsvResource;
import io.sitrep.extraction.lexicon.TsvRow;
import io.sitrep.extraction.places.Gazetteer;
import io.sitrep.extraction.text.PhraseIndex;
import io.sitrep.extraction.text.PhraseMatch;
import io.sitrep.extraction.text.Sentence;
import io.sitrep.extraction.text.TextNormalizer;
import io.sitrep.extraction.text.Tokenizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Actor names from {@code actors/actors.tsv} (columns: code, language, alias, home) plus every country's names and
 * demonyms from the gazetteer, so that "Turkish jets" and "القوات الأمريكية" name TR and US.
 */
public final class ActorDictionary {

  /** The code of an unnamed armed opposition, also used as a descriptor after a name. */
  private static final String GENERIC_GROUP = "REBELS";
  /** The code of a phrase that names no actor, such as a person whose surname is a demonym ("al-Sudani"). */
  private static final String NOT_AN_ACTOR = "NONE";

  private final PhraseIndex<ActorAlias> aliases;

  public ActorDictionary(TextNormalizer normalizer, Tokenizer tokenizer, Gazetteer gazetteer) {
    PhraseIndex.Builder<ActorAlias> builder = PhraseIndex.builder(normalizer, tokenizer);
    for (Gazetteer.Demonym demonym : gazetteer.demonyms()) {
      builder.add(demonym.word(), new ActorAlias(demonym.country(), demonym.word(), demonym.source(), null));
    }
    for (TsvRow row : TsvResource.read("/io/sitrep/extraction/actors/actors.tsv")) {
      if (Language.of(row.field(1)).isEmpty()) {
        throw new IllegalStateException("bad language in " + row.source());
      }
      String home = row.field(3).isEmpty() ? null : row.field(3).toUpperCase(Locale.ROOT);
      builder.add(row.field(2), new ActorAlias(row.field(0).toUpperCase(Locale.ROOT), row.field(2), row.source(), home));
    }
    this.aliases = builder.writtenFormsOnly().build();
  }

  /** The actors named in a sentence, longest names first where names overlap. */
  public List<ActorMention> find(Sentence sentence) {
    List<PhraseMatch<ActorAlias>> matches = aliases.findAll(sentence.tokens());
    // one mention per span: an alias listed twice (file and gazetteer) keeps the curated file's entry; the matches of
    // a span come together, as the index reports every value of the longest phrase at a position at once
    List<ActorMention> bySpan = new ArrayList<>();
    for (PhraseMatch<ActorAlias> match : matches) {
      ActorMention mention = new ActorMention(match.value(), match.start(), match.end());
      int last = bySpan.size() - 1;
      if (last < 0 || bySpan.get(last).start() != match.start()) {
        bySpan.add(mention);
      } else if (mention.alias().source().startsWith("actors")) {
        bySpan.set(last, mention);
      }
    }
    // "Taliban insurgents", "ISIS rebels": a generic word for armed groups right after a name describes that name
    List<ActorMention> mentions = new ArrayList<>();
    for (ActorMention mention : bySpan) {
      boolean descriptor = mention.code().equals(GENERIC_GROUP) && !mentions.isEmpty()
          && mentions.get(mentions.size() - 1).end() == mention.start();
      // a NONE phrase wins the longest match over the demonym inside it, then names nobody
      if (!descriptor && !mention.code().equals(NOT_AN_ACTOR)) {
        mentions.add(mention);
      }
    }
    return List.copyOf(mentions);
  }
}
