package io.sitrep.extraction.lexicon;

import io.sitrep.extraction.text.Token;
import java.util.List;

/**
 * The clause around a span of tokens, [start, end): bounded by a comma, semicolon, colon or bracket, or by a word
 * like "but"/"لكن". Rules scope cues and places to the clause that holds the trigger.
 */
public record Clause(int start, int end) {

  /** The clause holding tokens [from, to). */
  public static Clause around(List<Token> tokens, SentenceCues cues, int from, int to) {
    int start = 0;
    for (int i = from - 1; i >= 0; i--) {
      if (isBreak(tokens.get(i), cues, i)) {
        start = i + 1;
        break;
      }
    }
    int end = tokens.size();
    for (int i = to; i < tokens.size(); i++) {
      if (isBreak(tokens.get(i), cues, i)) {
        end = i;
        break;
      }
    }
    return new Clause(start, end);
  }

  private static boolean isBreak(Token token, SentenceCues cues, int index) {
    if (token.isPunctuation()) {
      String p = token.normalized();
      return p.equals(",") || p.equals(";") || p.equals(":") || p.equals("(") || p.equals(")");
    }
    return cues.at(CueClass.CLAUSE_BREAK, index);
  }
}
