package io.sitrep.extraction;

/** The article is in a language the extractor has no rules for; it is reported, never guessed at. */
public final class UnsupportedLanguageException extends RuntimeException {

  private final String language;

  public UnsupportedLanguageException(String language) {
    super("unsupported language: " + language);
    this.language = language;
  }

  /** The ISO 639-1 code given or detected, or {@code und} when none could be told. */
  public String language() {
    return language;
  }
}
