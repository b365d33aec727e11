package io.sitrep.extraction.actors;

import static org.assertj.core.api.Assertions.assertThat;

import io.sitrep.extraction.RuleBasedExtractor;
import io.sitrep.model.Article;
import io.sitrep.model.MilitaryEvent;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ActorDictionaryTest {

  private final RuleBasedExtractor extractor = RuleBasedExtractor.rulesAlone();

  @Test
  void doesNotTakeAPersonsDemonymSurnameForHisNamesakeCountry() {
    List<MilitaryEvent> events = extract("أعلن رئيس الوزراء العراقي محمد شياع السوداني التوصل إلى اتفاق مع الولايات "
        + "المتحدة على جدول زمني لانسحاب قوات التحالف الدولي من العراق.");

    assertThat(events).isNotEmpty();
    assertThat(events).allSatisfy(event -> {
      assertThat(event.getAgent()).isNotEqualTo("SD");
      assertThat(event.getCounterparts()).doesNotContain("SD");
    });
  }

  @Test
  void stillReadsTheDemonymAfterAnArmyAsThatCountry() {
    List<MilitaryEvent> events = extract("قصف الجيش السوداني مواقع لقوات الدعم السريع في الخرطوم اليوم.");

    assertThat(events).extracting(MilitaryEvent::getAgent).contains("SD");
  }

  private List<MilitaryEvent> extract(String text) {
    return extractor.extract(Article.newBuilder().setId("t").setText(text).setLanguage("ar")
        .setPublished(Instant.parse("2024-03-03T08:00:00Z")).setReceived(Instant.parse("2024-03-03T08:00:00Z"))
        .build());
  }
}
