package io.sitrep.extraction.quantities;

import static org.assertj.core.api.Assertions.assertThat;

import io.sitrep.extraction.lexicon.Language;
import io.sitrep.extraction.text.TextNormalizer;
import io.sitrep.extraction.text.Token;
import io.sitrep.extraction.text.Tokenizer;
import io.sitrep.model.CountQualifier;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuantityReaderTest {

  private final TextNormalizer normalizer = new TextNormalizer();
  private final Tokenizer tokenizer = new Tokenizer();
  private final QuantityReader reader = new QuantityReader(normalizer, tokenizer);

  private Counts read(String text, Language language) {
    List<Token> tokens = tokenizer.tokenize(normalizer.normalize(text));
    return reader.read(tokens, language, new boolean[tokens.size()]);
  }

  @Test
  void readsMoreThan85TargetsAsMoreThan() {
    Count count = read("طالت الغارات أكثر من 85 هدفاً", Language.AR).first(CountKind.TARGETS).orElseThrow();
    assertThat(count.value()).isEqualTo(85);
    assertThat(count.qualifier()).isEqualTo(CountQualifier.MORE_THAN);
  }

  @Test
  void readsMunitionsAfterTheNumber() {
    assertThat(read("استخدمت القوات 125 ذخيرة دقيقة", Language.AR).first(CountKind.MUNITIONS).orElseThrow().value())
        .isEqualTo(125);
  }

  @Test
  void readsAtLeastBeforeAnArabicToll() {
    Count count = read("أسفر الانفجار عن مقتل ما لا يقل عن 14 شخصا", Language.AR).first(CountKind.KILLED).orElseThrow();
    assertThat(count.value()).isEqualTo(14);
    assertThat(count.qualifier()).isEqualTo(CountQualifier.AT_LEAST);
  }

  @Test
  void readsAboutWithNahw() {
    Count count = read("وأصيب نحو 30 مدنيا بجروح", Language.AR).first(CountKind.INJURED).orElseThrow();
    assertThat(count.value()).isEqualTo(30);
    assertThat(count.qualifier()).isEqualTo(CountQualifier.ABOUT);
  }

  @Test
  void givesEachNumberItsNearestCountWord() {
    Counts counts = read("ما أسفر عن مقتل 7 أشخاص وإصابة 20 آخرين", Language.AR);
    assertThat(counts.first(CountKind.KILLED).orElseThrow().value()).isEqualTo(7);
    assertThat(counts.first(CountKind.INJURED).orElseThrow().value()).isEqualTo(20);
  }

  @Test
  void readsArabicNumberWordsIncludingTeens() {
    assertThat(read("قتل ستة عشر جنديا في الكمين", Language.AR).first(CountKind.KILLED).orElseThrow().value())
        .isEqualTo(16);
    assertThat(read("نفذت الطائرات عشر غارات", Language.AR).first(CountKind.STRIKES).orElseThrow().value())
        .isEqualTo(10);
  }

  @Test
  void readsEnglishTollsBeforeAndAfterTheNumber() {
    Count killed = read("A car bomb kills at least seven people", Language.EN).first(CountKind.KILLED).orElseThrow();
    assertThat(killed.value()).isEqualTo(7);
    assertThat(killed.qualifier()).isEqualTo(CountQualifier.AT_LEAST);
    Count injured = read("with more than 70 others injured", Language.EN).first(CountKind.INJURED).orElseThrow();
    assertThat(injured.qualifier()).isEqualTo(CountQualifier.MORE_THAN);
  }

  @Test
  void readsThousandsSeparators() {
    assertThat(read("killing 1,200 people", Language.EN).first(CountKind.KILLED).orElseThrow().value())
        .isEqualTo(1200);
  }

  @Test
  void marksCasualtiesWithoutANumberUnspecified() {
    assertThat(read("غارات جوية خلفت ضحايا وجرحى", Language.AR).casualtiesUnspecified()).isTrue();
    assertThat(read("خلفت الاشتباكات عشرات القتلى", Language.AR).casualtiesUnspecified()).isTrue();
    assertThat(read("the strikes caused casualties", Language.EN).casualtiesUnspecified()).isTrue();
  }

  @Test
  void doesNotMarkCasualtiesUnspecifiedWhenATollIsGiven() {
    assertThat(read("خلفت الغارات 5 قتلى وجرحى", Language.AR).casualtiesUnspecified()).isFalse();
  }

  @Test
  void ignoresNumbersThatCountNothing() {
    assertThat(read("قال 3 مسؤولين", Language.AR).counts()).isEmpty();
  }

  private int killed(String text, Language language) {
    return read(text, language).first(CountKind.KILLED).orElseThrow().value();
  }

  @Test
  void readsEnglishNumberWordsWithHundredsAndHyphens() {
    assertThat(killed("Three hundred and twenty-five people were killed in the fighting", Language.EN)).isEqualTo(325);
    assertThat(killed("the raid killed twenty-one fighters", Language.EN)).isEqualTo(21);
    assertThat(killed("the siege has killed two thousand people", Language.EN)).isEqualTo(2000);
  }

  @Test
  void readsArabicHundredsAndThousandsAsMultipliers() {
    assertThat(killed("أسفر القصف عن مقتل ثلاثمائة وخمسين مدنيا", Language.AR)).isEqualTo(350);
    assertThat(killed("قتل ثلاثة آلاف شخص منذ بدء الحرب", Language.AR)).isEqualTo(3000);
    assertThat(killed("قتل خمسة وعشرون شخصا في القصف", Language.AR)).isEqualTo(25);
  }

  @Test
  void readsAVagueWordBeforeAMultiplierAsNoNumber() {
    Counts english = read("Several hundred villagers lost their lives, and the bombardment killed many more", Language.EN);
    assertThat(english.first(CountKind.KILLED)).isEmpty();
    assertThat(english.casualtiesUnspecified()).isTrue();
  }

  @Test
  void sumsATollToldInPartsByGroup() {
    assertThat(killed("4 soldiers and 2 civilians were killed in the ambush", Language.EN)).isEqualTo(6);
    Count listed = read("Three nurses, 8 pupils at a school, and 4 drivers were killed", Language.EN)
        .first(CountKind.KILLED).orElseThrow();
    assertThat(listed.value()).isEqualTo(15);
    Count qualified = read("At least 12 farmers and 9 herders were killed", Language.EN)
        .first(CountKind.KILLED).orElseThrow();
    assertThat(qualified.value()).isEqualTo(21);
    assertThat(qualified.qualifier()).isEqualTo(CountQualifier.AT_LEAST);
    assertThat(killed("قتل 3 جنود و2 مدنيين في القصف على القرية", Language.AR)).isEqualTo(5);
  }

  @Test
  void sumsATollToldInPartsByPlace() {
    assertThat(killed("the strikes killed three in Rafah and five in Khan Younis", Language.EN)).isEqualTo(8);
    assertThat(killed("قتل أربعة في حلب وستة في إدلب", Language.AR)).isEqualTo(10);
  }

  @Test
  void keepsKilledAndWoundedApartAndAnAppositionUnsummed() {
    Counts counts = read("the blast killed 10 people and wounded 20", Language.EN);
    assertThat(counts.first(CountKind.KILLED).orElseThrow().value()).isEqualTo(10);
    assertThat(counts.first(CountKind.INJURED).orElseThrow().value()).isEqualTo(20);
    assertThat(killed("the raid killed 5 people, 2 of them children", Language.EN)).isEqualTo(5);
    assertThat(killed("the shelling killed 3 men and a 61-year-old woman", Language.EN)).isEqualTo(3);
  }

  @Test
  void readsARangeAsAtLeastItsLowerBound() {
    Count english = read("between 40 and 60 fishermen were killed", Language.EN).first(CountKind.KILLED).orElseThrow();
    assertThat(english.value()).isEqualTo(40);
    assertThat(english.qualifier()).isEqualTo(CountQualifier.AT_LEAST);
    Count arabic = read("قتل ما بين 20 و30 شخصا في الاشتباكات", Language.AR).first(CountKind.KILLED).orElseThrow();
    assertThat(arabic.value()).isEqualTo(20);
    assertThat(arabic.qualifier()).isEqualTo(CountQualifier.AT_LEAST);
  }

  @Test
  void readsATollThatRoseAsItsNewValue() {
    assertThat(killed("ارتفعت الحصيلة من 10 إلى 15 قتيلا", Language.AR)).isEqualTo(15);
    assertThat(killed("the toll rose from 10 to 15 dead", Language.EN)).isEqualTo(15);
  }

  @Test
  void readsTheTollPastASubsetNotTheSubset() {
    assertThat(killed("Six men, including two doctors, died when the clinic was shelled", Language.EN)).isEqualTo(6);
    assertThat(killed("قتل تسعة عمال في المصنع بينهم 4 نساء وأصيب 11 آخرون", Language.AR)).isEqualTo(9);
    assertThat(read("قتل تسعة عمال في المصنع بينهم 4 نساء وأصيب 11 آخرون", Language.AR)
        .counts()).hasSize(2);
  }

  @Test
  void letsALongSubjectReachItsPassiveVerb() {
    assertThat(killed("Eleven young army recruits from the north were killed", Language.EN)).isEqualTo(11);
  }

  @Test
  void givesANumberTheCountWordOfItsOwnClause() {
    Counts comma = read("وقتل حارسان اثنان، وأصيب أربعة عمال في المنجم", Language.AR);
    assertThat(comma.first(CountKind.KILLED).orElseThrow().value()).isEqualTo(2);
    Counts verbs = read("قتل 4 وأصيب 7 في القصف", Language.AR);
    assertThat(verbs.first(CountKind.KILLED).orElseThrow().value()).isEqualTo(4);
    assertThat(verbs.first(CountKind.INJURED).orElseThrow().value()).isEqualTo(7);
  }

  @Test
  void readsArabicDualsAsTwo() {
    assertThat(killed("قتيلان وجرحى في انفجار بسوق المدينة", Language.AR)).isEqualTo(2);
    assertThat(killed("أسفر الكمين عن مقتل فردين من حرس الحدود", Language.AR)).isEqualTo(2);
    Counts counts = read("أسفر القصف عن مقتل جنديين وإصابة ثلاثة", Language.AR);
    assertThat(counts.first(CountKind.KILLED).orElseThrow().value()).isEqualTo(2);
    assertThat(counts.first(CountKind.INJURED).orElseThrow().value()).isEqualTo(3);
    assertThat(killed("وقتل رجلان اثنان قرب المعبر", Language.AR)).isEqualTo(2);
  }

  @Test
  void readsOneVictimToldWithoutANumber() {
    assertThat(killed("gunmen opened fire on the market, killing a farmer", Language.EN)).isEqualTo(1);
    assertThat(killed("a Palestinian man was killed by army fire near the village", Language.EN)).isEqualTo(1);
    assertThat(killed("Soldier killed in border skirmish", Language.EN)).isEqualTo(1);
    assertThat(killed("قتل مزارع بقذيفة سقطت على حقله", Language.AR)).isEqualTo(1);
    assertThat(killed("قتيل بانفجار لغم قرب الطريق", Language.AR)).isEqualTo(1);
  }

  @Test
  void takesNoTollOfOneFromTheAgentOrANegation() {
    assertThat(killed("a gunman killed five people at a checkpoint", Language.EN)).isEqualTo(5);
    assertThat(killed("قتل مسلح 3 أشخاص في السوق", Language.AR)).isEqualTo(3);
    assertThat(read("the strikes killed civilians in the town", Language.EN).first(CountKind.KILLED)).isEmpty();
    assertThat(read("لم يسجل أي قتيل في القصف", Language.AR).first(CountKind.KILLED)).isEmpty();
  }

  @Test
  void readsExecutionsAndMartyrdomAsKillings() {
    assertThat(killed("the militants executed seven villagers on Monday", Language.EN)).isEqualTo(7);
    assertThat(killed("أعدم التنظيم 12 شخصا في الساحة", Language.AR)).isEqualTo(12);
    Counts martyrs = read("استشهد 4 شبان وجرح آخرون بنيران القناصة", Language.AR);
    assertThat(martyrs.first(CountKind.KILLED).orElseThrow().value()).isEqualTo(4);
    assertThat(martyrs.first(CountKind.INJURED)).isEmpty();
  }

  @Test
  void readsFellVictimToAsAToll() {
    Count count = read("الهجوم الذي راح ضحيته أكثر من 200 مدني", Language.AR).first(CountKind.KILLED).orElseThrow();
    assertThat(count.value()).isEqualTo(200);
    assertThat(count.qualifier()).isEqualTo(CountQualifier.MORE_THAN);
  }

  @Test
  void readsTheDeathOfOnePersonAndAsManyAs() {
    assertThat(killed("the mortar round caused the death of a shepherd and hurt two boys", Language.EN))
        .isEqualTo(1);
    Count about = read("as many as 40 people died in the raids", Language.EN).first(CountKind.KILLED).orElseThrow();
    assertThat(about.qualifier()).isEqualTo(CountQualifier.ABOUT);
  }

  @Test
  void readsANumberAfterACommaAsAnAppositionToTheToll() {
    Counts english = read("Eight men were killed, six from one village, in the raid", Language.EN);
    assertThat(english.counts()).extracting(Count::value).containsExactly(8);
    Counts arabic = read("قتل عشرة أشخاص، سبعة من عائلة واحدة، في الغارة", Language.AR);
    assertThat(arabic.counts()).extracting(Count::value).containsExactly(10);
  }

  @Test
  void readsAPronounKilledAsOne() {
    assertThat(killed("his brother said he was killed in an ambush last year", Language.EN)).isEqualTo(1);
    assertThat(killed("he said 5 were killed", Language.EN)).isEqualTo(5);
    assertThat(read("a man was killed by a sniper", Language.EN).counts()).hasSize(1);
  }

  @Test
  void readsTheNumberATollIsRaisedTo() {
    assertThat(killed("the shelling continued, bringing the death toll since Monday to 50", Language.EN))
        .isEqualTo(50);
    assertThat(killed("لترتفع حصيلة القتلى في المدينة منذ الصباح إلى أربعين", Language.AR)).isEqualTo(40);
    assertThat(read("the army sent troops to 3 towns", Language.EN).counts()).isEmpty();
  }
}
