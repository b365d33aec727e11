package io.sitrep.extraction.events;

import static org.assertj.core.api.Assertions.assertThat;

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
import io.sitrep.model.EventType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The trigger stage on sentences written for it. */
class TriggerSelectionTest {

  private static final TextNormalizer NORMALIZER = new TextNormalizer();
  private static final Tokenizer TOKENIZER = new Tokenizer();
  private static final TextAnalyzer ANALYZER = new TextAnalyzer(NORMALIZER, TOKENIZER, new SentenceSplitter());
  private static final TriggerLexicon TRIGGERS = new TriggerLexicon(NORMALIZER, TOKENIZER);
  private static final CueLexicon CUES = new CueLexicon(NORMALIZER, TOKENIZER);

  private static List<EventType> selected(String text, Language language) {
    Sentence sentence = ANALYZER.sentences(text).get(0);
    SentenceCues cues = new SentenceCues(CUES.cues(language).findOverlapping(sentence.tokens()),
        sentence.tokens().size());
    List<PhraseMatch<Trigger>> matches = TRIGGERS.triggers(language).findAll(sentence.tokens());
    return TriggerSelection.select(matches, cues, sentence.tokens().size(), List::of).stream()
        .map(m -> m.value().type()).toList();
  }

  @Test
  void keepsATriggerThatStatesAnEvent() {
    assertThat(selected("Warplanes carried out an airstrike on Monday.", Language.EN))
        .containsExactly(EventType.AIRSTRIKE);
  }

  @Test
  void dropsStopPhrasesAndTriggersThatReferBack() {
    assertThat(selected("Air raid sirens sounded on Monday.", Language.EN)).isEmpty();
    assertThat(selected("The ministry condemned this attack.", Language.EN)).isEmpty();
    assertThat(selected("أدانت الوزارة هذا الاتفاق.", Language.AR)).isEmpty();
  }

  @Test
  void dropsATriggerWithoutTheContextItsEntryRequires() {
    assertThat(selected("The company deployed a new software update.", Language.EN)).isEmpty();
    assertThat(selected("The army deployed troops to the border.", Language.EN))
        .containsExactly(EventType.DEPLOYMENT);
  }

  @Test
  void readsAnAgreementToATruceAsTheTruceAlone() {
    assertThat(selected("The two sides agreed to a ceasefire on Monday.", Language.EN))
        .containsExactly(EventType.CEASEFIRE);
  }
}
