package io.sitrep.extraction;

import io.sitrep.model.Article;
import io.sitrep.model.MilitaryEvent;
import java.time.Instant;
import java.util.List;

/** Articles of one text written for a test, published on 2024-05-15, read by the rules alone (no gate). */
final class TestArticles {

  private static final Instant PUBLISHED = Instant.parse("2024-05-15T10:00:00Z");
  private static final RuleBasedExtractor WITH_FIXTURE_GAZETTEER =
      RuleBasedExtractor.rulesAloneWithGazetteer(TestGazetteer.DIRECTORY);
  private static final RuleBasedExtractor WITH_BUNDLED_GAZETTEER = RuleBasedExtractor.rulesAlone();

  private TestArticles() {}

  static Article article(String text, String language) {
    return Article.newBuilder().setId("t").setText(text).setLanguage(language).setPublished(PUBLISHED)
        .setReceived(PUBLISHED).build();
  }

  /** The events the rules read, with the small fixture gazetteer of the tests. */
  static List<MilitaryEvent> extract(String text, String language) {
    return WITH_FIXTURE_GAZETTEER.extract(article(text, language));
  }

  /** The events the rules read, with the bundled gazetteer (for rules about its ambiguous names). */
  static List<MilitaryEvent> extractWithBundledGazetteer(String text, String language) {
    return WITH_BUNDLED_GAZETTEER.extract(article(text, language));
  }
}
