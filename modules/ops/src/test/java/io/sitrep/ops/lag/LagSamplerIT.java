package io.sitrep.ops.lag;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.sitrep.testkit.KafkaBrokerExtension;
import io.sitrep.testkit.RealKafka;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.function.LongFunction;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.RecordsToDelete;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(KafkaBrokerExtension.class)
class LagSamplerIT {

  private String bootstrap;
  private Admin admin;
  private LagSampler sampler;
  private final List<AutoCloseable> open = new ArrayList<>();

  @BeforeEach
  void connect(RealKafka kafka) {
    bootstrap = kafka.bootstrapServers();
    admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap));
    sampler = new LagSampler(admin, Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap),
        Clock.systemUTC(), Duration.ofSeconds(5));
  }

  @AfterEach
  void close() throws Exception {
    for (AutoCloseable closeable : open) {
      closeable.close();
    }
    admin.close();
  }

  @Test
  void consumerThatStoppedWhileProducersGoOnShowsGrowingLagAndStop() throws Exception {
    String topic = createTopic("lag-stopped");
    produce(topic, 10, offset -> System.currentTimeMillis());
    try (KafkaConsumer<String, String> consumer = consumer("stopped-consumer", "read_uncommitted")) {
      consumer.subscribe(List.of(topic));
      consumeAndCommit(consumer, 10);
    }
    LagMonitor monitor = monitor("stopped-consumer");
    List<Long> lags = new ArrayList<>();

    LagReport.PartitionLag last = awaitPartition(monitor, topic, lags, PartitionStatus.STOP);

    assertThat(last.committedOffset()).isEqualTo(10);
    assertThat(lags).hasSizeGreaterThanOrEqualTo(3).isSorted().doesNotHaveDuplicates();
  }

  @Test
  void liveConsumerThatStopsCommittingShowsStall() throws Exception {
    String topic = createTopic("lag-stalled");
    produce(topic, 10, offset -> System.currentTimeMillis());
    KafkaConsumer<String, String> consumer = consumer("stalled-consumer", "read_uncommitted");
    open.add(consumer);
    consumer.subscribe(List.of(topic));
    // It keeps its membership (heartbeats run in the background) but never polls again: stuck in processing.
    consumeAndCommit(consumer, 10);
    LagMonitor monitor = monitor("stalled-consumer");
    List<Long> lags = new ArrayList<>();

    awaitPartition(monitor, topic, lags, PartitionStatus.STALL);

    assertThat(lags).isSorted().doesNotHaveDuplicates();
  }

  @Test
  void consumerThatCaughtUpIsOkWithZeroLag() throws Exception {
    String topic = createTopic("lag-caught-up");
    produce(topic, 25, offset -> System.currentTimeMillis());
    try (KafkaConsumer<String, String> consumer = consumer("caught-up-consumer", "read_uncommitted")) {
      consumer.subscribe(List.of(topic));
      consumeAndCommit(consumer, 25);
    }
    LagMonitor monitor = monitor("caught-up-consumer");

    LagReport report = null;
    for (int i = 0; i < 3; i++) {
      report = monitor.step();
    }

    LagReport.GroupLag group = report.groups().get(0);
    assertThat(group.status()).isEqualTo(GroupStatus.OK);
    assertThat(group.partitions()).singleElement().satisfies(p -> {
      assertThat(p.lag()).isZero();
      assertThat(p.lagSeconds()).isZero();
      assertThat(p.status()).isEqualTo(PartitionStatus.OK);
    });
  }

  @Test
  void exactlyOnceConsumerBehindOnlyATransactionMarkerIsOk() throws Exception {
    String topic = createTopic("lag-transactional");
    try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
        ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
        ProducerConfig.TRANSACTIONAL_ID_CONFIG, "lag-it-tx",
        ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
        ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class))) {
      producer.initTransactions();
      for (int tx = 0; tx < 3; tx++) {
        producer.beginTransaction();
        for (int i = 0; i < 5; i++) {
          producer.send(new ProducerRecord<>(topic, "k", "tx" + tx + "-" + i));
        }
        producer.commitTransaction();
      }
    }
    KafkaConsumer<String, String> consumer = consumer("eos-consumer", "read_committed");
    open.add(consumer);
    consumer.subscribe(List.of(topic));
    // Like Kafka Streams: commit the offset after the last record read, which is the last commit marker's offset.
    List<ConsumerRecord<String, String>> read = poll(consumer, 15);
    ConsumerRecord<String, String> lastRecord = read.get(read.size() - 1);
    consumer.commitSync(Map.of(new TopicPartition(topic, 0), new OffsetAndMetadata(lastRecord.offset() + 1)));
    LagMonitor monitor = monitor("eos-consumer");

    LagReport report = null;
    for (int i = 0; i < 4; i++) {
      report = monitor.step();
    }

    LagReport.GroupLag group = report.groups().get(0);
    assertThat(group.partitions()).singleElement().satisfies(p -> {
      // 15 records and 3 markers: the last marker is the one offset never committed past.
      assertThat(p.logEndOffset()).isEqualTo(18);
      assertThat(p.lag()).isEqualTo(1);
      assertThat(p.lagSeconds()).isZero();
      assertThat(p.status()).isEqualTo(PartitionStatus.OK);
    });
    assertThat(group.status()).isEqualTo(GroupStatus.OK);
  }

  @Test
  void lagInSecondsIsTheAgeOfTheFirstUnreadRecord() throws Exception {
    String topic = createTopic("lag-seconds");
    long base = System.currentTimeMillis() - 300_000;
    // Record i was written at base + i seconds; the group stopped before record 5.
    produce(topic, 10, offset -> base + offset * 1000);
    commit("seconds-consumer", topic, 5);

    long before = System.currentTimeMillis();
    LagReport report = monitor("seconds-consumer").step();
    long after = System.currentTimeMillis();

    LagReport.PartitionLag p = report.groups().get(0).partitions().get(0);
    assertThat(p.lag()).isEqualTo(5);
    assertThat(p.lagSecondsEstimated()).isFalse();
    assertThat(p.lagSeconds()).isBetween((before - base - 5000) / 1000.0, (after - base - 5000) / 1000.0);
  }

  @Test
  void lagInSecondsOfADeletedRecordIsEstimatedFromWhatIsLeft() throws Exception {
    String topic = createTopic("lag-deleted");
    long base = System.currentTimeMillis() - 600_000;
    produce(topic, 10, offset -> base + offset * 1000);
    commit("deleted-consumer", topic, 2);
    TopicPartition tp = new TopicPartition(topic, 0);
    admin.deleteRecords(Map.of(tp, RecordsToDelete.beforeOffset(6))).all().get();

    long before = System.currentTimeMillis();
    LagReport report = monitor("deleted-consumer").step();

    LagReport.PartitionLag p = report.groups().get(0).partitions().get(0);
    assertThat(p.lag()).isEqualTo(8);
    assertThat(p.lagSecondsEstimated()).isTrue();
    // Record 2 is gone; record 6, the oldest left, was written 594 s ago, so record 2 is at least that old.
    assertThat(p.lagSeconds()).isGreaterThanOrEqualTo((before - base - 6000) / 1000.0);
  }

  @Test
  void discoversTheApplicationGroupAndEveryGroupReadingEventTopics() throws Exception {
    String events = createTopic("events.discovery-test");
    String other = createTopic("other.discovery-test");
    commit("events-reader", events, 0);
    commit("other-reader", other, 0);

    Set<String> groups = sampler.discoverGroups();

    assertThat(groups).contains("sitrep", "events-reader").doesNotContain("other-reader");
  }

  @Test
  void groupThatDoesNotExistIsNotFound() {
    LagReport report = monitor("no-such-group").step();
    assertThat(report.groups()).singleElement().satisfies(group -> {
      assertThat(group.status()).isEqualTo(GroupStatus.NOTFOUND);
      assertThat(group.partitions()).isEmpty();
    });
  }

  private LagMonitor monitor(String group) {
    return new LagMonitor(sampler, new LagHistory(10), new LagEvaluator(), Set.of(group));
  }

  /** Produces a few records per step, like a live producer, until the partition reaches the wanted status. */
  private LagReport.PartitionLag awaitPartition(LagMonitor monitor, String topic, List<Long> lags,
      PartitionStatus wanted) {
    List<LagReport.PartitionLag> last = new ArrayList<>();
    await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> {
      produce(topic, 5, offset -> System.currentTimeMillis());
      LagReport.PartitionLag p = monitor.step().groups().get(0).partitions().get(0);
      lags.add(p.lag());
      last.add(p);
      assertThat(p.status()).isEqualTo(wanted);
    });
    LagReport.PartitionLag p = last.get(last.size() - 1);
    assertThat(p.lagSeconds()).isPositive();
    return p;
  }

  private String createTopic(String name) throws ExecutionException, InterruptedException {
    admin.createTopics(List.of(new NewTopic(name, 1, (short) 1))).all().get();
    return name;
  }

  private void produce(String topic, int count, LongFunction<Long> timestampOfOffset) {
    try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
        ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
        ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
        ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class))) {
      long next = endOffset(topic);
      for (int i = 0; i < count; i++) {
        producer.send(new ProducerRecord<>(topic, 0, timestampOfOffset.apply(next + i), "k", "v" + i));
      }
      producer.flush();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private long endOffset(String topic) throws ExecutionException, InterruptedException {
    TopicPartition tp = new TopicPartition(topic, 0);
    return admin.listOffsets(Map.of(tp, OffsetSpec.latest())).partitionResult(tp)
        .get().offset();
  }

  private void commit(String group, String topic, long offset) throws ExecutionException, InterruptedException {
    admin.alterConsumerGroupOffsets(group, Map.of(new TopicPartition(topic, 0), new OffsetAndMetadata(offset)))
        .all().get();
  }

  private KafkaConsumer<String, String> consumer(String group, String isolation) {
    return new KafkaConsumer<>(Map.of(
        ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
        ConsumerConfig.GROUP_ID_CONFIG, group,
        ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
        ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
        ConsumerConfig.ISOLATION_LEVEL_CONFIG, isolation,
        ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
        ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class));
  }

  private static void consumeAndCommit(KafkaConsumer<String, String> consumer, int count) {
    poll(consumer, count);
    consumer.commitSync();
  }

  private static List<ConsumerRecord<String, String>> poll(KafkaConsumer<String, String> consumer, int count) {
    List<ConsumerRecord<String, String>> read = new ArrayList<>();
    await().atMost(Duration.ofSeconds(20)).until(() -> {
      consumer.poll(Duration.ofMillis(100)).forEach(read::add);
      return read.size() >= count;
    });
    assertThat(read).hasSize(count);
    return read;
  }
}
