package io.sitrep.extraction.text;

import java.util.List;

/** Normalises, tokenises and splits an article's text into sentences in one pass. */
public final class TextAnalyzer {

  private final TextNormalizer normalizer;
  private final Tokenizer tokenizer;
  private final SentenceSplitter splitter;

  public TextAnalyzer(TextNormalizer normalizer, Tokenizer tokenizer, SentenceSplitter splitter) {
    this.normalizer = normalizer;
    this.tokenizer = tokenizer;
    this.splitter = splitter;
  }

  /** The article's sentences with their tokens; offsets point into {@code text}. */
  public List<Sentence> sentences(String text) {
    return splitter.split(text, tokenizer.tokenize(normalizer.normalize(text)));
  }
}
