package io.sitrep.extraction.text;

import java.util.Set;

/**
 * Tells Arabic from English by script and, for Latin text, by English function words. Anything else is reported as
 * {@code und} (unknown) rather than guessed.
 */
public final class LanguageIdentifier {

  private static final Set<String> ENGLISH_FUNCTION_WORDS = Set.of(
      "the", "of", "and", "in", "to", "a", "is", "was", "were", "for", "on", "that", "with", "by", "from", "at",
      "has", "have", "are", "its", "it", "as", "an", "be", "said", "after", "which");

  /** "ar", "en" or "und". */
  public String identify(String text) {
    int arabic = 0;
    int latin = 0;
    int otherLetters = 0;
    int limit = Math.min(text.length(), 20_000);
    for (int i = 0; i < limit; i++) {
      char c = text.charAt(i);
      if (!Character.isLetter(c)) {
        continue;
      }
      if (Script.isArabic(c)) {
        arabic++;
      } else if (c < 0x0250) {
        latin++;
      } else {
        otherLetters++;
      }
    }
    int letters = arabic + latin + otherLetters;
    if (letters == 0) {
      return "und";
    }
    if (arabic * 2 > letters) {
      return persianLetters(text, limit) ? "und" : "ar";
    }
    if (latin * 2 > letters && englishShare(text, limit) >= 0.12) {
      return "en";
    }
    return "und";
  }

  private static boolean persianLetters(String text, int limit) {
    // پ چ ژ گ do not occur in Arabic; a text full of them is Persian or Urdu.
    int count = 0;
    for (int i = 0; i < limit; i++) {
      char c = text.charAt(i);
      if (c == '\u067E' || c == '\u0686' || c == '\u0698' || c == '\u06AF') {
        count++;
      }
    }
    return count > 3;
  }

  private static double englishShare(String text, int limit) {
    int words = 0;
    int function = 0;
    int i = 0;
    while (i < limit) {
      while (i < limit && !Character.isLetter(text.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < limit && Character.isLetter(text.charAt(i))) {
        i++;
      }
      if (i > start) {
        words++;
        if (ENGLISH_FUNCTION_WORDS.contains(text.substring(start, i).toLowerCase(java.util.Locale.ROOT))) {
          function++;
        }
      }
    }
    return words == 0 ? 0 : (double) function / words;
  }
}
