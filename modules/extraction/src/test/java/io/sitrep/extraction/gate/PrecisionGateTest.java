package io.sitrep.extraction.gate;

import static org.assertj.core.api.Assertions.assertThat;

import io.sitrep.extraction.RuleBasedExtractor;
import io.sitrep.extraction.lexicon.Language;
import io.sitrep.model.Article;
import io.sitrep.model.Factuality;
import io.sitrep.model.MilitaryEvent;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The gate inside the extractor, with a model written by hand: one that distrusts habitual statements. */
class PrecisionGateTest {

  private static final int DIMENSIONS = PrecisionGate.DIMENSIONS;

  private static RuleBasedExtractor gatedAgainstHabitualStatements() {
    float[] weights = new float[DIMENSIONS + 1];
    weights[FeatureVector.index("cue=HABITUAL", DIMENSIONS)] = -6f;
    return RuleBasedExtractor.withGate(new GateModel("gate-test", DIMENSIONS, 2.0,
        Map.of(Language.EN, 0.5, Language.AR, 0.5), weights));
  }

  private static List<MilitaryEvent> extract(RuleBasedExtractor extractor, String text, String language) {
    return extractor.extract(Article.newBuilder().setId("t").setText(text).setLanguage(language)
        .setPublished(Instant.parse("2024-05-14T00:00:00Z")).setReceived(Instant.parse("2024-05-14T00:00:00Z"))
        .build());
  }

  @Test
  void dropsACandidateTheModelScoresBelowTheThreshold() {
    String habitual = "Government aircraft have repeatedly carried out airstrikes on Idlib.";
    assertThat(extract(RuleBasedExtractor.rulesAlone(), habitual, "en")).isNotEmpty();
    assertThat(extract(gatedAgainstHabitualStatements(), habitual, "en")).isEmpty();
  }

  @Test
  void keepsACandidateAboveTheThresholdWithTheProbabilityAsConfidence() {
    List<MilitaryEvent> events = extract(gatedAgainstHabitualStatements(),
        "Government aircraft carried out an airstrike on Idlib on Monday.", "en");
    assertThat(events).hasSize(1);
    assertThat(events.get(0).getConfidence()).isEqualTo(Math.round(100 / (1 + Math.exp(-2.0))) / 100.0);
    assertThat(events.get(0).getExtractorVersion()).isEqualTo(RuleBasedExtractor.VERSION + "+gate-test");
  }

  @Test
  void readsArabicHabitualMarkersToo() {
    String habitual = "تواصل الطائرات الحربية شن غارات على مدينة إدلب.";
    assertThat(extract(RuleBasedExtractor.rulesAlone(), habitual, "ar")).isNotEmpty();
    assertThat(extract(gatedAgainstHabitualStatements(), habitual, "ar")).isEmpty();
  }

  @Test
  void passesPlannedEventsWithoutScoringThem() {
    List<MilitaryEvent> events = extract(gatedAgainstHabitualStatements(),
        "The army will continue to withdraw its troops from the north of Syria next month.", "en");
    assertThat(events).isNotEmpty().allMatch(e -> e.getFactuality() != Factuality.FACTUAL);
  }

  @Test
  void explainsItsDecision() {
    var explained = gatedAgainstHabitualStatements().explain(Article.newBuilder().setId("t")
        .setText("Government aircraft carried out an airstrike on Idlib on Monday.").setLanguage("en")
        .setPublished(Instant.parse("2024-05-14T00:00:00Z")).setReceived(Instant.parse("2024-05-14T00:00:00Z"))
        .build());
    assertThat(explained.get(0).explanation().gate()).isEqualTo("p=0.88 >= threshold 0.50");
  }
}
