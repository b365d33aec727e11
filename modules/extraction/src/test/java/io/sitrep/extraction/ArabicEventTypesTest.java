package io.sitrep.extraction;

import static io.sitrep.extraction.TestArticles.extract;
import static org.assertj.core.api.Assertions.assertThat;

import io.sitrep.model.EventType;
import io.sitrep.model.Factuality;
import io.sitrep.model.MilitaryEvent;
import io.sitrep.model.Platform;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One sentence per event type, written for these tests in general Arabic news style. */
class ArabicEventTypesTest {

  private static MilitaryEvent only(String text) {
    List<MilitaryEvent> events = extract(text, "ar");
    assertThat(events).hasSize(1);
    return events.get(0);
  }

  @Test
  void readsWarplaneRaidsAsAircraftAirstrike() {
    MilitaryEvent e = only("شنت طائرات حربية روسية غارات على مواقع في إدلب أمس.");
    assertThat(e.getType()).isEqualTo(EventType.AIRSTRIKE);
    assertThat(e.getPlatform()).isEqualTo(Platform.AIRCRAFT);
    assertThat(e.getAgent()).isEqualTo("RU");
    assertThat(e.getLocation().getAdmin1()).isEqualTo("Idlib");
    assertThat(e.getDate()).isEqualTo(LocalDate.of(2024, 5, 14));
  }

  @Test
  void readsDroneAttackAsDroneAirstrike() {
    MilitaryEvent e = only("قتل جنديان في هجوم بطائرة مسيرة على قاعدة في الأردن.");
    assertThat(e.getType()).isEqualTo(EventType.AIRSTRIKE);
    assertThat(e.getPlatform()).isEqualTo(Platform.DRONE);
    assertThat(e.getLocation().getCountry()).isEqualTo("JO");
  }

  @Test
  void readsArtilleryShellingWithAdjectivalAgentAfterPassive() {
    MilitaryEvent e = only("تعرضت بلدات في جنوب لبنان لقصف مدفعي إسرائيلي مساء الاثنين.");
    assertThat(e.getType()).isEqualTo(EventType.SHELLING);
    assertThat(e.getAgent()).isEqualTo("IL");
    assertThat(e.getLocation().getCountry()).isEqualTo("LB");
    assertThat(e.getDate()).isEqualTo(LocalDate.of(2024, 5, 13));
  }

  @Test
  void readsClashesAsArmedClash() {
    MilitaryEvent e = only("اندلعت اشتباكات عنيفة بين الجيش السوداني وقوات الدعم السريع في الخرطوم.");
    assertThat(e.getType()).isEqualTo(EventType.ARMED_CLASH);
    assertThat(e.getLocation().getAdmin1()).isEqualTo("Khartoum");
  }

  @Test
  void readsCarBombWithItsToll() {
    MilitaryEvent e = only("انفجرت سيارة مفخخة في سوق شعبي ببغداد، ما أسفر عن مقتل ١٢ شخصاً وإصابة نحو ٣٠ آخرين.");
    assertThat(e.getType()).isEqualTo(EventType.BOMBING);
    assertThat(e.getLocation().getCountry()).isEqualTo("IQ");
    assertThat(e.getKilled()).isEqualTo(12);
    assertThat(e.getInjured()).isEqualTo(30);
    assertThat(e.getInjuredQualifier()).hasToString("ABOUT");
  }

  @Test
  void readsStormingOfATownAsGroundAssault() {
    MilitaryEvent e = only("اقتحمت قوات الاحتلال الإسرائيلي مدينة جنين فجر اليوم.");
    assertThat(e.getType()).isEqualTo(EventType.GROUND_ASSAULT);
    assertThat(e.getAgent()).isEqualTo("IL");
    assertThat(e.getLocation().getCountry()).isEqualTo("PS");
    assertThat(e.getDate()).isEqualTo(LocalDate.of(2024, 5, 15));
  }

  @Test
  void readsAnAttackOfUnstatedModeAsAttack() {
    MilitaryEvent e = only("قتل خمسة جنود في هجوم استهدف نقطة عسكرية في محافظة ديالى.");
    assertThat(e.getType()).isEqualTo(EventType.ATTACK);
    assertThat(e.getKilled()).isEqualTo(5);
    assertThat(e.getLocation().getAdmin1()).isEqualTo("Diyala");
  }

  @Test
  void readsWithdrawalOfForcesFromACity() {
    MilitaryEvent e = only("انسحبت القوات الروسية من مدينة خيرسون.");
    assertThat(e.getType()).isEqualTo(EventType.WITHDRAWAL);
    assertThat(e.getAgent()).isEqualTo("RU");
    assertThat(e.getLocation().getCountry()).isEqualTo("UA");
  }

