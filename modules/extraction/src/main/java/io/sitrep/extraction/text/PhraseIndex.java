package io.sitrep.extraction.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A trie of phrases over normalised word forms: finds every listed phrase in a token sequence in one pass, trying
 * each form of each token, in time linear in the text (times the longest phrase). Immutable once built.
 *
 * @param <T> what a phrase stands for
 */
public final class PhraseIndex<T> {

  private final Node<T> root;
  private final boolean writtenFormsOnly;

  private PhraseIndex(Node<T> root, boolean writtenFormsOnly) {
    this.root = root;
    this.writtenFormsOnly = writtenFormsOnly;
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
    int i = 0;
    while (i < tokens.size()) {
      Longest<T> longest = new Longest<>();
      walk(root, tokens, i, i, longest);
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
    Set<PhraseMatch<T>> matches = new LinkedHashSet<>();
    for (int i = 0; i < tokens.size(); i++) {
      collect(root, tokens, i, i, matches);
    }
    return new ArrayList<>(matches);
  }

  private void collect(Node<T> node, List<Token> tokens, int start, int position, Set<PhraseMatch<T>> matches) {
    if (position > start) {
      for (T value : node.values) {
        matches.add(new PhraseMatch<>(value, start, position));
      }
    }
    if (position >= tokens.size() || node.children.isEmpty()) {
      return;
    }
    Token token = tokens.get(position);
    int limit = writtenFormsOnly ? token.inflectedFrom() : token.forms().size();
    for (int f = 0; f < limit; f++) {
      Node<T> child = node.children.get(token.forms().get(f));
      if (child != null) {
        collect(child, tokens, start, position + 1, matches);
      }
    }
  }

  private void walk(Node<T> node, List<Token> tokens, int start, int position, Longest<T> longest) {
    if (!node.values.isEmpty() && position > start && position > longest.end) {
      longest.node = node;
      longest.end = position;
    }
    if (position >= tokens.size() || node.children.isEmpty()) {
      return;
    }
    Token token = tokens.get(position);
    List<String> forms = token.forms();
    int limit = writtenFormsOnly ? token.inflectedFrom() : forms.size();
    for (int f = 0; f < limit; f++) {
      String form = forms.get(f);
      if (f > 0 && forms.subList(0, f).contains(form)) {
        continue;
      }
      Node<T> child = node.children.get(form);
      if (child != null) {
        walk(child, tokens, start, position + 1, longest);
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
