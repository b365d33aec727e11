package io.sitrep.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.sitrep.model.Article;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.HexFormat;

/**
 * Reads the article input form of the event-model spec: one JSON object with {@code id}, {@code lang},
 * {@code published}, {@code title}, {@code text}, {@code source}, {@code url}.
 */
public final class ArticleJson {

  private final ObjectMapper mapper = new ObjectMapper();

  /**
   * Parses one JSON object into an article. An article without an id gets one derived from its text, so that the
   * same text sent twice has the same id; one without a publication time takes {@code received}.
   *
   * @throws InvalidArticleException when the line is not a JSON object or has no usable text
   */
  public Article parse(String json, Instant received) throws InvalidArticleException {
    JsonNode node;
    try {
      node = mapper.readTree(json);
    } catch (JsonProcessingException e) {
      throw new InvalidArticleException("not valid JSON: " + e.getOriginalMessage());
    }
    if (node == null || !node.isObject()) {
      throw new InvalidArticleException("not a JSON object");
    }
    String text = text(node, "text");
    if (text == null || text.isBlank()) {
      throw new InvalidArticleException("no \"text\"");
    }
    String id = text(node, "id");
    String published = text(node, "published");
    String language = text(node, "lang") != null ? text(node, "lang") : text(node, "language");
    return Article.newBuilder()
        .setId(id == null || id.isBlank() ? contentId(text) : id)
        .setSource(text(node, "source"))
        .setUrl(text(node, "url"))
        .setTitle(text(node, "title"))
        .setText(text)
        .setLanguage(language)
        .setPublished(published == null ? received : parseInstant(published))
        .setReceived(received)
        .build();
  }

  /** An article from plain text, as read from a {@code .txt} file. */
  public static Article fromPlainText(String id, String text, Instant published, Instant received)
      throws InvalidArticleException {
    if (text.isBlank()) {
      throw new InvalidArticleException("no text");
    }
    return Article.newBuilder()
        .setId(id)
        .setText(text)
        .setPublished(published)
        .setReceived(received)
        .build();
  }

  /**
   * Reads an ISO date ({@code 2024-03-03}, taken as midnight UTC), a date-time with an offset, or a local
   * date-time (taken as UTC).
   */
  public static Instant parseInstant(String value) throws InvalidArticleException {
    try {
      if (value.length() == 10) {
        return LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant();
      }
      try {
        return OffsetDateTime.parse(value).toInstant();
      } catch (DateTimeParseException withoutOffset) {
        return LocalDateTime.parse(value).toInstant(ZoneOffset.UTC);
      }
    } catch (DateTimeParseException e) {
      throw new InvalidArticleException("\"published\" is not an ISO date or date-time: " + value);
    }
  }

  /** A stable id for an article that came without one: a hash of its text. */
  public static String contentId(String text) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return "sha256-" + HexFormat.of().formatHex(digest, 0, 12);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() ? null : value.asText();
  }
}
