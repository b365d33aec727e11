package io.sitrep.extraction.factuality;

import static org.assertj.core.api.Assertions.assertThat;

import io.sitrep.extraction.lexicon.CueLexicon;
import io.sitrep.extraction.lexicon.Language;
import io.sitrep.extraction.lexicon.SentenceCues;
import io.sitrep.extraction.lexicon.Trigger;
import io.sitrep.extraction.lexicon.TriggerLexicon;
import io.sitrep.extraction.text.PhraseMatch;
import io.sitrep.extraction.text.TextNormalizer;
import io.sitrep.extraction.text.Token;
import io.sitrep.extraction.text.Tokenizer;
import io.sitrep.model.Factuality;
import java.util.List;
import org.junit.jupiter.api.Test;

class FactualityClassifierTest {

  private static final TextNormalizer NORMALIZER = new TextNormalizer();
  private static final Tokenizer TOKENIZER = new Tokenizer();
  private static final TriggerLexicon TRIGGERS = new TriggerLexicon(NORMALIZER, TOKENIZER);
  private static final CueLexicon CUES = new CueLexicon(NORMALIZER, TOKENIZER);
  private static final FactualityClassifier CLASSIFIER = new FactualityClassifier(NORMALIZER, TOKENIZER);

  /** The factuality of the first trigger of the sentence. */
  private static Factuality judge(String text, Language language) {
    List<Token> tokens = TOKENIZER.tokenize(NORMALIZER.normalize(text));
    PhraseMatch<Trigger> trigger = TRIGGERS.triggers(language).findAll(tokens).stream()
        .filter(m -> !m.value().isStopPhrase()).findFirst().orElseThrow();
    SentenceCues cues = new SentenceCues(CUES.cues(language).findOverlapping(tokens), tokens.size());
    return CLASSIFIER.judge(tokens, trigger.start(), trigger.end(), CLASSIFIER.cues(tokens, language), cues, language,
        trigger.value().voice() != Trigger.Voice.NOUN).factuality();
  }

  @Test
  void marksConditionalWithdrawalHypothetical() {
    assertThat(judge("وفي حال انسحاب القوات الأجنبية من البلاد ستنهار الهدنة", Language.AR))
        .isEqualTo(Factuality.HYPOTHETICAL);
    assertThat(judge("If the troops withdraw, the militias will return", Language.EN)).isEqualTo(Factuality.HYPOTHETICAL);
  }

  @Test
  void marksAFuturePrefixedVerbPlanned() {
    assertThat(judge("قال الوزير إن الجيش سينشر قوات إضافية على الحدود", Language.AR)).isEqualTo(Factuality.PLANNED);
  }

  @Test
  void marksFutureAfterTheTriggerPlanned() {
    assertThat(judge("وأضاف أن انسحاب القوات من القاعدة سيكون على مراحل", Language.AR)).isEqualTo(Factuality.PLANNED);
  }

  @Test
  void marksSawfaPlanned() {
    assertThat(judge("سوف تنسحب القوات الأجنبية من البلاد", Language.AR)).isEqualTo(Factuality.PLANNED);
  }

  @Test
  void marksNextMonthPlanned() {
    assertThat(judge("من المقرر أن يبدأ انسحاب القوات الشهر المقبل", Language.AR)).isEqualTo(Factuality.PLANNED);
  }

  @Test
  void marksLamNegated() {
    assertThat(judge("لم تشن الطائرات أي غارات على المدينة", Language.AR)).isEqualTo(Factuality.NEGATED);
  }

  @Test
  void marksADenialNegated() {
    assertThat(judge("نفى الجيش تنفيذ أي غارات على المخيم", Language.AR)).isEqualTo(Factuality.NEGATED);
    assertThat(judge("The ministry denied that its jets carried out airstrikes", Language.EN))
        .isEqualTo(Factuality.NEGATED);
  }

  @Test
  void marksADemandHypothetical() {
    assertThat(judge("طالبت الحكومة بانسحاب القوات الأجنبية", Language.AR)).isEqualTo(Factuality.HYPOTHETICAL);
    assertThat(judge("The council called for a ceasefire", Language.EN)).isEqualTo(Factuality.HYPOTHETICAL);
  }

  @Test
  void marksWillPlannedAndDecidedToWithdrawPlanned() {
    assertThat(judge("The army will deploy troops to the border", Language.EN)).isEqualTo(Factuality.PLANNED);
    assertThat(judge("The government decided to withdraw its troops", Language.EN)).isEqualTo(Factuality.PLANNED);
  }

  @Test
  void keepsAnAgreedCeasefireFactual() {
    assertThat(judge("Both sides agreed to a ceasefire on Sunday", Language.EN)).isEqualTo(Factuality.FACTUAL);
  }

  @Test
  void keepsACueInAnotherClauseFromTheTrigger() {
    assertThat(judge("لم يعلق الجيش على التقارير، لكن غارات استهدفت المدينة", Language.AR))
        .isEqualTo(Factuality.FACTUAL);
  }

  @Test
  void keepsPlainReportsFactual() {
    assertThat(judge("شنت طائرات حربية غارات على مواقع في المدينة", Language.AR)).isEqualTo(Factuality.FACTUAL);
    assertThat(judge("Warplanes carried out airstrikes on the town", Language.EN)).isEqualTo(Factuality.FACTUAL);
  }

  @Test
  void doesNotTakeANounStartingWithSinForAFutureVerb() {
    assertThat(judge("انفجرت سيارة مفخخة قرب سيارات الشرطة", Language.AR)).isEqualTo(Factuality.FACTUAL);
  }
}
