package io.sitrep.extraction.text;

import java.util.Arrays;
import org.apache.lucene.analysis.ar.ArabicNormalizer;

/**
 * Normalises article text for matching: Lucene's Arabic normalisation (alef and ya variants, ta marbuta, diacritics,
 * tatweel), Arabic-Indic and Persian digits to ASCII, Arabic punctuation and typographic quotes to ASCII, Latin
 * lower case. Every character maps to at most one character, so offsets back to the original stay exact.
 */
public final class TextNormalizer {

  private static final char DELETED = '\uFFFF';

  /** The mapping of every character below U+0700 (Latin and Arabic, nearly all article text), computed once. */
  private final char[] table = new char[0x0700];
  private final char[] arabicBlock = new char[0x0700 - 0x0600];

  public TextNormalizer() {
    ArabicNormalizer lucene = new ArabicNormalizer();
    char[] one = new char[1];
    for (int i = 0; i < arabicBlock.length; i++) {
      one[0] = (char) (0x0600 + i);
      int length = lucene.normalize(one, 1);
      arabicBlock[i] = length == 0 ? DELETED : one[0];
    }
    for (char c = 0; c < table.length; c++) {
      table[c] = map(c);
    }
  }

  /** The normalised form of {@code original} with its offset map. */
  public NormalizedText normalize(String original) {
    // mapped in place: a character is written at or before where it was read
    char[] chars = original.toCharArray();
    int length = chars.length;
    int[] offsets = new int[length];
    int kept = 0;
    for (int i = 0; i < length; i++) {
      char c = chars[i];
      char mapped = c < table.length ? table[c] : map(c);
      if (mapped != DELETED) {
        offsets[kept] = i;
        chars[kept++] = mapped;
      }
    }
    return new NormalizedText(original, new String(chars, 0, kept),
        kept == length ? offsets : Arrays.copyOf(offsets, kept));
  }

  private char map(char c) {
    if (c >= 0x0660 && c <= 0x0669) {
      return (char) ('0' + (c - 0x0660));
    }
    if (c >= 0x06F0 && c <= 0x06F9) {
      return (char) ('0' + (c - 0x06F0));
    }
    switch (c) {
      case '\u060C': return ',';
      case '\u061B': return ';';
      case '\u061F': return '?';
      case '\u066B': return '.';
      case '\u066C': return ',';
      case '\u06D4': return '.';
      case '\u06CC': return '\u064A';
      case '\u06A9': return '\u0643';
      case '\u0629': return '\u0647';
      case '\u201C': case '\u201D': case '\u201E': case '\u00AB': case '\u00BB': return '"';
      case '\u2018': case '\u2019': case '\u201A': case '`': return '\'';
      case '\u2013': case '\u2014': return '-';
      case '\u00A0': return ' ';
      case '\u200B': case '\u200C': case '\u200D': case '\u200E': case '\u200F': case '\u00AD': return DELETED;
      default:
        break;
    }
    if (c >= 0x0600 && c < 0x0700) {
      return arabicBlock[c - 0x0600];
    }
    return Character.toLowerCase(c);
  }
}
