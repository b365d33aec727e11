package io.sitrep.extraction;

import static io.sitrep.extraction.TestArticles.extract;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sitrep.model.Article;
import io.sitrep.model.DatePrecision;
import io.sitrep.model.EventType;
import io.sitrep.model.Factuality;
import io.sitrep.model.MilitaryEvent;
import io.sitrep.model.Platform;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** English sentences written for these tests, and behaviours of the whole extractor. */
class EnglishEventsTest {

  @Test
  void readsJetsStrikingAsAircraftAirstrikeWithTheirCountryAsAgent() {
    List<MilitaryEvent> events = extract("Turkish jets struck militant positions in northern Iraq on Sunday.", "en");
    assertThat(events).hasSize(1);
    MilitaryEvent e = events.get(0);
    assertThat(e.getType()).isEqualTo(EventType.AIRSTRIKE);
    assertThat(e.getPlatform()).isEqualTo(Platform.AIRCRAFT);
    assertThat(e.getAgent()).isEqualTo("TR");
    assertThat(e.getLocation().getCountry()).isEqualTo("IQ");
    assertThat(e.getDate()).isEqualTo(LocalDate.of(2024, 5, 12));
  }

  @Test
  void readsACarBombWithItsToll() {
    MilitaryEvent e = extract("A car bomb killed at least 12 people in Baghdad.", "en").get(0);
    assertThat(e.getType()).isEqualTo(EventType.BOMBING);
    assertThat(e.getKilled()).isEqualTo(12);
    assertThat(e.getKilledQualifier()).hasToString("AT_LEAST");
    assertThat(e.getLocation().getPlace()).isEqualTo("Baghdad");
  }

  @Test
  void dropsAVagueAttackWithoutTollDateOrPlace() {
    assertThat(extract("The group is responsible for attacks on coalition forces in Iraq.", "en")).isEmpty();
  }

  @Test
  void treatsADefiniteMentionAsTheEventAlreadyRead() {
    List<MilitaryEvent> events = extract(
        "Warplanes struck a market in Idlib on Monday. At least nine civilians were killed in the attack.", "en");
    assertThat(events).hasSize(1);
  }

  @Test
  void givesAnUndatedEventThePublicationDateWithArticlePrecision() {
    MilitaryEvent e = extract("Clashes erupted in Khartoum, killing five people.", "en").get(0);
    assertThat(e.getDate()).isEqualTo(LocalDate.of(2024, 5, 15));
    assertThat(e.getDatePrecision()).isEqualTo(DatePrecision.ARTICLE);
  }

  @Test
  void keepsADateInsideItsOwnSentence() {
    List<MilitaryEvent> events = extract(
        "On 2 May, jets struck Idlib, killing four. Clashes erupted in Khartoum, killing five people.", "en");
    assertThat(events).filteredOn(e -> e.getType() == EventType.ARMED_CLASH).singleElement()
        .satisfies(e -> assertThat(e.getDatePrecision()).isEqualTo(DatePrecision.ARTICLE));
  }

  @Test
  void marksAThreatenedStrikeHypothetical() {
    assertThat(extract("Israel could launch airstrikes on Beirut, officials warned.", "en"))
        .allSatisfy(e -> assertThat(e.getFactuality()).isNotEqualTo(Factuality.FACTUAL));
  }

  @Test
  void ignoresStopPhrasesContainingATrigger() {
    assertThat(extract("The army bought attack helicopters for its base in Baghdad.", "en")).isEmpty();
  }

  @Test
  void detectsTheLanguageWhenTheArticleHasNone() {
    assertThat(extract("شنت طائرات حربية غارات على إدلب أمس.", null)).singleElement()
        .satisfies(e -> assertThat(e.getLanguage()).isEqualTo("ar"));
  }

  @Test
  void reportsAnUnsupportedLanguageInsteadOfGuessing() {
    assertThatThrownBy(() -> extract("Des avions ont frappé des positions dans le nord du pays.", null))
        .isInstanceOf(UnsupportedLanguageException.class)
        .satisfies(e -> assertThat(((UnsupportedLanguageException) e).language()).isEqualTo("und"));
    assertThatThrownBy(() -> extract("Самолеты нанесли удары", "ru")).isInstanceOf(UnsupportedLanguageException.class)
        .satisfies(e -> assertThat(((UnsupportedLanguageException) e).language()).isEqualTo("ru"));
  }

  @Test
  void givesStableIdsCodesAndVersion() {
    String text = "A car bomb killed at least 12 people in Baghdad.";
    MilitaryEvent first = extract(text, "en").get(0);
    MilitaryEvent second = extract(text, "en").get(0);
    assertThat(first.getEventId()).isEqualTo(second.getEventId()).hasSize(32);
    assertThat(first.getCodes().getCameo()).containsExactly("183");
    assertThat(first.getExtractorVersion()).isEqualTo(RuleBasedExtractor.VERSION + "+none");
    assertThat(first.getConfidence()).isBetween(0.0, 1.0);
  }

