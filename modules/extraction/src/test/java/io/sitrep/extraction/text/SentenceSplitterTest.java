package io.sitrep.extraction.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {

  private final TextAnalyzer analyzer = new TextAnalyzer(new TextNormalizer(), new Tokenizer(), new SentenceSplitter());

  private List<String> sentences(String text) {
    return analyzer.sentences(text).stream().map(Sentence::text).toList();
  }

  @Test
  void doesNotSplitAfterUsOrAnAbbreviatedMonth() {
    assertThat(sentences("The U.S. military struck on Feb. 2 in Iraq. It said so.")).containsExactly(
        "The U.S. military struck on Feb. 2 in Iraq.", "It said so.");
  }

  @Test
  void doesNotSplitDecimals() {
    assertThat(sentences("Losses rose by 2.5 percent. Then fell.")).hasSize(2);
  }

  @Test
  void splitsArabicOnFullStopQuestionMarkAndLineBreak() {
    assertThat(sentences("هل انسحبت القوات؟ نعم انسحبت.\nوقال المتحدث إن الهدنة صامدة")).containsExactly(
        "هل انسحبت القوات؟", "نعم انسحبت.", "وقال المتحدث إن الهدنة صامدة");
  }

  @Test
  void keepsAClosingQuoteWithItsSentence() {
    assertThat(sentences("He said: \"We withdrew.\" Then he left.")).containsExactly("He said: \"We withdrew.\"",
        "Then he left.");
  }

  @Test
  void returnsVerbatimSentencesWithOffsets() {
    String text = "  غاراتٌ على إدلب.  اشتباكات في حلب. ";
    for (Sentence sentence : analyzer.sentences(text)) {
      assertThat(text.substring(sentence.start(), sentence.end())).isEqualTo(sentence.text());
    }
  }

  @Test
  void cutsTextWithoutSentenceEndsIntoBoundedSentences() {
    String text = "word ".repeat(1000);
    assertThat(analyzer.sentences(text)).hasSize(4)
        .allSatisfy(s -> assertThat(s.tokens()).hasSizeLessThanOrEqualTo(SentenceSplitter.MAX_TOKENS));
  }
}
