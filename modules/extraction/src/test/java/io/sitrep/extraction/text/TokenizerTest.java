package io.sitrep.extraction.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TokenizerTest {

  private final TextNormalizer normalizer = new TextNormalizer();
  private final Tokenizer tokenizer = new Tokenizer();

  private List<Token> tokens(String text) {
    return tokenizer.tokenize(normalizer.normalize(text));
  }

  @Test
  void stripsConjunctionPrepositionAndArticleFromArabicWords() {
    Token token = tokens("وبالغارات").get(0);
    assertThat(token.forms()).contains("بالغارات", "الغارات", "غارات");
    assertThat(token.proclitic()).isEqualTo("وب");
  }

  @Test
  void turnsLilIntoTheArticle() {
    assertThat(tokens("للحوثيين").get(0).forms()).contains("الحوثيين", "حوثيين");
  }

  @Test
  void stripsAttachedPronouns() {
    Token token = tokens("قواتها").get(0);
    assertThat(token.stem()).isEqualTo("قوات");
    assertThat(token.enclitic()).isEqualTo("ها");
  }

  @Test
  void keepsShortWordsWhole() {
    assertThat(tokens("بعد").get(0).forms()).containsExactly("بعد");
  }

  @Test
  void keepsAbbreviationsAndNumbersWhole() {
    List<Token> tokens = tokens("U.S. forces fired 1,250 rounds in 2.5 hours");
    assertThat(tokens).extracting(Token::normalized).containsExactly("u.s.", "forces", "fired", "1,250", "rounds", "in",
        "2.5", "hours");
    assertThat(tokens.get(0).forms()).contains("us");
    assertThat(tokens.get(1).forms()).contains("force");
  }

  @Test
  void splitsPossessiveFromTheName() {
    assertThat(tokens("Yemen's port")).extracting(Token::normalized).containsExactly("yemen", "'s", "port");
  }

  @Test
  void pointsEveryTokenAtAVerbatimSliceOfTheOriginal() {
    String original = "وتعرّضت مواقعُ في «دير الزور» لغـاراتٍ، أمس.";
    for (Token token : tokens(original)) {
      String slice = original.substring(token.start(), token.end());
      assertThat(new TextNormalizer().normalize(slice).text()).isEqualTo(token.normalized());
    }
  }
}
