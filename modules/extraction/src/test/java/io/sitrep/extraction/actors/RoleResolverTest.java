package io.sitrep.extraction.actors;

import static org.assertj.core.api.Assertions.assertThat;

import io.sitrep.extraction.TestGazetteer;
import io.sitrep.extraction.lexicon.CueLexicon;
import io.sitrep.extraction.lexicon.Language;
import io.sitrep.extraction.lexicon.SentenceCues;
import io.sitrep.extraction.lexicon.Trigger;
import io.sitrep.extraction.lexicon.TriggerLexicon;
import io.sitrep.extraction.places.Gazetteer;
import io.sitrep.extraction.text.PhraseMatch;
import io.sitrep.extraction.text.Sentence;
import io.sitrep.extraction.text.SentenceSplitter;
import io.sitrep.extraction.text.TextAnalyzer;
import io.sitrep.extraction.text.TextNormalizer;
import io.sitrep.extraction.text.Tokenizer;
import org.junit.jupiter.api.Test;

class RoleResolverTest {

  private static final TextNormalizer NORMALIZER = new TextNormalizer();
  private static final Tokenizer TOKENIZER = new Tokenizer();
  private static final TextAnalyzer ANALYZER = new TextAnalyzer(NORMALIZER, TOKENIZER, new SentenceSplitter());
  private static final TriggerLexicon TRIGGERS = new TriggerLexicon(NORMALIZER, TOKENIZER);
  private static final CueLexicon CUES = new CueLexicon(NORMALIZER, TOKENIZER);
  private static final ActorDictionary ACTORS = new ActorDictionary(NORMALIZER, TOKENIZER,
      new Gazetteer(NORMALIZER, TOKENIZER, TestGazetteer.DIRECTORY));
  private final RoleResolver resolver = new RoleResolver();

  /** The roles of the first trigger of the sentence. */
  private Roles roles(String text, Language language) {
    Sentence sentence = ANALYZER.sentences(text).get(0);
    PhraseMatch<Trigger> trigger = TRIGGERS.triggers(language).findAll(sentence.tokens()).get(0);
    SentenceCues cues = new SentenceCues(CUES.cues(language).findOverlapping(sentence.tokens()),
        sentence.tokens().size());
    boolean[] triggerTokens = new boolean[sentence.tokens().size()];
    for (PhraseMatch<Trigger> match : TRIGGERS.triggers(language).findAll(sentence.tokens())) {
      for (int i = match.start(); i < match.end(); i++) {
        triggerTokens[i] = true;
      }
    }
    return resolver.resolve(sentence.tokens(), trigger.value(), trigger.start(), trigger.end(), ACTORS.find(sentence),
        cues, language, triggerTokens);
  }

  @Test
  void takesTheSubjectAfterAnArabicVerb() {
    assertThat(roles("قصفت القوات التركية مواقع لحزب العمال الكردستاني", Language.AR).agent()).isEqualTo("TR");
  }

  @Test
  void leavesTheAgentUnknownWhenThePlaceWasSubjectedToStrikes() {
    assertThat(roles("تعرضت مواقع في ريف المدينة لغارات جوية", Language.AR).agent()).isEqualTo(Roles.UNKNOWN);
  }

  @Test
  void takesTheAgentAfterMinQibal() {
    assertThat(roles("تعرضت القرية لغارات من قبل الطيران الروسي", Language.AR).agent()).isEqualTo("RU");
  }

  @Test
  void takesAnAdjectivalDemonymAfterTheNounAsAgent() {
    assertThat(roles("أسفرت غارات إسرائيلية عن مقتل ثلاثة", Language.AR).agent()).isEqualTo("IL");
  }

  @Test
  void resolvesAPossessiveToTheLastAgentBeforeIt() {
    assertThat(roles("أعلن الجيش الأمريكي أن قواته شنت غارات على مواقع لداعش", Language.AR).agent()).isEqualTo("US");
  }

  @Test
  void doesNotTakeTheTargetAfterAlaAsAgent() {
    Roles roles = roles("شنت طائرات غارات على مواقع حزب الله", Language.AR);
    assertThat(roles.agent()).isEqualTo(Roles.UNKNOWN);
    assertThat(roles.counterparts()).contains("HEZBOLLAH");
  }

  @Test
  void takesTheSubjectOfALaunchVerbAfterTheNoun() {
    assertThat(roles("أدان البيان الهجوم الذي شنه تنظيم داعش على الحاجز", Language.AR).agent()).isEqualTo("ISIS");
  }

  @Test
  void takesAnEnglishModifierAsAgent() {
    assertThat(roles("Six militants were killed in a US drone strike", Language.EN).agent()).isEqualTo("US");
  }

  @Test
  void takesTheEnglishPassiveAgentAfterBy() {
    assertThat(roles("The village was shelled by Russian forces", Language.EN).agent()).isEqualTo("RU");
  }

  @Test
  void takesTheEnglishSubjectBeforeTheVerb() {
    assertThat(roles("Turkish jets struck PKK camps", Language.EN).agent()).isEqualTo("TR");
  }

  @Test
  void takesTheSubjectOfAnArabicLaunchVerbAcrossAParenthesis() {
    assertThat(roles("نفذت القوات الأمريكية، خلال الأسبوع الماضي، غارات جوية على مواقع داعش", Language.AR).agent())
        .isEqualTo("US");
  }

  @Test
  void doesNotTakeASupporterForTheAgent() {
    assertThat(roles("شنت فصائل مسلحة مدعومة من تركيا هجوما على البلدة", Language.AR).agent())
        .isNotEqualTo("TR");
    assertThat(roles("Houthi fighters backed by Yemeni troops stormed the town", Language.EN).agent())
        .isEqualTo("HOUTHIS");
  }

  @Test
  void readsAGenericGroupWordAfterANameAsPartOfTheName() {
    assertThat(roles("Taliban insurgents stormed a prison", Language.EN).agent()).isEqualTo("TALIBAN");
  }

  @Test
  void keepsAPossessiveCountryAsAgent() {
    assertThat(roles("Russia's missile strikes hit the city", Language.EN).agent()).isEqualTo("RU");
  }
}
