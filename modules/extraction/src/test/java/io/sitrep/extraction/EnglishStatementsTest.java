package io.sitrep.extraction;

import static io.sitrep.extraction.TestArticles.extract;
import static org.assertj.core.api.Assertions.assertThat;

import io.sitrep.model.EventType;
import io.sitrep.model.Factuality;
import io.sitrep.model.MilitaryEvent;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * English sentences that name an act without stating it as a fact (captions, sounds, trends, requests), written for
 * these tests in general news style, beside a plain report of the same act that stays factual.
 */
class EnglishStatementsTest {


  private static List<MilitaryEvent> factual(String text) {
    return extract(text, "en").stream().filter(e -> e.getFactuality() == Factuality.FACTUAL).toList();
  }

  @Test
  void keepsAPlainReportFactual() {
    assertThat(factual("A car bomb exploded in Baghdad on Tuesday, killing five people, police said."))
        .extracting(MilitaryEvent::getType).containsExactly(EventType.BOMBING);
  }

  @Test
  void readsNoFactFromAPhotoCaptionMark() {
    assertThat(factual("A combination image shows the damage left by car bomb attacks in Baghdad in 2023 and 2024."))
        .isEmpty();
    assertThat(factual("File photo: A car bomb exploded in Baghdad on Tuesday, killing five people.")).isEmpty();
    assertThat(factual("Troops leave the town after the ceasefire, as seen from a hill near Kherson, May 1, 2024."))
        .isEmpty();
  }

  @Test
  void readsNoFactFromACaptionOfAPersonInThePicture() {
    assertThat(factual("A girl looks at the wreckage of a car hit by a drone strike in Deir ez-Zor, March 3, 2024."))
        .isEmpty();
    assertThat(factual("A woman mourns over the body of a relative killed in an airstrike on Jenin, April 2, 2024."))
        .isEmpty();
    assertThat(factual("A man stands next to a house destroyed by shelling in Kherson, May 3, 2024.")).isEmpty();
    assertThat(factual("An elderly man walks past a building destroyed in an Israeli air strike in Beirut, May 2, 2024."))
        .isEmpty();
    assertThat(factual("Smoke is seen rising after an air strike on Baghdad on Monday.")).isEmpty();
  }

  @Test
  void readsNoFactFromASoundHeard() {
    assertThat(factual("Residents said loud explosions were heard across Baghdad on Tuesday night.")).isEmpty();
    assertThat(factual("Witnesses heard several explosions near the airport of Beirut.")).isEmpty();
    assertThat(factual("The sound of shelling echoed across Kherson overnight.")).isEmpty();
  }

  @Test
  void readsNoClashInASportsTitleClash() {
    assertThat(factual("The final was billed as a title clash between the two best teams in Baghdad.")).isEmpty();
  }

  @Test
  void readsNoWithdrawalInBodiesPulledOutOfTheRubble() {
    assertThat(factual("Rescuers said four bodies were pulled out of the rubble after Israeli forces struck a building "
        + "in Jenin.")).extracting(MilitaryEvent::getType).containsExactly(EventType.ATTACK);
  }

  @Test
  void readsAWithdrawalAskedAForATimelineAsPlanned() {
    assertThat(factual("The government asked Washington for a timeline for the withdrawal of its troops from Iraq."))
        .isEmpty();
    assertThat(factual("The government published a timetable for the withdrawal of US troops from Iraq.")).isEmpty();
  }

  @Test
  void readsNoAgreementInADraft() {
    assertThat(factual("Negotiators in Baghdad are working on a draft agreement on the withdrawal of foreign forces."))
        .isEmpty();
  }

  @Test
  void readsNoCeasefireInAnyCeasefire() {
    assertThat(factual("The minister said any ceasefire in Kherson must include the return of prisoners.")).isEmpty();
  }

  @Test
  void readsTheTermsOfADealAsPlanned() {
    assertThat(factual("The deal stipulated a ceasefire in Kherson from Monday."))
        .extracting(MilitaryEvent::getType).containsExactly(EventType.AGREEMENT);
    assertThat(factual("The plan provides for a ceasefire in Kherson.")).isEmpty();
  }

  @Test
  void readsACeasefireToBeRestoredAsHypothetical() {
    assertThat(factual("The ministry called for calm and for restoring the ceasefire in Kherson.")).isEmpty();
    assertThat(factual("The truce in Kherson took effect on Monday."))
        .extracting(MilitaryEvent::getType).containsExactly(EventType.CEASEFIRE);
  }

  @Test
  void readsAnAgreementOrTruceThatWasEndedAsNoLongerStanding() {
    assertThat(factual("Baghdad ended an agreement that allowed US troops to operate in the country.")).isEmpty();
    assertThat(factual("The group ended a months-long ceasefire with the government in Baghdad.")).isEmpty();
    assertThat(factual("Iraq terminated a security agreement with Washington on Monday.")).isEmpty();
  }

  @Test
  void readsNoActInATrendOrAHabit() {
    assertThat(factual("Iraq has seen an uptick in militant attacks in Baghdad since last year.")).isEmpty();
    assertThat(factual("The town of Jenin saw a surge in attacks on settlers this spring.")).isEmpty();
    assertThat(factual("Analysts say the army is resorting to air strikes on villages near Kherson.")).isEmpty();
    assertThat(factual("Troops in Kherson came under frequent shelling last month.")).isEmpty();
    assertThat(factual("Villages near Kherson face regular shelling by Russian forces.")).isEmpty();
  }

  @Test
  void keepsRegularTroopsInAClashFactual() {
    assertThat(factual("Iraqi regular troops clashed with militants near Baghdad on Monday."))
        .extracting(MilitaryEvent::getType).containsExactly(EventType.ARMED_CLASH);
  }
}
