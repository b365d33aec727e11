package io.sitrep.extraction;

import static io.sitrep.extraction.TestArticles.extract;
import static org.assertj.core.api.Assertions.assertThat;

import io.sitrep.model.EventType;
import io.sitrep.model.MilitaryEvent;
import java.util.List;
import org.junit.jupiter.api.Test;

/** English triggers and cues added for recall; each sentence is written for its entry and fails without it. */
class EnglishRecallTest {


  private static List<EventType> types(String text) {
    return extract(text, "en").stream().map(MilitaryEvent::getType).toList();
  }

  @Test
  void forcesAdvancingOnAPlaceAssaultIt() {
    assertThat(types("Iraqi forces advanced on Baghdad on Monday.")).containsExactly(EventType.GROUND_ASSAULT);
  }

  @Test
  void shootingUpAPostIsAnAttack() {
    assertThat(types("Militants shot up a police post near Jenin on Monday.")).containsExactly(EventType.ATTACK);
  }

  @Test
  void sackingAMilitaryPostIsAGroundAssault() {
    assertThat(types("Insurgents sacked an army post near Deir ez-Zor on Sunday."))
        .containsExactly(EventType.GROUND_ASSAULT);
  }

  @Test
  void aSiegeIsAGroundAssault() {
    assertThat(types("Militants staged a siege of a hotel in Baghdad on Friday.")).containsExactly(EventType.GROUND_ASSAULT);
  }

  @Test
  void troopsCarryingOutAnOperationAgainstAGroupAssault() {
    assertThat(types("Iraqi troops launched a major operation against militants near Deir ez-Zor on Monday."))
        .containsExactly(EventType.GROUND_ASSAULT);
  }

  @Test
  void aMilitaryOperationNamesNoModeOfAttack() {
    assertThat(types("The army said a military operation against militants near Deir ez-Zor went on on Monday."))
        .doesNotContain(EventType.GROUND_ASSAULT);
    assertThat(types("Iraqi soldiers on operations against militants were praised in Baghdad on Monday."))
        .doesNotContain(EventType.GROUND_ASSAULT);
  }

  @Test
  void missilesFiredInANumberAreShelling() {
    assertThat(types("The militia fired three ballistic missiles at Kherson on Tuesday."))
        .containsExactly(EventType.SHELLING);
    assertThat(types("The navy launched two cruise missiles at Kherson on Tuesday.")).containsExactly(EventType.SHELLING);
  }

  @Test
  void missilesNotLaunchedAreNoShelling() {
    assertThat(types("Iran showed its ballistic missiles at a parade in Baghdad on Tuesday.")).isEmpty();
  }

  @Test
  void aBombingCampaignIsAirStrikes() {
    assertThat(types("The bombing campaign against Deir ez-Zor intensified on Monday."))
        .containsExactly(EventType.AIRSTRIKE);
  }
}
