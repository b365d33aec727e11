package io.sitrep.extraction.text;

/** A phrase found in a token list: what it stands for and its token range [start, end). */
public record PhraseMatch<T>(T value, int start, int end) {}
