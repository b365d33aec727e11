package io.sitrep.ingest;

import io.sitrep.json.ArticleJson;
import io.sitrep.json.InvalidArticleException;
import io.sitrep.model.Article;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Reads articles from JSON Lines (a file or standard input) and from directories of {@code .txt}, {@code .json} and
 * {@code .jsonl} files. What is not an article is reported to the listener with its place and skipped, never sent
 * half-formed.
 */
public final class ArticleReader {

  private final ArticleJson json = new ArticleJson();
  private final Clock clock;

  public ArticleReader(Clock clock) {
    this.clock = clock;
  }

  /** Reads one file or every article file of a directory (sorted by name, not recursing). */
  public void readPath(Path path, Consumer<Article> sink, IngestListener listener) throws IOException {
    if (Files.isDirectory(path)) {
      List<Path> files = articleFiles(path);
      long done = 0;
      for (Path file : files) {
        readFile(file, sink, listener);
        listener.progress(++done, files.size());
      }
    } else {
      readFile(path, sink, listener);
    }
  }

  /** Reads JSON Lines, one article per line; blank lines are ignored. */
  public void readJsonLines(BufferedReader reader, String sourceName, long totalLines, Consumer<Article> sink,
      IngestListener listener) throws IOException {
    long lineNumber = 0;
    for (String line = reader.readLine(); line != null; line = reader.readLine()) {
      lineNumber++;
      if (!line.isBlank()) {
        try {
          sink.accept(json.parse(line, clock.instant()));
        } catch (InvalidArticleException e) {
          listener.rejected(sourceName + ":" + lineNumber, e.getMessage());
        }
      }
      listener.progress(lineNumber, totalLines);
    }
  }

  private void readFile(Path file, Consumer<Article> sink, IngestListener listener) throws IOException {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".txt")) {
      readPlainText(file, sink, listener);
    } else if (name.endsWith(".json")) {
      try {
        sink.accept(json.parse(Files.readString(file, StandardCharsets.UTF_8), clock.instant()));
      } catch (InvalidArticleException e) {
        listener.rejected(file.toString(), e.getMessage());
      }
    } else {
      long lines;
      try (Stream<String> counted = Files.lines(file, StandardCharsets.UTF_8)) {
        lines = counted.count();
      }
      try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        readJsonLines(reader, file.toString(), lines, sink, listener);
      }
    }
  }

  /** A text file is one article: its name (without extension) is the id, its modification time the publication. */
  private void readPlainText(Path file, Consumer<Article> sink, IngestListener listener) throws IOException {
    String fileName = file.getFileName().toString();
    String id = fileName.substring(0, fileName.length() - ".txt".length());
    try {
      sink.accept(ArticleJson.fromPlainText(id, Files.readString(file, StandardCharsets.UTF_8),
          Files.getLastModifiedTime(file).toInstant(), clock.instant()));
    } catch (InvalidArticleException e) {
      listener.rejected(file.toString(), e.getMessage());
    }
  }

  private static List<Path> articleFiles(Path dir) throws IOException {
    try (Stream<Path> entries = Files.list(dir)) {
      return entries.filter(Files::isRegularFile)
          .filter(path -> {
            String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
            return name.endsWith(".txt") || name.endsWith(".json") || name.endsWith(".jsonl");
          })
          .sorted()
          .toList();
    }
  }
}
