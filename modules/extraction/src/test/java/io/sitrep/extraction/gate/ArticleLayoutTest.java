package io.sitrep.extraction.gate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ArticleLayoutTest {

  private final String text = "Headline here\n\nFirst line of the lede.\nSecond line of it.\n\n\nA later paragraph.";
  private final ArticleLayout layout = new ArticleLayout(text);

  @Test
  void countsLinesFromZero() {
    assertThat(layout.line(0)).isZero();
    assertThat(layout.line(text.indexOf("First"))).isEqualTo(2);
    assertThat(layout.line(text.indexOf("Second"))).isEqualTo(3);
  }

  @Test
  void startsAParagraphAfterABlankLineOnly() {
    assertThat(layout.paragraph(0)).isZero();
    assertThat(layout.paragraph(text.indexOf("First"))).isEqualTo(1);
    assertThat(layout.paragraph(text.indexOf("Second"))).isEqualTo(1);
    assertThat(layout.paragraph(text.indexOf("A later"))).isEqualTo(2);
  }

  @Test
  void givesTheShareOfTheTextBeforeAnOffset() {
    assertThat(layout.share(0)).isZero();
    assertThat(layout.share(text.length())).isEqualTo(1.0);
  }
}