  @Test
  void explainsWhereEachFieldCameFrom() {
    Article article = Article.newBuilder().setId("x").setText("Turkish jets struck positions in Iraq yesterday.")
        .setLanguage("en").setPublished(Instant.parse("2024-05-15T00:00:00Z"))
        .setReceived(Instant.parse("2024-05-15T00:00:00Z")).build();
    Explanation explanation = RuleBasedExtractor.rulesAloneWithGazetteer(TestGazetteer.DIRECTORY).explain(article)
        .get(0)
        .explanation();
    assertThat(explanation.trigger()).contains("en.tsv:").contains("struck");
    assertThat(explanation.agent()).contains("Turkish");
    assertThat(explanation.place()).contains("countries.tsv:");
    assertThat(explanation.date()).contains("yesterday");
  }

  @Test
  void quotesEvidenceVerbatimEvenWithDiacriticsAndTatweel() {
    String text = "قال مسؤولون إنّ غـاراتٍ جويّةً استهدفت مواقعَ في إدلب أمس، وأسفرت عن مقتل ٤ أشخاص.";
    assertThat(extract(text, "ar")).isNotEmpty().allSatisfy(e -> assertThat(
        text.substring(e.getEvidence().getStart(), e.getEvidence().getEnd())).isEqualTo(e.getEvidence().getText()));
  }

  @Test
  void placesAnAttackOnACityThere() {
    MilitaryEvent e = extract("At least four people were killed in a bombing attack on Baghdad.", "en").get(0);
    assertThat(e.getLocation().getCountry()).isEqualTo("IQ");
  }

  @Test
  void doesNotPlaceAnEventInATargetedCountryNamedAsActor() {
    assertThat(extract("Militias launched rocket attacks against the United States in Syria on Monday.", "en"))
        .extracting(e -> e.getLocation().getCountry()).containsOnly("SY");
  }

  @Test
  void takesCapturesOnlyOfPlaces() {
    assertThat(extract("Rebels captured the town of Jenin on Monday.", "en")).singleElement()
        .satisfies(e -> assertThat(e.getType()).isEqualTo(EventType.GROUND_ASSAULT));
    assertThat(extract("Police captured 12 suspects in Baghdad on Monday.", "en")).isEmpty();
  }

  @Test
  void givesTheTollOfADefiniteMentionToTheEventItRefersTo() {
    MilitaryEvent e = extract("Warplanes struck a market in Idlib on Monday. Nine civilians were killed in the attack.",
        "en").get(0);
    assertThat(e.getKilled()).isEqualTo(9);
  }

  @Test
  void readsATruceAgreedAsOneCeasefire() {
    assertThat(extract("The two sides agreed to a 72-hour truce in Khartoum on Sunday.", "en"))
        .extracting(MilitaryEvent::getType).containsExactly(EventType.CEASEFIRE);
  }

  @Test
  void readsAMissileFiredAtAShipAsShelling() {
    assertThat(extract("Houthi rebels fired a ballistic missile at a commercial ship in the Red Sea.", "en"))
        .singleElement().satisfies(e -> {
          assertThat(e.getType()).isEqualTo(EventType.SHELLING);
          assertThat(e.getAgent()).isEqualTo("HOUTHIS");
          assertThat(e.getLocation().getCountry()).isEqualTo("YE");
        });
  }

  @Test
  void placesANameThatSeveralCountriesShareInTheArticlesMainCountry() {
    String text = "Clashes between rival militias erupted in Tripoli on Friday, killing 12 people.\n\n"
        + "The fighting is the worst in Libya this year, officials in Benghazi said.";
    assertThat(TestArticles.extractWithBundledGazetteer(text, "en")).filteredOn(e -> e.getType() == EventType.ARMED_CLASH)
        .first().satisfies(e -> assertThat(e.getLocation().getCountry()).isEqualTo("LY"));
  }

  @Test
  void datesAnActByItsOwnDateNotByOneBeyondAfter() {
    List<MilitaryEvent> events = extract(
        "Fighting resumed in March after rebels shelled the eastern districts of Kherson for days in January.", "en");
    assertThat(events).filteredOn(e -> e.getType() == EventType.SHELLING).singleElement()
        .satisfies(e -> assertThat(e.getDate().getMonthValue()).isEqualTo(1));
  }

  @Test
  void takesAMonthOrYearAsNoGroundForAWeakTrigger() {
    assertThat(extract("Fighting raged in Syria in March.", "en")).isEmpty();
    assertThat(extract("Fighting erupted in Syria on Monday.", "en")).hasSize(1);
  }

