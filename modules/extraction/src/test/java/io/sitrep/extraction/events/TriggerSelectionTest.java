package io.sitrep.extraction.events;

import static org.assertj.core.api.Assertions.assertThat;

import io.sitrep.extraction.lexicon.Language;
import io.sitrep.model.EventType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The trigger stage on sentences written for it. */
class TriggerSelectionTest {


  private static List<EventType> selected(String text, Language language) {
    SentenceFixture fixture = SentenceFixture.of(text, language);
    return TriggerSelection.select(fixture.triggers(), fixture.cues(), fixture.sentence().tokens().size(), List::of)
        .stream()
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
