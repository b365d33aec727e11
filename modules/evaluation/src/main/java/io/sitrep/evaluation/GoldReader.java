package io.sitrep.evaluation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.sitrep.json.ArticleJson;
import io.sitrep.json.InvalidArticleException;
import io.sitrep.model.Article;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Reads labelled JSONL files: one article per line with its {@code events} in the flat gold form. */
public final class GoldReader {

  private final ObjectMapper mapper = new ObjectMapper();
  private final ArticleJson articles = new ArticleJson();

  /** Every labelled article of the files, in order. */
  public List<GoldArticle> read(List<Path> files) {
    List<GoldArticle> gold = new ArrayList<>();
    for (Path file : files) {
      try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        String line;
        int number = 0;
        while ((line = reader.readLine()) != null) {
          number++;
          if (!line.isBlank()) {
            gold.add(parse(line, file, number));
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read gold file " + file, e);
      }
    }
    return gold;
  }

  private GoldArticle parse(String line, Path file, int number) throws IOException {
    JsonNode node;
    try {
      node = mapper.readTree(line);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(file + ":" + number + ": not a JSON object: " + e.getOriginalMessage(), e);
    }
    Article article;
    try {
      article = articles.parse(line, Instant.EPOCH);
    } catch (InvalidArticleException e) {
      throw new IllegalArgumentException(file + ":" + number + ": " + e.getMessage(), e);
    }
    List<GoldEvent> events = new ArrayList<>();
    for (JsonNode event : node.path("events")) {
      List<String> alt = new ArrayList<>();
      event.path("alt_types").forEach(t -> alt.add(t.asText()));
      events.add(new GoldEvent(text(event, "type"), List.copyOf(alt), text(event, "agent"), text(event, "country"),
          text(event, "admin1"), text(event, "place"), number(event, "lat"), number(event, "lon"),
          text(event, "date"), text(event, "date_precision"), integer(event, "killed"),
          event.path("casualties_unspecified").asBoolean(false), text(event, "evidence"),
          event.path("optional").asBoolean(false)));
    }
    String language = article.getLanguage() == null ? "und" : article.getLanguage();
    String publisher = text(node, "source");
    return new GoldArticle(article, language, List.copyOf(events),
        publisher == null ? file.getFileName().toString() : publisher);
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() ? null : value.asText();
  }

  private static Double number(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() ? null : value.asDouble();
  }

  private static Integer integer(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() ? null : value.asInt();
  }
}
