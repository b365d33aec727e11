package io.sitrep.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.sitrep.model.Article;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleReaderTest {

  private static final Instant NOW = Instant.parse("2024-03-03T12:00:00Z");
  private final ArticleReader reader = new ArticleReader(Clock.fixed(NOW, ZoneOffset.UTC));
  private final RecordingListener listener = new RecordingListener();
  private final List<Article> articles = new ArrayList<>();
  @TempDir Path dir;

  @Test
  void reportsLinesThatAreNotArticlesWithTheirLineNumberAndSendsTheRest() throws IOException {
    Path file = dir.resolve("in.jsonl");
    Files.writeString(file, String.join("\n",
        "{\"id\": \"a1\", \"published\": \"2024-03-01\", \"text\": \"first\"}",
        "{\"id\": \"a2\", \"text\": ",
        "",
        "{\"id\": \"a3\", \"title\": \"no text\"}",
        "[1, 2]",
        "{\"id\": \"a4\", \"published\": \"yesterday\", \"text\": \"bad date\"}",
        "{\"id\": \"a5\", \"lang\": \"ar\", \"text\": \"خامس\"}"));

    reader.readPath(file, articles::add, listener);

    assertThat(articles).extracting(Article::getId).containsExactly("a1", "a5");
    assertThat(articles.get(0).getPublished()).isEqualTo(Instant.parse("2024-03-01T00:00:00Z"));
    assertThat(articles.get(1).getPublished()).as("no date: the time it was read").isEqualTo(NOW);
    assertThat(articles.get(1).getLanguage()).isEqualTo("ar");
    assertThat(listener.rejected).satisfiesExactly(
        first -> assertThat(first).startsWith(file + ":2 not valid JSON: Unexpected end-of-input"),
        second -> assertThat(second).isEqualTo(file + ":4 no \"text\""),
        third -> assertThat(third).isEqualTo(file + ":5 not a JSON object"),
        fourth -> assertThat(fourth).isEqualTo(file + ":6 \"published\" is not an ISO date or date-time: yesterday"));
    assertThat(listener.lastRead).isEqualTo(7);
    assertThat(listener.lastTotal).isEqualTo(7);
  }

  @Test
  void readsEachTextFileOfADirectoryAsOneArticleNamedAfterTheFile() throws IOException {
    Files.writeString(dir.resolve("b-report.txt"), "نص الخبر");
    Files.setLastModifiedTime(dir.resolve("b-report.txt"), FileTime.from(Instant.parse("2024-02-02T00:00:00Z")));
    Files.writeString(dir.resolve("a-report.json"), "{\"id\": \"json-1\", \"text\": \"one article\"}");
    Files.writeString(dir.resolve("notes.md"), "not an article");
    Files.writeString(dir.resolve("c-empty.txt"), "  \n");

    reader.readPath(dir, articles::add, listener);

    assertThat(articles).extracting(Article::getId).containsExactly("json-1", "b-report");
    assertThat(articles.get(1).getText()).isEqualTo("نص الخبر");
    assertThat(articles.get(1).getPublished()).isEqualTo(Instant.parse("2024-02-02T00:00:00Z"));
    assertThat(listener.rejected).containsExactly(dir.resolve("c-empty.txt") + " no text");
    assertThat(listener.lastTotal).isEqualTo(3);
  }

  @Test
  void givesAnArticleWithoutIdAStableIdFromItsText() throws IOException {
    Path file = dir.resolve("in.jsonl");
    Files.writeString(file, "{\"text\": \"same\"}\n{\"text\": \"same\"}\n{\"text\": \"other\"}\n");

    reader.readPath(file, articles::add, listener);

    assertThat(articles.get(0).getId()).startsWith("sha256-").isEqualTo(articles.get(1).getId())
        .isNotEqualTo(articles.get(2).getId());
  }
}
