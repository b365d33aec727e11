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
    return roles(text, language, 0);
  }

  /** The roles of the trigger of the sentence at {@code index}. */
  private Roles roles(String text, Language language, int index) {
    Sentence sentence = ANALYZER.sentences(text).get(0);
    PhraseMatch<Trigger> trigger = TRIGGERS.triggers(language).findAll(sentence.tokens()).stream()
        .filter(m -> !m.value().isStopPhrase()).toList().get(index);
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

  @Test
  void takesTheReportingSubjectWhoseReportedClauseIsItsOwnAct() {
    assertThat(roles("The Pentagon said on Friday, in a statement, that it bombed militia depots", Language.EN).agent())
        .isEqualTo("US");
  }

  @Test
  void takesTheArabicReportingSubjectWhoseReportedClauseIsItsOwnAct() {
    assertThat(roles("قال الجيش الإسرائيلي، في بيان، إنه شن غارات على مواقع في الجنوب", Language.AR).agent())
        .isEqualTo("IL");
  }

  @Test
  void takesTheReportingSubjectOfANominalTanfidh() {
    assertThat(roles("أعلنت القيادة المركزية، مساء الجمعة، تنفيذ خمس غارات على مخازن أسلحة", Language.AR).agent())
        .isEqualTo("US");
  }

  @Test
  void doesNotCarryTheReportingSubjectAcrossAClauseToAnotherAct() {
    Roles roles = roles("Hezbollah said it fired rockets at a base, in response to an airstrike on a village",
        Language.EN, 1);
    assertThat(roles.agent()).isNotEqualTo("HEZBOLLAH");
  }

  @Test
  void makesAReportingSubjectThatCountsItsOwnDeadATarget() {
    Roles english = roles("Hamas said three of its fighters were killed in an airstrike on Friday", Language.EN);
    assertThat(english.agent()).isEqualTo(Roles.UNKNOWN);
    assertThat(english.counterparts()).contains("HAMAS");
  }

  @Test
  void makesAnArabicReportingSubjectThatCountsItsOwnDeadATarget() {
    Roles arabic = roles("أعلن حزب الله مقتل ثلاثة من مقاتليه في غارة على بلدة حدودية", Language.AR);
    assertThat(arabic.agent()).isEqualTo(Roles.UNKNOWN);
    assertThat(arabic.counterparts()).contains("HEZBOLLAH");
  }

  @Test
  void neverTakesTheSourceOfAReportForTheAgent() {
    assertThat(roles("Palestinian medics said an airstrike killed four people in Rafah", Language.EN).agent())
        .isEqualTo(Roles.UNKNOWN);
  }

  @Test
  void neverTakesTheArabicSourceOfAReportForTheAgent() {
    assertThat(roles("قالت وزارة الصحة الفلسطينية إن غارة قتلت أربعة أشخاص في رفح", Language.AR).agent())
        .isEqualTo(Roles.UNKNOWN);
  }

  @Test
  void takesTheOwnerOfTheDeliveringPlatformInArabic() {
    assertThat(roles("قتل شخصان في استهداف سيارة بواسطة طائرة مسيرة إسرائيلية", Language.AR).agent())
        .isEqualTo("IL");
  }

  @Test
  void doesNotTakeTheOneKilledForTheAgent() {
    assertThat(roles("Israel killed a Hezbollah commander in an airstrike on Beirut", Language.EN).agent())
        .isEqualTo("IL");
  }

  @Test
  void doesNotTakeANameThatDescribesAnotherGroupForTheAgent() {
    assertThat(roles("An al-Qaeda linked group said it stormed an army base", Language.EN).agent())
        .isNotEqualTo("AL_QAEDA");
    assertThat(roles("Houthi militants backed by tribesmen stormed an army base", Language.EN).agent())
        .isEqualTo("HOUTHIS");
  }

  @Test
  void takesTheActorAfterLamOfTheArabicEventNounAsAgent() {
    assertThat(roles("قتل جنديان بهجوم لداعش قرب المدينة", Language.AR).agent()).isEqualTo("ISIS");
    assertThat(roles("قتل جنديان بهجوم لـ\"داعش\" قرب المدينة", Language.AR).agent()).isEqualTo("ISIS");
  }

  @Test
  void doesNotTakeAnArabicDemonymBeforeTheNounAsItsModifier() {
    assertThat(roles("سقط جرحى من الفلسطينيين بقصف على المخيم", Language.AR).agent()).isNotEqualTo("PS");
  }

  @Test
  void takesTheArabicSubjectBetweenAVerbAndTheEventNoun() {
    assertThat(roles("وقعت واشنطن اتفاقا مع الحكومة العراقية", Language.AR, 1).agent()).isEqualTo("US");
  }

  @Test
  void dropsAStateThatDescribesTheGroupAfterIt() {
    assertThat(roles("A tanker was damaged in an attack by Yemen's Houthis", Language.EN).agent())
        .isEqualTo("HOUTHIS");
  }

  @Test
  void dropsAnArabicDemonymThatDescribesTheGroupBeforeIt() {
    assertThat(roles("جماعة الحوثي اليمنية أطلقت صاروخا على سفينة تجارية", Language.AR).agent())
        .isEqualTo("HOUTHIS");
  }

  @Test
  void takesTheSubjectOfAProgressiveVerbAsAgent() {
    assertThat(roles("Ukraine said its troops were withdrawing from the town", Language.EN).agent()).isEqualTo("UA");
  }

  @Test
  void takesTheFirstOfCoordinatedPartiesAsAgent() {
    assertThat(roles("The Sudanese government and its rival RSF agreed on a ceasefire", Language.EN).agent())
        .isEqualTo("SD");
  }

  @Test
  void takesTheFirstPartyOfAHyphenatedPairAsAgent() {
    assertThat(roles("Residents returned home after the Israel-Hezbollah ceasefire", Language.EN).agent())
        .isEqualTo("IL");
  }

  @Test
  void takesTheFirstOfArabicCoordinatedPartiesAsAgent() {
    assertThat(roles("أعلنت حركة حماس والحكومة الإسرائيلية التوصل إلى اتفاق هدنة", Language.AR).agent())
        .isEqualTo("HAMAS");
  }

  @Test
  void takesTheFirstPartyAfterBetweenAsAgent() {
    Roles roles = roles("A ceasefire between Israel and Hamas took effect at dawn", Language.EN);
    assertThat(roles.agent()).isEqualTo("IL");
    assertThat(roles.counterparts()).contains("HAMAS");
  }

  @Test
  void takesTheFirstPartyAfterArabicBainaAsAgent() {
    assertThat(roles("اندلعت اشتباكات بين القوات الأفغانية وحركة طالبان في الإقليم", Language.AR).agent())
        .isEqualTo("AF");
  }

  @Test
  void doesNotTakeTheCountryLeftByAWithdrawalAsAgent() {
    assertThat(roles("بدأت القوات الأمريكية الانسحاب من أفغانستان بعد توقيع الاتفاق", Language.AR, 1).agent())
        .isEqualTo("US");
  }

  @Test
  void neverTakesCiviliansAsTheAgentOfAMissileStrike() {
    assertThat(roles("قتل أربعة أشخاص بينهم 3 مدنيين من جراء صاروخ باليستي", Language.AR).agent())
        .isEqualTo(Roles.UNKNOWN);
  }

  @Test
  void doesNotTakeTheGroupControllingTheTargetAreaAsAgent() {
    assertThat(roles("Houthi-held ports saw heavy airstrikes overnight", Language.EN).agent())
        .isEqualTo(Roles.UNKNOWN);
  }

  @Test
  void takesTheSubjectOfARelativeLaunchVerbFarAfterTheNoun() {
    assertThat(roles("دخل الهجوم للسيطرة على المدينة الذي تشنه القوات العراقية يومه الثالث", Language.AR).agent())
        .isEqualTo("IQ");
  }

  @Test
  void takesTheEarlierActorForAnArabicPossessiveSuffix() {
    assertThat(roles("وقع الحوثيون اتفاقا مع الأحزاب، وذلك بعد ساعات من سيطرتهم على المدينة", Language.AR, 1)
        .agent()).isEqualTo("HOUTHIS");
  }

  @Test
  void doesNotTakeSupportersListedAfterWithTheSupportOfAsAgent() {
    assertThat(roles("American and British forces, with the support of Canada, Denmark and the Netherlands, "
        + "conducted strikes on radar sites", Language.EN).agent()).isEqualTo("US");
  }

  @Test
  void readsRapidSupportForcesAsTheirOwnActor() {
    assertThat(roles("قالت قوات الدعم السريع إنها شنت هجوما على المدينة", Language.AR).agent()).isEqualTo("RSF");
  }

  @Test
  void readsTheSyriaSpellingOfTheSyrianDemocraticForces() {
    assertThat(roles("سيطرت قوات سورية الديمقراطية على البلدة", Language.AR).agent()).isEqualTo("SDF");
  }
}
