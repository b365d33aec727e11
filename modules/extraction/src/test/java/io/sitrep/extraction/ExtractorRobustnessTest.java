package io.sitrep.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import io.sitrep.model.Article;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Crafted inputs up to a mebibyte: no backtracking traps, no quadratic rules. */
class ExtractorRobustnessTest {

  private static final RuleBasedExtractor EXTRACTOR = RuleBasedExtractor.standard();

  private static Article article(String text, String language) {
    return Article.newBuilder().setId("big").setText(text).setLanguage(language)
        .setPublished(Instant.parse("2024-05-15T00:00:00Z")).setReceived(Instant.parse("2024-05-15T00:00:00Z"))
        .build();
  }

  @Test
  void extractsAMebibyteOfTriggersWithoutSentenceEndsInSeconds() {
    String text = "غارات على سوريا في العراق قتلى اشتباكات ".repeat(26_000);
    long started = System.nanoTime();
    EXTRACTOR.extract(article(text, "ar"));
    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(20));
  }

  @Test
  void extractsAMebibyteOfEnglishNewsInSeconds() {
    String text = "Turkish jets struck PKK camps in northern Iraq on Sunday, killing at least 12 militants. "
        .repeat(11_000);
    long started = System.nanoTime();
    assertThat(EXTRACTOR.extract(article(text, "en"))).isNotEmpty();
    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(20));
  }

  @Test
  void handlesEmptyAndPunctuationOnlyText() {
    assertThat(EXTRACTOR.extract(article(" ", "en"))).isEmpty();
    assertThat(EXTRACTOR.extract(article("...!!!؟؟،،", "ar"))).isEmpty();
  }
}
