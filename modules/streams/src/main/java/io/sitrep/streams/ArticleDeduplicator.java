package io.sitrep.streams;

import io.sitrep.model.Article;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.TimestampedKeyValueStore;
import org.apache.kafka.streams.state.ValueAndTimestamp;

/**
 * Lets each article id through once. A resend with the same text is dropped, so producers may retry freely; the
 * same id with different text is rejected to the dead-letter topic, since silently keeping either would lose
 * information. Ids are remembered for a retention period of stream time (so that a replay of history behaves as
 * the live run did), which bounds the store.
 */
final class ArticleDeduplicator implements FixedKeyProcessor<String, Article, Article> {

  static final String STORE = "article-fingerprints";
  private static final Duration PURGE_INTERVAL = Duration.ofMinutes(10);

  private final Duration retention;
  private FixedKeyProcessorContext<String, Article> context;
  private TimestampedKeyValueStore<String, String> fingerprints;

  ArticleDeduplicator(Duration retention) {
    this.retention = retention;
  }

  @Override
  public void init(FixedKeyProcessorContext<String, Article> context) {
    this.context = context;
    this.fingerprints = context.getStateStore(STORE);
    context.schedule(PURGE_INTERVAL, PunctuationType.STREAM_TIME, this::forgetOlderThanRetention);
  }

  @Override
  public void process(FixedKeyRecord<String, Article> record) {
    Article article = record.value();
    String fingerprint = fingerprint(article);
    ValueAndTimestamp<String> seen = fingerprints.get(article.getId());
    if (seen == null) {
      fingerprints.put(article.getId(), ValueAndTimestamp.make(fingerprint, record.timestamp()));
      context.forward(record);
    } else if (!seen.value().equals(fingerprint)) {
      throw new RejectedArticleException("article id " + article.getId()
          + " was already processed with different text; send a revised article under a new id");
    }
    // Same id, same text: a resend, already processed.
  }

  private void forgetOlderThanRetention(long now) {
    long cutoff = now - retention.toMillis();
    List<String> expired = new ArrayList<>();
    try (KeyValueIterator<String, ValueAndTimestamp<String>> all = fingerprints.all()) {
      all.forEachRemaining(entry -> {
        if (entry.value.timestamp() < cutoff) {
          expired.add(entry.key);
        }
      });
    }
    expired.forEach(fingerprints::delete);
  }

  static String fingerprint(Article article) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      digest.update(article.getText().getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest.digest(), 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }
}