  @Test
  void takesNoPlaceFromAnAsideInBrackets() {
    assertThat(extract("Gunmen killed two soldiers on Monday (the group has offices in Beirut).", "en"))
        .noneMatch(e -> "LB".equals(e.getLocation().getCountry()));
  }

  @Test
  void takesTheSubjectOfAReportingVerbForNoPlace() {
    assertThat(extract("Kherson said gunmen killed two soldiers on Monday.", "en"))
        .noneMatch(e -> "UA".equals(e.getLocation().getCountry()));
  }

  private static List<EventType> typesOf(String text) {
    return extract(text, "en").stream().map(MilitaryEvent::getType).toList();
  }

  @Test
  void readsTakeOverVerbsAsGroundAssault() {
    assertThat(typesOf("Government forces regained control of the town of Jenin on Monday."))
        .containsExactly(EventType.GROUND_ASSAULT);
    assertThat(typesOf("Rebels took over the city of Kherson on Sunday.")).containsExactly(EventType.GROUND_ASSAULT);
    assertThat(typesOf("The city of Kherson fell to Russian forces on Tuesday."))
        .containsExactly(EventType.GROUND_ASSAULT);
    assertThat(typesOf("Militants claimed control of a police checkpoint near Baghdad on Friday."))
        .containsExactly(EventType.GROUND_ASSAULT);
    assertThat(typesOf("Troops have retaken the town of Jenin, officials said on Monday."))
        .containsExactly(EventType.GROUND_ASSAULT);
  }

  @Test
  void readsCounterAttacksRepelledAttacksAndShootoutsAsArmedClashes() {
    assertThat(typesOf("Troops launched a counter-attack near Deir ez-Zor on Monday, killing eight militants."))
        .containsExactly(EventType.ARMED_CLASH);
    assertThat(typesOf("Soldiers repelled an attack on their base in Diyala on Sunday."))
        .containsExactly(EventType.ARMED_CLASH);
    assertThat(typesOf("Two policemen were killed in a shootout with gunmen in Baghdad on Monday."))
        .containsExactly(EventType.ARMED_CLASH);
  }

  @Test
  void readsAShootingWithATollAsAnAttack() {
    assertThat(typesOf("Three people were killed in a shooting at a market in Baghdad on Monday."))
        .containsExactly(EventType.ATTACK);
  }

  @Test
  void readsMissileFireAndRocketBarragesAsShelling() {
    assertThat(typesOf("A tanker came under missile fire off the coast of Yemen on Friday."))
        .containsExactly(EventType.SHELLING);
    assertThat(typesOf("Militants fired a barrage of rockets at Beirut on Sunday."))
        .containsExactly(EventType.SHELLING);
    assertThat(typesOf("Katyusha rockets struck a base near Baghdad on Monday.")).containsExactly(EventType.SHELLING);
    assertThat(typesOf("Dozens of rockets hit the outskirts of Kherson on Tuesday."))
        .containsExactly(EventType.SHELLING);
    assertThat(typesOf("Two rockets launched from Lebanon landed near Jenin on Monday."))
        .containsExactly(EventType.SHELLING);
  }

  @Test
  void readsASuicideCarBomberAsABombing() {
    assertThat(typesOf("A suicide car bomber blew himself up at a checkpoint in Baghdad on Sunday, killing six."))
        .containsExactly(EventType.BOMBING);
  }

  @Test
  void readsTroopsLeavingPullingBackAndHandingOverABaseAsWithdrawal() {
    assertThat(typesOf("American troops began leaving their base in Deir ez-Zor on Monday."))
        .containsExactly(EventType.WITHDRAWAL);
    assertThat(typesOf("The army hands over its base in Deir ez-Zor to local forces on Monday."))
        .containsExactly(EventType.WITHDRAWAL);
    assertThat(typesOf("Officials announced the handover of the airbase near Baghdad on Sunday."))
        .containsExactly(EventType.WITHDRAWAL);
    assertThat(typesOf("Russian troops pulled back from Kherson on Friday."))
        .containsExactly(EventType.WITHDRAWAL);
  }

  @Test
  void readsAnExchangeOfPrisonersAsAnAgreement() {
    assertThat(typesOf("Russia and Ukraine exchanged prisoners on Sunday.")).containsExactly(EventType.AGREEMENT);
    assertThat(typesOf("Russia and Ukraine carried out an exchange of prisoners on Sunday."))
        .containsExactly(EventType.AGREEMENT);
    assertThat(typesOf("Ukraine and Russia completed a POW swap on Friday.")).containsExactly(EventType.AGREEMENT);
  }

