package io.sitrep.extraction.text;

import java.util.List;

/**
 * One word, number or punctuation mark. {@code start}/{@code end} are offsets in the original text; {@code forms} are
 * the normalised keys it may match under (the surface form first, then forms without clitics or inflection);
 * {@code proclitic} is the Arabic prefix stripped from the first stem form, empty when none; forms from
 * {@code inflectedFrom} on strip inflection (an attached pronoun, an English plural) and are not tried for names.
 */
public record Token(String normalized, int start, int end, Kind kind, List<String> forms, String proclitic,
    String enclitic, int inflectedFrom) {

  /** A token whose every form is a written form (no inflection stripped). */
  public Token(String normalized, int start, int end, Kind kind, List<String> forms, String proclitic,
      String enclitic) {
    this(normalized, start, end, kind, forms, proclitic, enclitic, forms.size());
  }

  /** What the token is made of. */
  public enum Kind { WORD, NUMBER, PUNCTUATION }

  public boolean isWord() {
    return kind == Kind.WORD;
  }

  public boolean isPunctuation() {
    return kind == Kind.PUNCTUATION;
  }

  /** The form without clitics: the last stripped form, or the surface. */
  public String stem() {
    return forms.get(forms.size() - 1);
  }

  public boolean hasForm(String form) {
    return forms.contains(form);
  }
}
