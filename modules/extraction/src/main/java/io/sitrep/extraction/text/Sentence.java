package io.sitrep.extraction.text;

import java.util.List;

/** One sentence: its span in the original text and its tokens. */
public record Sentence(int index, int start, int end, String text, List<Token> tokens) {}
