package io.sitrep.extraction.lexicon;

import java.util.Optional;

/** The languages the extractor has rules for. */
public enum Language {
  AR("ar"), EN("en");

  private final String code;

  Language(String code) {
    this.code = code;
  }

  /** ISO 639-1 code. */
  public String code() {
    return code;
  }

  /** The language of an ISO 639-1 code (case and region ignored: "EN-us" is English), if supported. */
  public static Optional<Language> of(String code) {
    String primary = code.strip().toLowerCase(java.util.Locale.ROOT);
    int dash = primary.indexOf('-');
    if (dash > 0) {
      primary = primary.substring(0, dash);
    }
    for (Language language : values()) {
      if (language.code.equals(primary)) {
        return Optional.of(language);
      }
    }
    return Optional.empty();
  }
}
