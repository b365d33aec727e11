package io.sitrep.extraction;

import static io.sitrep.extraction.TestArticles.extract;
import static org.assertj.core.api.Assertions.assertThat;

import io.sitrep.model.EventType;
import io.sitrep.model.Factuality;
import io.sitrep.model.MilitaryEvent;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Constructions of Arabic news language that the lexicons cover, each in a sentence written for these tests. */
class ArabicNewsTest {


  private static MilitaryEvent only(String text) {
    List<MilitaryEvent> events = extract(text, "ar");
    assertThat(events).hasSize(1);
    return events.get(0);
  }

  private static List<MilitaryEvent> factual(String text) {
    return extract(text, "ar").stream().filter(e -> e.getFactuality() == Factuality.FACTUAL).toList();
  }

  @Test
  void readsForcesSpreadingOutAsDeployment() {
    MilitaryEvent e = only("انتشرت قوات الجيش السوري في بلدات ريف دير الزور أمس.");
    assertThat(e.getType()).isEqualTo(EventType.DEPLOYMENT);
    assertThat(e.getAgent()).isEqualTo("SY");
  }

  @Test
  void readsPatrolsSentOutAsDeployment() {
    MilitaryEvent e = only("بدأت القوات الروسية اليوم تسيير دوريات في ريف دير الزور.");
    assertThat(e.getType()).isEqualTo(EventType.DEPLOYMENT);
    assertThat(e.getAgent()).isEqualTo("RU");
  }

  @Test
  void readsLeavingABaseAsWithdrawalWithoutAForcesWord() {
    MilitaryEvent e = only("قال مسؤولون إن الولايات المتحدة أنهت انسحابها من قاعدة جوية قرب بغداد يوم الأحد.");
    assertThat(e.getType()).isEqualTo(EventType.WITHDRAWAL);
    assertThat(e.getLocation().getCountry()).isEqualTo("IQ");
  }

  @Test
  void readsConcordOnWeaponsAsAgreement() {
    MilitaryEvent e = only("توصلت بغداد وواشنطن اليوم إلى توافق بشأن نقل الأسلحة الثقيلة خارج المدن العراقية.");
    assertThat(e.getType()).isEqualTo(EventType.AGREEMENT);
    assertThat(e.getLocation().getCountry()).isEqualTo("IQ");
  }

  @Test
  void readsMachineGunBurstsAsAttack() {
    MilitaryEvent e = only("أصيب مزارع برشقات رشاشة أطلقها الجيش الإسرائيلي قرب بلدة في جنوب لبنان اليوم.");
    assertThat(e.getType()).isEqualTo(EventType.ATTACK);
    assertThat(e.getAgent()).isEqualTo("IL");
    assertThat(e.getLocation().getCountry()).isEqualTo("LB");
  }

  @Test
  void readsLiberationOfACityAsGroundAssault() {
    MilitaryEvent e = only("أعلن الجيش الأوكراني تحرير مدينة خيرسون من القوات الروسية اليوم.");
    assertThat(e.getType()).isEqualTo(EventType.GROUND_ASSAULT);
    assertThat(e.getAgent()).isEqualTo("UA");
    assertThat(e.getLocation().getCountry()).isEqualTo("UA");
  }

  @Test
  void skipsTheEditorInChief() {
    assertThat(extract("قال رئيس التحرير إن مراسلي الصحيفة رافقوا قوات الجيش في دير الزور.", "ar")).isEmpty();
  }

  @Test
  void skipsControlAsAStandingState() {
    assertThat(extract("قتل ثلاثة مدنيين بقصف مدفعي على بلدة تحت سيطرة المعارضة في ريف دير الزور.", "ar"))
        .extracting(MilitaryEvent::getType).containsExactly(EventType.SHELLING);
    assertThat(extract("يعيش آلاف النازحين في مناطق خاضعة لسيطرة الفصائل في ريف دير الزور.", "ar")).isEmpty();
  }

  @Test
  void skipsAStatementPublishedByAnAgency() {
    assertThat(extract("قالت القوات في بيان نشرته وكالة الأنباء الرسمية إن جنديا قتل في دير الزور.", "ar"))
        .noneMatch(e -> e.getType() == EventType.DEPLOYMENT);
  }

  @Test
  void skipsAFamilyFeud() {
    assertThat(extract("قتل شخصان في اقتتال عائلي ببلدة في ريف دير الزور أمس.", "ar"))
        .noneMatch(e -> e.getType() == EventType.ARMED_CLASH);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      // a plan, or what a text provides for
      "ناقش الوزيران في بغداد خطة انسحاب القوات الأمريكية من العراق.",
      "نصت الوثيقة على انسحاب القوات الروسية من مدينة خيرسون.",
      // readiness
      "قال الوزير إن إسرائيل مستعدة لشن هجوم على مواقع في جنين.",
      // insistence is a demand
      "تصر الحكومة العراقية على انسحاب القوات الأجنبية من العراق.",
      // meeting to discuss
      "اجتمع القادة أمس لمناقشة إعلان هدنة في دير الزور.",
      // the future verb a few words before its object
      "ستبدأ القوات البريطانية قريبا جدا سحب جنودها من العراق."})
  void marksPlannedDemandedOrDiscussedActsNotFactual(String text) {
    assertThat(extract(text, "ar")).isNotEmpty();
    assertThat(factual(text)).isEmpty();
  }

  @Test
  void readsTheGovernmentOfNationalAccordAsLibya() {
    assertThat(extract("قصفت قوات حكومة الوفاق مواقع لقوات حفتر جنوب طرابلس أمس.", "ar"))
        .extracting(MilitaryEvent::getAgent).containsExactly("LY");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "أرسل الجيش الأمريكي قوات إضافية إلى بغداد أمس.|DEPLOYMENT",
      "داهم الجيش الإسرائيلي منازل في جنين فجر اليوم.|GROUND_ASSAULT",
      "تقتحم قوات الاحتلال مدينة جنين منذ فجر اليوم.|GROUND_ASSAULT",
      "يشتبك مقاتلون مع الجيش في ريف دير الزور منذ الصباح.|ARMED_CLASH",
      "شن الجيش قصفا مدفعيا على قرى في ريف دير الزور أمس.|SHELLING",
      "شنت القوات قصفا صاروخيا على قرى في ريف دير الزور أمس.|SHELLING",
      "نفذت روسيا قصفا جويا على مواقع في دير الزور أمس.|AIRSTRIKE",
      "شنت الفصائل هجوما صاروخيا على قاعدة في دير الزور أمس.|SHELLING",
      "شنت إسرائيل هجوما جويا على مواقع في جنين أمس.|AIRSTRIKE"})
  void readsOtherPersonsTensesAndTheAccusativeOfListedTriggers(String text, EventType type) {
    assertThat(only(text).getType()).isEqualTo(type);
  }
}
