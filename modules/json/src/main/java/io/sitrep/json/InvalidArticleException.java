package io.sitrep.json;

/** An input article that cannot become an {@link io.sitrep.model.Article}; the message says why, for a person. */
public final class InvalidArticleException extends Exception {

  public InvalidArticleException(String reason) {
    super(reason);
  }
}
