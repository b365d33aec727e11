package io.sitrep.streams;

import io.sitrep.model.Article;
import java.time.Duration;
import java.time.Instant;

/** Checks that an article can be given to the extractor; what fails goes to the dead-letter topic. */
final class ArticleValidator {

  /** Relative dates resolve against the publication date: one outside these bounds would date events wrongly. */
  private static final Instant EARLIEST_PUBLICATION = Instant.parse("1990-01-01T00:00:00Z");
  private static final Duration CLOCK_SKEW_ALLOWED = Duration.ofDays(1);

  private final int maxArticleChars;

  ArticleValidator(int maxArticleChars) {
    this.maxArticleChars = maxArticleChars;
  }

  Article validate(Article article) {
    if (article == null) {
      throw new RejectedArticleException("empty value: no article");
    }
    if (article.getId().isBlank()) {
      throw new RejectedArticleException("article has no id");
    }
    // Blank by any definition, no-break spaces and stray punctuation included: nothing to read.
    if (article.getText().codePoints().noneMatch(Character::isLetterOrDigit)) {
      throw new RejectedArticleException("article " + article.getId() + " has no text");
    }
    if (article.getText().length() > maxArticleChars) {
      throw new RejectedArticleException("article " + article.getId() + " has " + article.getText().length()
          + " characters, over the limit of " + maxArticleChars);
    }
    if (article.getPublished().isBefore(EARLIEST_PUBLICATION)
        || article.getPublished().isAfter(article.getReceived().plus(CLOCK_SKEW_ALLOWED))) {
      throw new RejectedArticleException("article " + article.getId() + " has an implausible publication time "
          + article.getPublished() + " (received " + article.getReceived() + ")");
    }
    return article;
  }
}