  @Test
  void readsEffortsAndProposalsForATruceAsNoTruce() {
    assertThat(extract("Diplomats pressed on with efforts to reach a truce in Iraq on Monday.", "en"))
        .noneMatch(e -> e.getFactuality() == Factuality.FACTUAL && e.getType() == EventType.CEASEFIRE);
    assertThat(extract("A proposal for a ceasefire in Iraq was discussed on Monday.", "en"))
        .noneMatch(e -> e.getFactuality() == Factuality.FACTUAL && e.getType() == EventType.CEASEFIRE);
  }

  @Test
  void readsAirRaidSirensAsNoAirstrike() {
    assertThat(extract("Air raid sirens sounded across Kherson on Monday.", "en")).isEmpty();
  }

  @Test
  void readsCallsTalksAndDueDatesAfterTheTriggerAsNotFactual() {
    assertThat(extract("Ceasefire calls grew louder in Kherson on Monday.", "en"))
        .noneMatch(e -> e.getFactuality() == Factuality.FACTUAL);
    assertThat(extract("The troop withdrawal from Kherson is due in December.", "en"))
        .noneMatch(e -> e.getFactuality() == Factuality.FACTUAL);
  }

  @Test
  void readsRaidsByWarplanesAsAnAirstrike() {
    assertThat(extract("Warplanes carried out raids on militant positions in Idlib on Monday.", "en")).singleElement()
        .satisfies(e -> {
          assertThat(e.getType()).isEqualTo(EventType.AIRSTRIKE);
          assertThat(e.getPlatform()).isEqualTo(Platform.AIRCRAFT);
        });
  }

  @Test
  void readsARaidBesideAnAirStrikeAsAnAirstrike() {
    assertThat(typesOf("An air strike hit a camp in Idlib on Monday, and a raid hit a house in Deir ez-Zor."))
        .containsOnly(EventType.AIRSTRIKE);
  }

  @Test
  void keepsAHelicopterRaidAGroundAssault() {
    assertThat(typesOf("US helicopter raids in Deir ez-Zor on Monday killed two militants."))
        .containsExactly(EventType.GROUND_ASSAULT);
  }

  @Test
  void readsJetsFiringMissilesAsAnAirstrike() {
    assertThat(typesOf("Israeli jets fired missiles at a house in the Gaza Strip on Monday.")).containsExactly(EventType.AIRSTRIKE);
  }

  @Test
  void readsAShipStruckByAMissileAsShelling() {
    assertThat(typesOf("A fuel depot in Kherson was struck by a missile on Monday.")).containsExactly(EventType.SHELLING);
  }

  @Test
  void readsMissilesAsTheSubjectOfAStrikeAsShelling() {
    assertThat(typesOf("Russian missiles struck Kherson on Monday, and an explosion damaged a school."))
        .containsExactly(EventType.SHELLING);
  }

  @Test
  void readsAnAttackWithMissilesAndDronesAsTwoModes() {
    assertThat(typesOf("Militias attacked a base in Diyala with missiles and drones on Monday."))
        .containsExactlyInAnyOrder(EventType.AIRSTRIKE, EventType.SHELLING);
    assertThat(typesOf("Drone and missile attacks hit Kherson on Monday."))
        .containsExactlyInAnyOrder(EventType.AIRSTRIKE, EventType.SHELLING);
  }

  @Test
  void takesNoAirPlatformFromSuicideBombers() {
    assertThat(typesOf("Gunmen attacked a hotel in Baghdad on Monday with suicide bombers."))
        .containsExactly(EventType.BOMBING);
  }

  @Test
  void readsNoCeasefireOrClashFromTalksThatCollapsed() {
    assertThat(typesOf("Rebels fired rockets at Khartoum on Monday after ceasefire talks collapsed, "
        + "ending weeks of fighting.")).containsExactly(EventType.SHELLING);
  }

  @Test
  void readsFightingThatAShellingIsPartOfAsTheShelling() {
    assertThat(typesOf("Rebels shelled Khartoum on Monday as fighting spread, killing four people."))
        .containsExactly(EventType.SHELLING);
  }

  @Test
  void readsNoStrikeFromAirRaidSirens() {
    assertThat(extract("Air raid sirens sounded across Kherson on Monday.", "en")).isEmpty();
  }

  @Test
  void placesAnEventInTheCityTheArticleNamedBefore() {
    List<MilitaryEvent> events = extract("Rebels shelled Kherson on Sunday.\n\nOn Monday, gunmen attacked a checkpoint in the city, killing three soldiers in Ukraine.", "en");
    assertThat(events).filteredOn(e -> e.getDate().getDayOfWeek() == java.time.DayOfWeek.MONDAY).isNotEmpty()
        .allSatisfy(e -> assertThat(e.getLocation().getPlace()).isNotNull().contains("Kherson"));
  }
}
