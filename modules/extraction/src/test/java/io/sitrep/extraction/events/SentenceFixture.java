package io.sitrep.extraction.events;

import io.sitrep.extraction.lexicon.Clause;
import io.sitrep.extraction.lexicon.CueLexicon;
import io.sitrep.extraction.lexicon.Language;
import io.sitrep.extraction.lexicon.SentenceCues;
import io.sitrep.extraction.lexicon.Trigger;
import io.sitrep.extraction.lexicon.TriggerLexicon;
import io.sitrep.extraction.text.PhraseMatch;
import io.sitrep.extraction.text.Sentence;
import io.sitrep.extraction.text.SentenceSplitter;
import io.sitrep.extraction.text.TextAnalyzer;
import io.sitrep.extraction.text.TextNormalizer;
import io.sitrep.extraction.text.Tokenizer;
import java.util.List;

/** A sentence written for a stage's test, with its cue words and lexicon triggers found as the reader finds them. */
record SentenceFixture(Sentence sentence, SentenceCues cues, List<PhraseMatch<Trigger>> triggers) {

  static final TextNormalizer NORMALIZER = new TextNormalizer();
  static final Tokenizer TOKENIZER = new Tokenizer();
  private static final TextAnalyzer ANALYZER = new TextAnalyzer(NORMALIZER, TOKENIZER, new SentenceSplitter());
  private static final TriggerLexicon TRIGGERS = new TriggerLexicon(NORMALIZER, TOKENIZER);
  private static final CueLexicon CUES = new CueLexicon(NORMALIZER, TOKENIZER);

  /** The first sentence of {@code text}. */
  static SentenceFixture of(String text, Language language) {
    Sentence sentence = ANALYZER.sentences(text).get(0);
    SentenceCues cues = new SentenceCues(CUES.cues(language).findOverlapping(sentence.tokens()),
        sentence.tokens().size());
    return new SentenceFixture(sentence, cues, TRIGGERS.triggers(language).findAll(sentence.tokens()));
  }

  /** The first trigger whose lexicon phrase is {@code phrase}. */
  PhraseMatch<Trigger> trigger(String phrase) {
    return triggers.stream().filter(m -> m.value().phrase().equals(phrase)).findFirst().orElseThrow();
  }

  /** The clause that holds a trigger. */
  Clause clause(PhraseMatch<Trigger> match) {
    return Clause.around(sentence.tokens(), cues, match.start(), match.end());
  }
}
