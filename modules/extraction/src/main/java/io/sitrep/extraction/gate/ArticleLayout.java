package io.sitrep.extraction.gate;

import java.util.Arrays;

/**
 * Where a sentence stands in an article: its line and paragraph (paragraphs are separated by a blank line), computed
 * once per article so that each candidate is placed by binary search.
 */
final class ArticleLayout {

  private final int length;
  private final int[] lineStarts;
  private final int[] paragraphStarts;

  ArticleLayout(String text) {
    length = Math.max(1, text.length());
    int[] lines = new int[16];
    int[] paragraphs = new int[16];
    int lineCount = 1;
    int paragraphCount = 1;
    boolean blankLineSeen = false;
    boolean lineHasText = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n') {
        blankLineSeen |= !lineHasText && i > 0;
        lineHasText = false;
        if (lineCount == lines.length) {
          lines = Arrays.copyOf(lines, lineCount * 2);
        }
        lines[lineCount++] = i + 1;
      } else if (!Character.isWhitespace(c) && !lineHasText) {
        lineHasText = true;
        if (blankLineSeen) {
          if (paragraphCount == paragraphs.length) {
            paragraphs = Arrays.copyOf(paragraphs, paragraphCount * 2);
          }
          paragraphs[paragraphCount++] = i;
          blankLineSeen = false;
        }
      }
    }
    lineStarts = Arrays.copyOf(lines, lineCount);
    paragraphStarts = Arrays.copyOf(paragraphs, paragraphCount);
  }

  /** The line (from 0) that holds the character at {@code offset}. */
  int line(int offset) {
    return indexOf(lineStarts, offset);
  }

  /** The paragraph (from 0) that holds the character at {@code offset}. */
  int paragraph(int offset) {
    return indexOf(paragraphStarts, offset);
  }

  /** The offset as a share of the article's length, 0 to 1. */
  double share(int offset) {
    return Math.min(1.0, offset / (double) length);
  }

  private static int indexOf(int[] starts, int offset) {
    int found = Arrays.binarySearch(starts, offset);
    return found >= 0 ? found : -found - 2;
  }
}