  @Test
  void readsNegotiationsAboutWithdrawalAsWithdrawalTalksOnly() {
    List<MilitaryEvent> events = extract("بدأت بغداد وواشنطن مفاوضات حول انسحاب القوات الأمريكية من العراق.", "ar");
    assertThat(events).extracting(MilitaryEvent::getType).containsExactly(EventType.WITHDRAWAL_TALKS);
    assertThat(events.get(0).getLocation().getCountry()).isEqualTo("IQ");
  }

  @Test
  void readsPrisonerExchangeAgreement() {
    MilitaryEvent e = only("وقعت الحكومة اليمنية والحوثيون اتفاقاً لتبادل الأسرى في اليمن.");
    assertThat(e.getType()).isEqualTo(EventType.AGREEMENT);
    assertThat(e.getLocation().getCountry()).isEqualTo("YE");
  }

  @Test
  void readsTruceTakingEffectAsCeasefire() {
    MilitaryEvent e = only("دخلت الهدنة في قطاع غزة حيز التنفيذ صباح اليوم.");
    assertThat(e.getType()).isEqualTo(EventType.CEASEFIRE);
    assertThat(e.getLocation().getCountry()).isEqualTo("PS");
  }

  @Test
  void readsSendingTroopsAsDeployment() {
    MilitaryEvent e = only("أرسلت الولايات المتحدة ألف جندي إضافي إلى الأردن.");
    assertThat(e.getType()).isEqualTo(EventType.DEPLOYMENT);
    assertThat(e.getAgent()).isEqualTo("US");
    assertThat(e.getLocation().getCountry()).isEqualTo("JO");
  }

  @Test
  void givesOneEventPerCountryForStrikesInTwoCountries() {
    List<MilitaryEvent> events = extract("نفذت القوات الأمريكية ضربات جوية في العراق وسوريا.", "ar");
    assertThat(events).extracting(e -> e.getLocation().getCountry()).containsExactly("IQ", "SY");
  }

  @Test
  void marksAPlannedWithdrawalNotFactual() {
    List<MilitaryEvent> events = extract("سيبدأ انسحاب القوات الأمريكية من العراق في أيلول المقبل.", "ar");
    assertThat(events).isNotEmpty().allSatisfy(e -> assertThat(e.getFactuality()).isNotEqualTo(Factuality.FACTUAL));
  }

  @Test
  void mergesRepeatedMentionsOfTheSameStrike() {
    List<MilitaryEvent> events = extract("شنت طائرات حربية غارات على إدلب أمس. وقالت مصادر إن الغارات على إدلب خلفت قتلى.",
        "ar");
    assertThat(events).hasSize(1);
  }

  @Test
  void skipsAnAnaphoricMentionOfAnAgreement() {
    List<MilitaryEvent> events = extract("أعلنت الحكومة العراقية التوصل إلى اتفاق أمني مع واشنطن. وجاء هذا الاتفاق بعد أشهر من المحادثات.",
        "ar");
    assertThat(events).extracting(MilitaryEvent::getType).containsExactly(EventType.AGREEMENT);
  }

  @Test
  void placesAnEventByAStateAdjectiveOnAPlaceNoun() {
    MilitaryEvent e = only("قصفت المدفعية القرى اللبنانية صباح اليوم.");
    assertThat(e.getLocation().getCountry()).isEqualTo("LB");
  }

  @Test
  void readsMissilesAndDronesAsTwoEvents() {
    List<MilitaryEvent> events = extract("أطلقت روسيا صواريخ وطائرات مسيرة على مدن في أوكرانيا فجر اليوم.", "ar");
    assertThat(events).extracting(MilitaryEvent::getType)
        .containsExactlyInAnyOrder(EventType.SHELLING, EventType.AIRSTRIKE);
  }

  @Test
  void placesAnAgreementSignedInAThirdCountryInThePartiesCountry() {
    MilitaryEvent e = only("وقع الجيش السوداني اتفاقا أمنيا في مدينة بيروت.");
    assertThat(e.getLocation().getCountry()).isEqualTo("SD");
  }

  @Test
  void marksACeasefireSoughtByTalksHypothetical() {
    assertThat(extract("وتتواصل المحادثات في بيروت من أجل تحقيق وقف إطلاق النار في السودان.", "ar"))
        .noneMatch(e -> e.getFactuality() == Factuality.FACTUAL && e.getType() == EventType.CEASEFIRE);
  }

