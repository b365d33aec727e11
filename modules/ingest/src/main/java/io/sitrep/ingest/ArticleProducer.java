package io.sitrep.ingest;

import io.sitrep.model.Article;
import io.sitrep.model.topics.Topic;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * Sends articles to {@code articles.raw}, keyed by article id, with an idempotent producer: a retry after a lost
 * acknowledgement never writes an article twice.
 */
public final class ArticleProducer implements AutoCloseable {

  private final KafkaProducer<String, Article> producer;
  private final Topic<String, Article> topic;
  private final IngestListener listener;
  private final AtomicLong sent = new AtomicLong();
  private final AtomicLong failed = new AtomicLong();
  private final AtomicLong bytes = new AtomicLong();
  private final long startNanos = System.nanoTime();

  /**
   * @param bootstrapServers Kafka's {@code bootstrap.servers}
   * @param overrides further producer settings, passed through as given
   */
  public ArticleProducer(String bootstrapServers, Map<String, String> overrides, Topic<String, Article> topic,
      IngestListener listener) {
    Map<String, Object> config = new HashMap<>();
    config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
    config.put(ProducerConfig.ACKS_CONFIG, "all");
    config.put(ProducerConfig.LINGER_MS_CONFIG, 20);
    config.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
    // Articles run to tens of kilobytes: the default 16 KB batch would carry one or two per request.
    config.put(ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024);
    // Seen with Kafka 4.4 (as in the streams application's producer): when the first batch to a new partition is
    // refused while later ones are in flight, those fail with OUT_OF_ORDER_SEQUENCE and the producer retries
    // forever. One request in flight per connection keeps the batches in order.
    config.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 1);
    config.putAll(overrides);
    this.producer = new KafkaProducer<>(config, topic.keySerde().serializer(), topic.valueSerde().serializer());
    this.topic = topic;
    this.listener = listener;
  }

  /** Sends one article; the outcome is counted when the broker answers. */
  public void send(Article article) {
    producer.send(new ProducerRecord<>(topic.name(), article.getId(), article), (metadata, error) -> {
      if (error == null) {
        sent.incrementAndGet();
        bytes.addAndGet(metadata.serializedValueSize());
      } else {
        failed.incrementAndGet();
        listener.failed(article.getId(), error.getMessage());
      }
    });
  }

  /** Waits for every article sent so far to be acknowledged or failed, and tells how the run went. */
  public IngestSummary finish(long rejected) {
    producer.flush();
    return new IngestSummary(sent.get(), failed.get(), rejected, bytes.get(),
        Duration.ofNanos(System.nanoTime() - startNanos));
  }

  @Override
  public void close() {
    producer.close(Duration.ofSeconds(30));
  }
}
