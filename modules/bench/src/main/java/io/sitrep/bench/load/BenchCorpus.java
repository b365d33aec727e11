package io.sitrep.bench.load;

import io.sitrep.bench.DevArticles;
import io.sitrep.model.Article;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Realistic load from the labelled dev articles: each generated article is one dev article, or several of one
 * language run together as a longer report or a roundup, so that sizes spread from half a kilobyte to twenty,
 * log-uniformly (median about 3 KB, as in news wires). Every article gets a new id and a publication time shifted
 * within a month of its first source's, so relative dates ("yesterday") resolve to new days while the text, and
 * hence the extraction work, stays real. Deterministic for a given seed.
 */
public final class BenchCorpus {

  static final int MIN_BYTES = 512;
  static final int MAX_BYTES = 20 * 1024;
  /** One article in three is Arabic: both languages carry real weight without the few Arabic sources repeating too often. */
  private static final double ARABIC_SHARE = 1.0 / 3;
  private static final Duration PUBLICATION_SPREAD = Duration.ofDays(30);

  private final List<Article> arabic;
  private final List<Article> english;

  BenchCorpus(List<Article> sources) {
    this.arabic = sources.stream().filter(article -> "ar".equals(article.getLanguage())).toList();
    this.english = sources.stream().filter(article -> "en".equals(article.getLanguage())).toList();
    if (arabic.isEmpty() || english.isEmpty()) {
      throw new IllegalArgumentException("the corpus needs source articles in Arabic and in English");
    }
  }

  /** The corpus built from the bundled dev articles. */
  public static BenchCorpus fromDevArticles() {
    return new BenchCorpus(DevArticles.load());
  }

  /**
   * {@code count} articles with ids {@code <idPrefix>-0 ...}; {@code received} is left at the publication time, to
   * be stamped when an article is sent.
   */
  public List<Article> generate(String idPrefix, int count, long seed) {
    Random random = new Random(seed);
    List<Article> articles = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      List<Article> pool = random.nextDouble() < ARABIC_SHARE ? arabic : english;
      articles.add(compose(idPrefix + "-" + i, pool, targetBytes(random), random));
    }
    return articles;
  }

  private static int targetBytes(Random random) {
    return (int) Math.round(MIN_BYTES * Math.pow((double) MAX_BYTES / MIN_BYTES, random.nextDouble()));
  }

  /**
   * Distinct dev articles of one language, paragraph after paragraph, until the target size; never above the maximum
   * (a report does not repeat itself, and a repeated text would repeat its events' ids).
   */
  private static Article compose(String id, List<Article> pool, int targetBytes, Random random) {
    List<Article> shuffled = new ArrayList<>(pool);
    Collections.shuffle(shuffled, random);
    Article first = shuffled.get(0);
    StringBuilder text = new StringBuilder(first.getText());
    int bytes = utf8Length(first.getText());
    for (Article next : shuffled.subList(1, shuffled.size())) {
      int added = utf8Length(next.getText()) + 2;
      if (bytes >= targetBytes || bytes + added > MAX_BYTES) {
        break;
      }
      text.append("\n\n").append(next.getText());
      bytes += added;
    }
    Instant published = first.getPublished()
        .plusSeconds((long) (random.nextDouble() * PUBLICATION_SPREAD.toSeconds()));
    return Article.newBuilder(first)
        .setId(id)
        .setText(text.toString())
        .setPublished(published)
        .setReceived(published)
        .build();
  }

  private static int utf8Length(String text) {
    return text.getBytes(StandardCharsets.UTF_8).length;
  }
}