  @Test
  void skipsADemonstrativeWithAnAdjectiveBeforeTheTrigger() {
    List<MilitaryEvent> events = extract("شنت طائرات حربية غارات على إدلب أمس. وأدان البيان هذه الغارات الوحشية.",
        "ar");
    assertThat(events).hasSize(1);
  }

  @Test
  void readsADroneAsTheSubjectAfterTheVerb() {
    MilitaryEvent e = only("استهدفت طائرة مسيرة سيارة في ريف إدلب، ما أدى إلى مقتل ثلاثة أشخاص.");
    assertThat(e.getType()).isEqualTo(EventType.AIRSTRIKE);
    assertThat(e.getPlatform()).isEqualTo(Platform.DRONE);
    assertThat(e.getKilled()).isEqualTo(3);
  }

  @Test
  void readsAPluralVerbThroughItsEnding() {
    MilitaryEvent e = only("أعلنت حركة حماس أن مقاتليها اشتبكوا مع قوات الاحتلال في جنين.");
    assertThat(e.getType()).isEqualTo(EventType.ARMED_CLASH);
    assertThat(e.getAgent()).isEqualTo("HAMAS");
  }

  @Test
  void placesANameThatSeveralCountriesShareInTheArticlesMainCountry() {
    String text = "اندلعت اشتباكات بين فصائل مسلحة في طرابلس يوم الجمعة وأسفرت عن مقتل 12 شخصا.\n\n"
        + "وهذه المعارك هي الأعنف في ليبيا هذا العام بحسب مسؤولين في بنغازي.";
    assertThat(TestArticles.extractWithBundledGazetteer(text, "ar")).filteredOn(e -> e.getType() == EventType.ARMED_CLASH)
        .first().satisfies(e -> assertThat(e.getLocation().getCountry()).isEqualTo("LY"));
  }

  @Test
  void datesAnActByItsOwnDateNotByOneBeyondAfter() {
    List<MilitaryEvent> events = extract(
        "استؤنف القتال في آذار بعد أن قصف المتمردون الأحياء الشرقية لمدينة خيرسون طوال أيام في كانون الثاني.", "ar");
    // a bare قصف is read as an attack of unstated mode
    assertThat(events).filteredOn(e -> e.getType() == EventType.SHELLING || e.getType() == EventType.ATTACK)
        .singleElement()
        .satisfies(e -> assertThat(e.getDate().getMonthValue()).isEqualTo(1));
  }

  @Test
  void takesAMonthOrYearAsNoGroundForAWeakTrigger() {
    assertThat(extract("تدور معارك في سوريا منذ عام 2021.", "ar")).isEmpty();
    assertThat(extract("دارت معارك في سوريا يوم الاثنين.", "ar")).hasSize(1);
  }

  @Test
  void takesNoPlaceFromAnAsideInBrackets() {
    assertThat(extract("هاجم مسلحون حاجزا للجيش يوم الاثنين (للتنظيم مكاتب في بيروت).", "ar"))
        .noneMatch(e -> "LB".equals(e.getLocation().getCountry()));
  }

  @Test
  void takesTheSubjectOfAReportingVerbForNoPlace() {
    assertThat(extract("وقالت خيرسون إن مسلحين هاجموا حاجزا للجيش يوم الاثنين.", "ar"))
        .noneMatch(e -> "UA".equals(e.getLocation().getCountry()));
  }

  @Test
  void takesANameAfterTheProcliticLamForNoPlace() {
    assertThat(extract("وجهت الحكومة اتهامات لخيرسون بشن غارات يوم الاثنين.", "ar"))
        .noneMatch(e -> "UA".equals(e.getLocation().getCountry()));
  }

  private static List<EventType> typesOf(String text) {
    return extract(text, "ar").stream().map(MilitaryEvent::getType).toList();
  }

  @Test
  void readsTakingAndRegainingControlAsGroundAssault() {
    assertThat(typesOf("قالت مصادر محلية إن الفصائل سيطرت على جنين فجر اليوم.")).containsExactly(EventType.GROUND_ASSAULT);
    assertThat(typesOf("وقال الجيش إنه استعاد السيطرة على دير الزور أمس.")).containsExactly(EventType.GROUND_ASSAULT);
    assertThat(typesOf("استعادت القوات الحكومية بلدة قرب إدلب أمس.")).containsExactly(EventType.GROUND_ASSAULT);
    assertThat(typesOf("اجتاحت قوات الاحتلال مخيم جنين صباح اليوم.")).containsExactly(EventType.GROUND_ASSAULT);
    assertThat(typesOf("وقالت الشرطة إن مسلحين استولوا على مركز في بغداد أمس.")).containsExactly(EventType.GROUND_ASSAULT);
  }

