package io.sitrep.bench.load;

import io.sitrep.model.MilitaryEvent;
import io.sitrep.model.topics.Topic;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;

/**
 * Reads the event topic as a downstream subscriber does (read_committed, so only what the application committed),
 * on its own thread: which event ids have arrived, and while recording, how long each event took from its article's
 * {@code received} time (the article record's timestamp, which the event record inherits) to this reader.
 */
final class OutputReader implements AutoCloseable {

  private final KafkaConsumer<String, MilitaryEvent> consumer;
  private final Set<String> seen = ConcurrentHashMap.newKeySet();
  private final AtomicLong records = new AtomicLong();
  private final Thread thread;
  private volatile LatencyRecorder recorder;
  private volatile RuntimeException failure;

  OutputReader(String bootstrapServers, Topic<String, MilitaryEvent> events) {
    this.consumer = new KafkaConsumer<>(Map.of(
        ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
        ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
        ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
        events.keySerde().deserializer(), events.valueSerde().deserializer());
    List<TopicPartition> partitions = consumer.partitionsFor(events.name()).stream()
        .map(info -> new TopicPartition(info.topic(), info.partition())).toList();
    consumer.assign(partitions);
    consumer.seekToBeginning(partitions);
    this.thread = new Thread(this::run, "bench-output-reader");
    thread.setDaemon(true);
    thread.start();
  }

  private void run() {
    try {
      while (true) {
        for (ConsumerRecord<String, MilitaryEvent> record : consumer.poll(Duration.ofMillis(100))) {
          long now = System.currentTimeMillis();
          records.incrementAndGet();
          seen.add(record.key());
          LatencyRecorder current = recorder;
          if (current != null) {
            current.offer(record.value().getArticleId(), now - record.timestamp());
          }
        }
      }
    } catch (WakeupException stopping) {
      // close() woke the consumer up
    } catch (RuntimeException e) {
      failure = e;
    } finally {
      consumer.close();
    }
  }

  /** From now on, gives every event read to this recorder (which keeps those of its phase). */
  void recordLatencies(LatencyRecorder recorder) {
    this.recorder = recorder;
  }

  /** Waits until every expected key has arrived, or the timeout passes; true if all arrived. */
  boolean awaitAll(Set<String> expected, Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (!seen.containsAll(expected)) {
      if (failure != null) {
        throw new IllegalStateException("the bench's reader of the event topic failed: " + failure, failure);
      }
      if (System.nanoTime() > deadline) {
        return false;
      }
      Thread.sleep(50);
    }
    return true;
  }

  /** Expected keys that have not arrived. */
  long missing(Set<String> expected) {
    return expected.stream().filter(key -> !seen.contains(key)).count();
  }

  /** Records read so far, duplicates included. */
  long records() {
    return records.get();
  }

  @Override
  public void close() throws InterruptedException {
    consumer.wakeup();
    thread.join(10_000);
  }
}
