package io.sitrep.extraction.text;

/**
 * Text normalised for matching, with the offset in the original text of every normalised character, so that any
 * span found in the normalised form maps back to a verbatim slice of the original.
 */
public record NormalizedText(String original, String text, int[] originalOffsets) {

  /** Offset in the original text of the normalised character at {@code index}. */
  public int originalStart(int index) {
    return originalOffsets[index];
  }

  /** Offset in the original text one past the normalised character before {@code index}. */
  public int originalEnd(int index) {
    return index == 0 ? 0 : originalOffsets[index - 1] + 1;
  }
}
