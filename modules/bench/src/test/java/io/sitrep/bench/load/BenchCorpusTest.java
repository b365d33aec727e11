package io.sitrep.bench.load;

import static org.assertj.core.api.Assertions.assertThat;

import io.sitrep.bench.DevArticles;
import io.sitrep.model.Article;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class BenchCorpusTest {

  private final BenchCorpus corpus = BenchCorpus.fromDevArticles();

  @Test
  void givesEveryArticleANewIdAndKeepsItsTextFromDevArticlesOfOneLanguage() {
    List<Article> articles = corpus.generate("b", 300, 7);

    assertThat(articles).extracting(Article::getId).doesNotHaveDuplicates().startsWith("b-0", "b-1");
    Set<String> devTexts = DevArticles.load().stream().map(Article::getText).collect(Collectors.toSet());
    for (Article article : articles) {
      // A run of whole dev articles: the extraction work is real text, never cut mid-sentence.
      assertThat(isRunOf(article.getText(), devTexts)).as(article.getId()).isTrue();
      assertThat(article.getLanguage()).isIn("ar", "en");
    }
    assertThat(articles).filteredOn(article -> "ar".equals(article.getLanguage())).hasSizeBetween(60, 140);
  }

  /** Whether the text is texts joined by blank lines (depth-first, since a dev text may itself hold blank lines). */
  private static boolean isRunOf(String text, Set<String> texts) {
    if (texts.contains(text)) {
      return true;
    }
    return texts.stream().anyMatch(first -> text.startsWith(first + "\n\n")
        && isRunOf(text.substring(first.length() + 2), texts));
  }

  @Test
  void spreadsSizesFromHalfAKilobyteToTwenty() {
    List<Integer> sizes = corpus.generate("b", 2_000, 7).stream()
        .map(article -> article.getText().getBytes(StandardCharsets.UTF_8).length).sorted().toList();

    assertThat(sizes.get(sizes.size() - 1)).isLessThanOrEqualTo(BenchCorpus.MAX_BYTES);
    assertThat(sizes.get(sizes.size() / 2)).as("median").isBetween(2_000, 5_000);
    assertThat(sizes).filteredOn(size -> size > 15_000).isNotEmpty();
    assertThat(sizes).filteredOn(size -> size < 1_000).isNotEmpty();
  }

  @Test
  void isTheSameForTheSameSeed() {
    assertThat(corpus.generate("b", 50, 3)).isEqualTo(corpus.generate("b", 50, 3));
    assertThat(corpus.generate("b", 50, 3)).isNotEqualTo(corpus.generate("b", 50, 4));
  }
}
