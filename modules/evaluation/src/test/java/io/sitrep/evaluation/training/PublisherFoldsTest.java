package io.sitrep.evaluation.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sitrep.evaluation.GoldArticle;
import io.sitrep.model.Article;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PublisherFoldsTest {

  private static List<GoldArticle> articles(String... publishers) {
    List<GoldArticle> articles = new ArrayList<>();
    for (int i = 0; i < publishers.length; i++) {
      Article article = Article.newBuilder().setId("a" + i).setText("text").setLanguage("en")
          .setPublished(Instant.EPOCH).setReceived(Instant.EPOCH).build();
      articles.add(new GoldArticle(article, "en", List.of(), publishers[i]));
    }
    return articles;
  }

  private final List<GoldArticle> articles = articles("big", "big", "big", "big", "a", "b", "b", "c", "d", "d", "e");

  @Test
  void keepsEveryPublisherInOneFold() {
    int[] folds = PublisherFolds.assign(articles, 3, 7);
    Map<String, Integer> foldOf = new HashMap<>();
    for (int i = 0; i < articles.size(); i++) {
      Integer before = foldOf.putIfAbsent(articles.get(i).publisher(), folds[i]);
      assertThat(before == null || before == folds[i]).as(articles.get(i).publisher()).isTrue();
    }
  }

  @Test
  void givesTheSameFoldsForTheSameSeed() {
    assertThat(PublisherFolds.assign(articles, 3, 7)).isEqualTo(PublisherFolds.assign(articles, 3, 7));
  }

  @Test
  void balancesTheFoldsByArticles() {
    int[] sizes = new int[3];
    for (int fold : PublisherFolds.assign(articles, 3, 7)) {
      sizes[fold]++;
    }
    assertThat(sizes).containsExactlyInAnyOrder(4, 4, 3);
  }

  @Test
  void refusesMoreFoldsThanPublishers() {
    assertThatThrownBy(() -> PublisherFolds.assign(articles("a", "b"), 3, 1))
        .hasMessageContaining("at least 3 publishers");
  }
}
