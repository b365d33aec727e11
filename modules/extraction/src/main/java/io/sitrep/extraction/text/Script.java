package io.sitrep.extraction.text;

/** Which script a character or word is written in: the one test of Arabic script that every rule uses. */
public final class Script {

  private Script() {}

  /** Whether the character is Arabic script: the Arabic block, its supplement and its presentation forms. */
  public static boolean isArabic(char c) {
    return c >= 0x0600 && c <= 0x06FF || c >= 0x0750 && c <= 0x077F || c >= 0xFB50 && c <= 0xFEFF;
  }

  /** Whether a word (a token's form, never empty) is written in Arabic script, judged by its first character. */
  public static boolean isArabic(String word) {
    return isArabic(word.charAt(0));
  }
}