  @Test
  void readsCounterAttacksRepelledAttacksAndGunBattlesAsArmedClashes() {
    assertThat(typesOf("شنت القوات هجوما مضادا على مواقع المسلحين في دير الزور أمس.")).containsExactly(EventType.ARMED_CLASH);
    assertThat(typesOf("وقال الجيش إنه صد هجوما لمسلحين على قاعدة في ديالى أمس.")).containsExactly(EventType.ARMED_CLASH);
    assertThat(typesOf("قتل شرطي في تبادل إطلاق نار مع مسلحين في بغداد أمس.")).containsExactly(EventType.ARMED_CLASH);
    assertThat(typesOf("اشتدت حدة القتال في الخرطوم أمس.")).containsExactly(EventType.ARMED_CLASH);
  }

  @Test
  void readsGunfireAndAssassinationsAsAttacks() {
    assertThat(typesOf("أصيب جندي بإطلاق نار في جنين أمس.")).containsExactly(EventType.ATTACK);
    assertThat(typesOf("وقالت الشرطة إن مسلحين فتحوا النار على حافلة في بغداد أمس.")).containsExactly(EventType.ATTACK);
    assertThat(typesOf("وقالت مصادر إن قوات الأمن أطلقت النار على سيارة في بغداد أمس.")).containsExactly(EventType.ATTACK);
    assertThat(typesOf("اغتال مسلحون ضابطا في بغداد أمس.")).containsExactly(EventType.ATTACK);
  }

  @Test
  void readsAnIndefiniteCeasefireAsNoGunfire() {
    assertThat(typesOf("أعلن الطرفان وقف إطلاق نار في الخرطوم أمس.")).doesNotContain(EventType.ATTACK);
  }

  @Test
  void readsSingleAndBallisticMissilesLaunchedAsShelling() {
    assertThat(typesOf("وقال الجيش إن الفصائل أطلقت صاروخين على بلدة قرب جنين أمس.")).containsExactly(EventType.SHELLING);
    assertThat(typesOf("سقط صاروخ باليستي على مدينة قرب بغداد أمس.")).containsExactly(EventType.SHELLING);
    assertThat(typesOf("هاجمت روسيا خيرسون بصواريخ كروز أمس.")).containsExactly(EventType.SHELLING);
    assertThat(typesOf("تعرضت بيروت لرشقات صاروخية أمس.")).containsExactly(EventType.SHELLING);
  }

  @Test
  void readsBombardingWithMissilesAndDronesAsShellingAndAirstrike() {
    assertThat(typesOf("قصف الجيش بصواريخ وطائرات مسيرة مواقع في دير الزور أمس."))
        .containsExactlyInAnyOrder(EventType.SHELLING, EventType.AIRSTRIKE);
  }

  @Test
  void readsHandingOverABaseAndTroopsLeavingAsWithdrawal() {
    assertThat(typesOf("وقال مسؤول إن القوات الأمريكية سلمت قاعدة عسكرية في بغداد للجيش العراقي أمس."))
        .containsExactly(EventType.WITHDRAWAL);
    assertThat(typesOf("غادر آخر الجنود الأمريكيين قاعدة في بغداد أمس.")).containsExactly(EventType.WITHDRAWAL);
  }

  @Test
  void readsPrisonerExchangesAndSecurityAccordsAsAgreements() {
    assertThat(typesOf("أجرت روسيا وأوكرانيا عملية تبادل أسرى في خيرسون أمس.")).containsExactly(EventType.AGREEMENT);
    assertThat(typesOf("وبدأ تبادل السجناء بين الطرفين في الخرطوم أمس.")).containsExactly(EventType.AGREEMENT);
    assertThat(typesOf("وقال الجانبان إنهما اتفقا على ترتيبات أمنية في الخرطوم.")).containsExactly(EventType.AGREEMENT);
    assertThat(typesOf("اتفقت الحكومة والمتمردون على ترتيبات أمنية في الخرطوم أمس.")).containsExactly(EventType.AGREEMENT);
  }

  @Test
  void readsEffortsAndProposalsForATruceAsNoTruce() {
    assertThat(extract("تتواصل الجهود الدبلوماسية للتوصل إلى هدنة في العراق يوم الاثنين.", "ar"))
        .noneMatch(e -> e.getFactuality() == Factuality.FACTUAL && e.getType() == EventType.CEASEFIRE);
    assertThat(extract("ناقش الطرفان مقترحا لوقف إطلاق النار في العراق يوم الاثنين.", "ar"))
        .noneMatch(e -> e.getFactuality() == Factuality.FACTUAL && e.getType() == EventType.CEASEFIRE);
  }

