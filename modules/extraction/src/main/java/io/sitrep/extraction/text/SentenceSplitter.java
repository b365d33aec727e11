package io.sitrep.extraction.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Groups tokens into sentences: a sentence ends at "." "!" "?" (Arabic ؟ is normalised to "?") or a line break.
 * Abbreviations ("Feb.", "Gen.", "U.S." is one token already) and decimals ("1.5" is one token) do not end one.
 */
public final class SentenceSplitter {

  private static final Set<String> ABBREVIATIONS = Set.of(
      "mr", "mrs", "ms", "dr", "gen", "lt", "col", "maj", "capt", "sgt", "adm", "gov", "sen", "rep", "st", "jr",
      "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "no", "vs", "approx",
      "inc", "corp", "co", "ltd", "pres", "prof", "rev");

  /**
   * Longest sentence in tokens: text without sentence ends (a crafted or garbled input) is cut here, so that rules
   * that compare a sentence's words pairwise stay linear in the length of the article.
   */
  static final int MAX_TOKENS = 250;

  /** The sentences of an article, each with its verbatim text. */
  public List<Sentence> split(String original, List<Token> tokens) {
    List<Sentence> sentences = new ArrayList<>();
    int first = 0;
    for (int i = 0; i < tokens.size(); i++) {
      Token token = tokens.get(i);
      boolean lineBreakAfter = i + 1 < tokens.size() && containsLineBreak(original, token.end(), tokens.get(i + 1).start());
      if (endsSentence(tokens, i) || lineBreakAfter || i + 1 - first >= MAX_TOKENS) {
        // keep closing quotes and brackets with the sentence they close
        int last = i;
        while (!lineBreakAfter && last + 1 < tokens.size() && isCloser(tokens.get(last + 1))
            && !containsLineBreak(original, tokens.get(last).end(), tokens.get(last + 1).start())) {
          last++;
        }
        add(sentences, original, tokens, first, last + 1);
        first = last + 1;
        i = last;
      }
    }
    add(sentences, original, tokens, first, tokens.size());
    return sentences;
  }

  private static boolean endsSentence(List<Token> tokens, int i) {
    Token token = tokens.get(i);
    if (!token.isPunctuation()) {
      return false;
    }
    String p = token.normalized();
    if (p.equals("!") || p.equals("?")) {
      return true;
    }
    if (!p.equals(".")) {
      return false;
    }
    if (i == 0) {
      return true;
    }
    Token previous = tokens.get(i - 1);
    if (previous.end() == token.start() && previous.isWord()
        && (ABBREVIATIONS.contains(previous.normalized()) || isSingleLatinCapital(previous))) {
      return false;
    }
    return true;
  }

  private static boolean isSingleLatinCapital(Token token) {
    return token.normalized().length() == 1 && token.normalized().charAt(0) < 0x0250;
  }

  private static boolean isCloser(Token token) {
    String p = token.normalized();
    return token.isPunctuation() && (p.equals("\"") || p.equals(")") || p.equals("'") || p.equals("]"));
  }

  private static boolean containsLineBreak(String original, int from, int to) {
    for (int i = from; i < to; i++) {
      if (original.charAt(i) == '\n') {
        return true;
      }
    }
    return false;
  }

  private static void add(List<Sentence> sentences, String original, List<Token> tokens, int from, int to) {
    if (from >= to) {
      return;
    }
    List<Token> slice = List.copyOf(tokens.subList(from, to));
    int start = slice.get(0).start();
    int end = slice.get(slice.size() - 1).end();
    sentences.add(new Sentence(sentences.size(), start, end, original.substring(start, end), slice));
  }
}
