package io.sitrep.extraction.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PhraseIndexTest {

  private final TextNormalizer normalizer = new TextNormalizer();
  private final Tokenizer tokenizer = new Tokenizer();

  private List<Token> tokens(String text) {
    return tokenizer.tokenize(normalizer.normalize(text));
  }

  @Test
  void prefersTheLongestPhraseAtAPosition() {
    PhraseIndex<String> index = PhraseIndex.<String>builder(normalizer, tokenizer).add("bomb", "short")
        .add("car bomb", "long").build();
    assertThat(index.findAll(tokens("a car bomb exploded"))).extracting(PhraseMatch::value).containsExactly("long");
  }

  @Test
  void matchesArabicStemsThroughCliticsAndSpellingVariants() {
    PhraseIndex<String> index = PhraseIndex.<String>builder(normalizer, tokenizer).add("غارة جوية", "raid").build();
    assertThat(index.findAll(tokens("وبغارةٍ جويّةٍ"))).extracting(PhraseMatch::value).containsExactly("raid");
  }

  @Test
  void matchesEnglishPluralsThroughTheSingularForm() {
    PhraseIndex<String> index = PhraseIndex.<String>builder(normalizer, tokenizer).add("airstrike", "raid").build();
    assertThat(index.findAll(tokens("Airstrikes hit"))).extracting(PhraseMatch::value).containsExactly("raid");
  }

  @Test
  void scansAMegabyteOfTextInLinearTime() {
    PhraseIndex<String> index = PhraseIndex.<String>builder(normalizer, tokenizer).add("a a a a b", "never").build();
    String text = "a ".repeat(500_000);
    long started = System.nanoTime();
    assertThat(index.findAll(tokens(text))).isEmpty();
    assertThat(System.nanoTime() - started).isLessThan(5_000_000_000L);
  }
}