  @Test
  void readsTalksOnATruceAsNoTruce() {
    assertThat(extract("استؤنفت مفاوضات وقف إطلاق النار في العراق يوم الاثنين.", "ar"))
        .noneMatch(e -> e.getFactuality() == Factuality.FACTUAL && e.getType() == EventType.CEASEFIRE);
  }

  @Test
  void readsTheBaseAsNoPlace() {
    assertThat(TestArticles.extractWithBundledGazetteer("قتل جنديان في هجوم بالقاعدة العسكرية يوم الاثنين.", "ar"))
        .noneMatch(e -> "YE".equals(e.getLocation().getCountry()));
  }

  private static List<EventType> arabicTypes(String text) {
    return extract(text, "ar").stream().map(MilitaryEvent::getType).toList();
  }

  @Test
  void readsABareBombardmentAsShelling() {
    assertThat(arabicTypes("قتل أربعة مدنيين في القصف على حي في قطاع غزة أمس.")).containsExactly(EventType.SHELLING);
  }

  @Test
  void readsABombardmentBesideAirRaidsAsTheAirstrike() {
    assertThat(arabicTypes("شنت طائرات حربية غارات على ريف إدلب أمس، وأدى القصف إلى مقتل 4 مدنيين."))
        .containsOnly(EventType.AIRSTRIKE);
  }

  @Test
  void readsATargetingWithArtilleryOrRocketsAsShelling() {
    assertThat(arabicTypes("استهدف الجيش مواقع للمسلحين في ريف إدلب بالمدفعية أمس."))
        .containsExactly(EventType.SHELLING);
    assertThat(arabicTypes("تعرضت قاعدة في ديالى أمس لهجوم بـ10 صواريخ باليستية.")).containsExactly(EventType.SHELLING);
  }

  @Test
  void readsABombardmentWithRocketsAndDronesAsTwoModes() {
    assertThat(arabicTypes("قصف الجيش بصواريخ وطائرات مسيرة مواقع في ريف إدلب أمس، ما أسفر عن مقتل 7 أشخاص."))
        .containsExactlyInAnyOrder(EventType.AIRSTRIKE, EventType.SHELLING);
    assertThat(arabicTypes("استهدفت طائرات مسيرة وصواريخ مواقع في إدلب أمس."))
        .containsExactlyInAnyOrder(EventType.AIRSTRIKE, EventType.SHELLING);
  }

  @Test
  void readsWarplanesLaunchingMissilesAsAnAirstrike() {
    assertThat(arabicTypes("طائرات حربية أطلقت صواريخ على منزل في قطاع غزة أمس.")).containsExactly(EventType.AIRSTRIKE);
  }

  @Test
  void readsABombardmentByADroneAsADroneStrike() {
    MilitaryEvent e = only("قتل شخصان في قصف مسيرة إسرائيلية لسيارة في جنوب لبنان أمس.");
    assertThat(e.getType()).isEqualTo(EventType.AIRSTRIKE);
    assertThat(e.getPlatform()).isEqualTo(Platform.DRONE);
  }

  @Test
  void readsNoCeasefireFromATruceThatCollapsed() {
    assertThat(arabicTypes("أطلق مسلحون قذائف على مواقع في إدلب أمس بعد انهيار الهدنة."))
        .containsExactly(EventType.SHELLING);
  }

  @Test
  void readsConfrontationsThatAShellingIsPartOfAsTheShelling() {
    assertThat(arabicTypes("تجددت المواجهات في ريف إدلب أمس بعد قصف مدفعي أسفر عن مقتل 3 جنود."))
        .containsExactly(EventType.SHELLING);
  }

  @Test
  void placesAnEventInTheCityTheArticleNamedBefore() {
    List<MilitaryEvent> events = extract("قصف المتمردون مدينة خيرسون يوم الأحد.\n\nوفي يوم الاثنين هاجم مسلحون حاجزا في المدينة وقتلوا ثلاثة جنود في أوكرانيا.", "ar");
    assertThat(events).filteredOn(e -> e.getDate().getDayOfWeek() == java.time.DayOfWeek.MONDAY).isNotEmpty()
        .allSatisfy(e -> assertThat(e.getLocation().getPlace()).isNotNull().contains("خيرسون"));
  }
}
