package io.sitrep.extraction.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A trie of phrases over normalised word forms: finds every listed phrase in a token sequence in one pass, trying
 * each form of each token, in time linear in the text (times the longest phrase). Immutable once built.
 *
 * @param <T> what a phrase stands for
 */
public final class PhraseIndex<T> {

  private final Node<T> root;
  private final boolean writtenFormsOnly;
  /**
   * One bit per hash of a phrase's first word (a Bloom filter of one hash): nearly every token starts no phrase, and
   * testing a bit is far cheaper than probing the root's map, which in the gazetteer holds thousands of words.
   */
  private final long[] firstWords;
  private final int firstWordShift;

  private PhraseIndex(Node<T> root, boolean writtenFormsOnly) {
    this.root = root;
    this.writtenFormsOnly = writtenFormsOnly;
    // 16 bits per first word keeps false positives near 6 %
    int bits = Integer.highestOneBit(Math.max(64, root.children.size() * 16) - 1) << 1;
    this.firstWordShift = Integer.numberOfLeadingZeros(bits) + 1;
    this.firstWords = new long[bits / 64];
    for (String word : root.children.keySet()) {
      int bit = firstWordBit(word);
      firstWords[bit >>> 6] |= 1L << bit;
    }
  }

  /** Collects phrases, then {@link #build()}s the index. */
  public static <T> Builder<T> builder(TextNormalizer normalizer, Tokenizer tokenizer) {
    return new Builder<>(normalizer, tokenizer);
  }

  /**
   * Leftmost-longest matches that do not overlap, skipping punctuation only where a phrase lists it. Every value of
   * the longest phrase at a position is reported.
   */
  public List<PhraseMatch<T>> findAll(List<Token> tokens) {
    List<PhraseMatch<T>> matches = new ArrayList<>();
    Longest<T> longest = new Longest<>();
    int i = 0;
    while (i < tokens.size()) {
      longest.node = null;
      longest.end = -1;
      Token token = tokens.get(i);
      int limit = formsTried(token);
      for (int f = 0; f < limit; f++) {
        Node<T> next = firstWord(token.forms().get(f));
        if (next != null) {
          walk(next, tokens, i + 1, longest);
        }
      }
      if (longest.node != null) {
        for (T value : longest.node.values) {
          matches.add(new PhraseMatch<>(value, i, longest.end));
        }
        i = longest.end;
      } else {
        i++;
      }
    }
    return matches;
  }

  /**
   * Every match at every position, overlapping and nested ones included, each value once per span: cue words, where
   * one word may belong to several classes under different forms.
   */
  public List<PhraseMatch<T>> findOverlapping(List<Token> tokens) {
    List<PhraseMatch<T>> matches = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      Token token = tokens.get(i);
      int limit = formsTried(token);
      int first = matches.size();
      for (int f = 0; f < limit; f++) {
        Node<T> next = firstWord(token.forms().get(f));
        if (next != null) {
          collect(next, tokens, i, i + 1, matches, first);
        }
      }
    }
    return matches;
  }

  /** How many of a token's forms a phrase word may match: all, or only the written ones for names. */
  private int formsTried(Token token) {
    return writtenFormsOnly ? token.inflectedFrom() : token.forms().size();
  }

  /** The trie node after a phrase's first word, or null; the bitmap answers most misses without probing the map. */
  private Node<T> firstWord(String form) {
    int bit = firstWordBit(form);
    return (firstWords[bit >>> 6] & 1L << bit) == 0 ? null : root.children.get(form);
  }

  private int firstWordBit(String word) {
    return (word.hashCode() * 0x9E3779B9) >>> firstWordShift;
  }

  /**
   * Adds the matches that start at {@code start} and go on through {@code node}, reached at {@code position}. A span
   * reached through two forms of a token is reported once; such repeats share their start, so only the matches from
   * {@code first} on (this start's) need checking.
   */
  private void collect(Node<T> node, List<Token> tokens, int start, int position, List<PhraseMatch<T>> matches,
      int first) {
    for (T value : node.values) {
      PhraseMatch<T> match = new PhraseMatch<>(value, start, position);
      if (!matches.subList(first, matches.size()).contains(match)) {
        matches.add(match);
      }
    }
    if (position >= tokens.size() || node.children.isEmpty()) {
      return;
    }
    Token token = tokens.get(position);
    int limit = formsTried(token);
    for (int f = 0; f < limit; f++) {
      Node<T> child = node.children.get(token.forms().get(f));
      if (child != null) {
        collect(child, tokens, start, position + 1, matches, first);
      }
    }
  }

  /** Records in {@code longest} the longest phrase through {@code node}, reached at {@code position}. */
  private void walk(Node<T> node, List<Token> tokens, int position, Longest<T> longest) {
    if (!node.values.isEmpty() && position > longest.end) {
      longest.node = node;
      longest.end = position;
    }
    if (position >= tokens.size() || node.children.isEmpty()) {
      return;
    }
    Token token = tokens.get(position);
    int limit = formsTried(token);
    for (int f = 0; f < limit; f++) {
      Node<T> child = node.children.get(token.forms().get(f));
      if (child != null) {
        walk(child, tokens, position + 1, longest);
      }
    }
  }

  private static final class Longest<T> {
    Node<T> node;
    int end = -1;
  }

  private static final class Node<T> {
    final Map<String, Node<T>> children = new HashMap<>(4);
    final List<T> values = new ArrayList<>(1);
  }

  /** Adds phrases; not thread-safe, used once at load time. */
  public static final class Builder<T> {
    private final TextNormalizer normalizer;
    private final Tokenizer tokenizer;
    private final Node<T> root = new Node<>();
    private boolean writtenFormsOnly;

    private Builder(TextNormalizer normalizer, Tokenizer tokenizer) {
      this.normalizer = normalizer;
      this.tokenizer = tokenizer;
    }

    /** Adds a phrase as written by an analyst; each word must equal one form of a text token. */
    public Builder<T> add(String phrase, T value) {
      List<Token> words = tokenizer.tokenize(normalizer.normalize(phrase.strip()));
      if (words.isEmpty()) {
        return this;
      }
      Node<T> node = root;
      for (Token word : words) {
        node = node.children.computeIfAbsent(word.normalized(), key -> new Node<>());
      }
      if (!node.values.contains(value)) {
        node.values.add(value);
      }
      return this;
    }

    /** Names match only as written (clitics may go, inflection may not): "Hamas" is not a plural of "Hama". */
    public Builder<T> writtenFormsOnly() {
      this.writtenFormsOnly = true;
      return this;
    }

    public PhraseIndex<T> build() {
      return new PhraseIndex<>(root, writtenFormsOnly);
    }
  }
}
