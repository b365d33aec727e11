package io.sitrep.evaluation.training;

import io.sitrep.evaluation.GoldArticle;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * Splits labelled articles into folds so that every publisher's articles fall in one fold: a model is then always
 * measured on publishers it has not seen, as it will be on live news. Publishers are shuffled by the seed, then placed
 * largest first into the fold with the fewest articles, which balances the folds; the same seed gives the same folds.
 */
final class PublisherFolds {

  private PublisherFolds() {}

  /** The fold (0 to {@code folds - 1}) of each article, in the articles' order. */
  static int[] assign(List<GoldArticle> articles, int folds, long seed) {
    if (folds < 2) {
      throw new IllegalArgumentException("cross-validation needs at least 2 folds, not " + folds);
    }
    Map<String, Integer> sizes = new TreeMap<>();
    for (GoldArticle article : articles) {
      sizes.merge(article.publisher(), 1, Integer::sum);
    }
    if (sizes.size() < folds) {
      throw new IllegalArgumentException(folds + " folds need at least " + folds + " publishers, the data has "
          + sizes.size());
    }
    List<String> publishers = new ArrayList<>(sizes.keySet());
    Collections.shuffle(publishers, new Random(seed));
    publishers.sort(Comparator.comparingInt((String publisher) -> -sizes.get(publisher)));
    int[] foldSizes = new int[folds];
    Map<String, Integer> foldOf = new TreeMap<>();
    for (String publisher : publishers) {
      int smallest = 0;
      for (int f = 1; f < folds; f++) {
        if (foldSizes[f] < foldSizes[smallest]) {
          smallest = f;
        }
      }
      foldOf.put(publisher, smallest);
      foldSizes[smallest] += sizes.get(publisher);
    }
    int[] assignment = new int[articles.size()];
    for (int i = 0; i < articles.size(); i++) {
      assignment[i] = foldOf.get(articles.get(i).publisher());
    }
    return assignment;
  }
}
