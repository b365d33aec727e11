package io.sitrep.bench;

import io.sitrep.json.ArticleJson;
import io.sitrep.json.InvalidArticleException;
import io.sitrep.model.Article;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The labelled dev articles (a copy of the project's dev set, which includes the demo's sample articles, in this
 * module's resources; see SOURCES.md there), read as articles without their labels.
 */
public final class DevArticles {

  private static final List<String> FILES = List.of("seed.jsonl", "open-licence.jsonl", "open-licence-2.jsonl");

  private DevArticles() {}

  /** Every dev article, in file order. */
  public static List<Article> load() {
    ArticleJson json = new ArticleJson();
    List<Article> articles = new ArrayList<>();
    for (String file : FILES) {
      try (InputStream in = DevArticles.class.getResourceAsStream(file);
          BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
        String line;
        while ((line = reader.readLine()) != null) {
          if (!line.isBlank()) {
            articles.add(json.parse(line, Instant.EPOCH));
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the bundled dev articles " + file, e);
      } catch (InvalidArticleException e) {
        throw new IllegalStateException("a bundled dev article in " + file + " is invalid: " + e.getMessage(), e);
      }
    }
    return articles;
  }

  /** Bytes of article text (UTF-8) in these articles. */
  public static long textBytes(List<Article> articles) {
    return articles.stream().mapToLong(article -> article.getText().getBytes(StandardCharsets.UTF_8).length).sum();
  }
}
