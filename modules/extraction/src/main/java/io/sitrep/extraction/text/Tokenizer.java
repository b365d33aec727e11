package io.sitrep.extraction.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits normalised text into words, numbers and punctuation, with offsets in the original text. Arabic words get
 * extra forms without their clitics (و ف, the future prefix سـ, ب ك ل, the article ال, attached pronouns ها هم ه ...);
 * English words get
 * a singular form. Matching tries every form, so lexicons list bare stems.
 */
public final class Tokenizer {

  /** Attached pronouns, and the plural verb ending وا ("اشتبكوا"), longest first. */
  private static final String[] ENCLITICS = {"هما", "كما", "هم", "هن", "ها", "كم", "نا", "وا", "ه"};

  /** Tokens of the whole normalised text. */
  public List<Token> tokenize(NormalizedText text) {
    String s = text.text();
    List<Token> tokens = new ArrayList<>(s.length() / 5 + 1);
    int i = 0;
    int n = s.length();
    while (i < n) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
      } else if (Character.isDigit(c)) {
        int end = i + 1;
        while (end < n && (Character.isDigit(s.charAt(end))
            || ((s.charAt(end) == ',' || s.charAt(end) == '.') && end + 1 < n && Character.isDigit(s.charAt(end + 1))
                && Character.isDigit(s.charAt(end - 1))))) {
          end++;
        }
        tokens.add(token(text, i, end, Token.Kind.NUMBER));
        i = end;
      } else if (Character.isLetter(c)) {
        int end = wordEnd(s, i);
        tokens.add(token(text, i, end, Token.Kind.WORD));
        i = end;
      } else if (c == '\'' && i + 1 < n && s.charAt(i + 1) == 's' && (i + 2 >= n || !Character.isLetter(s.charAt(i + 2)))) {
        tokens.add(token(text, i, i + 2, Token.Kind.PUNCTUATION));
        i += 2;
      } else if (Character.getType(c) == Character.NON_SPACING_MARK || Character.getType(c) == Character.FORMAT) {
        i++;
      } else {
        tokens.add(token(text, i, i + 1, Token.Kind.PUNCTUATION));
        i++;
      }
    }
    return tokens;
  }

  private static int wordEnd(String s, int start) {
    int n = s.length();
    int end = start + 1;
    while (end < n) {
      char c = s.charAt(end);
      if (Character.isLetter(c) || Character.getType(c) == Character.NON_SPACING_MARK) {
        end++;
      } else if (c == '\'' && end + 1 < n && Character.isLetter(s.charAt(end + 1))
          && !(s.charAt(end + 1) == 's' && (end + 2 >= n || !Character.isLetter(s.charAt(end + 2))))) {
        end++;
      } else if (c == '.' && end + 1 < n && Character.isLetter(s.charAt(end + 1)) && end - start == 1
          || c == '.' && isAbbreviationChain(s, start, end)) {
        // "u.s." and "u.n." stay one word so that their final dot does not end a sentence.
        end++;
      } else {
        break;
      }
    }
    return end;
  }

  private static boolean isAbbreviationChain(String s, int start, int dot) {
    // a dot after "x.y" where every part is one letter
    return dot - start >= 3 && s.charAt(dot - 2) == '.' && s.charAt(start + 1) == '.';
  }

  private static Token token(NormalizedText text, int normStart, int normEnd, Token.Kind kind) {
    String surface = text.text().substring(normStart, normEnd);
    int start = text.originalStart(normStart);
    int end = text.originalEnd(normEnd);
    if (kind != Token.Kind.WORD) {
      return new Token(surface, start, end, kind, List.of(surface), "", "");
    }
    if (Script.isArabic(surface.charAt(0))) {
      return arabic(surface, start, end);
    }
    List<String> forms = englishForms(surface);
    int inflectedFrom = surface.indexOf('.') >= 0 ? Math.min(2, forms.size()) : 1;
    return new Token(surface, start, end, kind, forms, "", "", inflectedFrom);
  }


  private static Token arabic(String word, int start, int end) {
    List<String> forms = new ArrayList<>(6);
    forms.add(word);
    String rest = word;
    StringBuilder proclitic = new StringBuilder();
    if ((rest.startsWith("و") || rest.startsWith("ف")) && rest.length() >= 3) {
      proclitic.append(rest.charAt(0));
      rest = rest.substring(1);
      forms.add(rest);
    }
    // the future prefix سـ on an imperfect verb: "ستنسحب" is also matched as "تنسحب"
    if (rest.length() >= 5 && rest.charAt(0) == 'س' && "يتنا".indexOf(rest.charAt(1)) >= 0) {
      forms.add(rest.substring(1));
    }
    if (rest.startsWith("لل") && rest.length() >= 5) {
      proclitic.append('ل');
      rest = "ال" + rest.substring(2);
      forms.add(rest);
    } else if ((rest.startsWith("ب") || rest.startsWith("ل") || rest.startsWith("ك")) && rest.length() >= 4) {
      proclitic.append(rest.charAt(0));
      rest = rest.substring(1);
      forms.add(rest);
    }
    if (rest.startsWith("ال") && rest.length() >= 4) {
      rest = rest.substring(2);
      forms.add(rest);
    }
    int inflectedFrom = forms.size();
    String enclitic = "";
    for (String suffix : ENCLITICS) {
      int minimum = suffix.length() == 1 ? 4 : 3;
      if (rest.endsWith(suffix) && rest.length() - suffix.length() >= minimum) {
        enclitic = suffix;
        forms.add(rest.substring(0, rest.length() - suffix.length()));
        break;
      }
    }
    return new Token(word, start, end, Token.Kind.WORD, List.copyOf(forms), proclitic.toString(), enclitic,
        inflectedFrom);
  }

  private static List<String> englishForms(String word) {
    if (word.indexOf('.') < 0) {
      String singular = singular(word);
      return singular == null ? List.of(word) : List.of(word, singular);
    }
    String undotted = word.replace(".", "");
    String singular = singular(undotted);
    return singular == null ? List.of(word, undotted) : List.of(word, undotted, singular);
  }

  /** The singular of an English plural, or null when the word does not look like one. */
  private static String singular(String word) {
    int length = word.length();
    if (length > 4 && word.endsWith("ies")) {
      return word.substring(0, length - 3) + "y";
    }
    if (length > 4 && (word.endsWith("shes") || word.endsWith("ches") || word.endsWith("sses"))) {
      return word.substring(0, length - 2);
    }
    if (length > 3 && word.endsWith("s") && !word.endsWith("ss") && !word.endsWith("'s")) {
      return word.substring(0, length - 1);
    }
    return null;
  }
}
