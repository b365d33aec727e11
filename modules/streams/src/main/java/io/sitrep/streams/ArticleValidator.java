package io.sitrep.streams;

import io.sitrep.model.Article;

/** Checks that an article can be given to the extractor; what fails goes to the dead-letter topic. */
final class ArticleValidator {

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
    if (article.getText().isBlank()) {
      throw new RejectedArticleException("article " + article.getId() + " has no text");
    }
    if (article.getText().length() > maxArticleChars) {
      throw new RejectedArticleException("article " + article.getId() + " has " + article.getText().length()
          + " characters, over the limit of " + maxArticleChars);
    }
    return article;
  }
}
