package io.sitrep.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Real articles bundled for tests (see {@code articles/SOURCES.md} beside them). */
public final class TestArticles {

  private TestArticles() {}

  /** The Arabic seed article as one JSON line of the spec's labelled form (input fields plus {@code events}). */
  public static String seedArticleJson() {
    return read("seed.jsonl").get(0);
  }

  /**
   * Two English reports of the US strikes in Iraq and Syria of 2 February 2024 (a CENTCOM statement and a
   * Wikipedia article), one JSON line each, for clustering across articles and languages with the seed article.
   */
  public static List<String> februaryTwoStrikesJson() {
    return read("february-2-strikes.jsonl");
  }

  private static List<String> read(String file) {
    try (InputStream in = TestArticles.class.getResourceAsStream("articles/" + file)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(line -> !line.isBlank()).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
