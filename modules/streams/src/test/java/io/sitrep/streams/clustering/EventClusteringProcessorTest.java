package io.sitrep.streams.clustering;

import static io.sitrep.streams.clustering.EventClustererTest.admin1;
import static io.sitrep.streams.clustering.EventClustererTest.event;
import static io.sitrep.streams.clustering.EventClustererTest.place;
import static org.assertj.core.api.Assertions.assertThat;

import io.sitrep.model.ClusteredEvent;
import io.sitrep.model.MilitaryEvent;
import io.sitrep.model.topics.Topics;
import io.sitrep.streams.PipelineObserver;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.state.Stores;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The processor over its real (RocksDB) stores: indexing, member bookkeeping and bounded records. */
class EventClusteringProcessorTest {

  private static final Instant T0 = Instant.parse("2024-02-03T10:00:00Z");
  private final Topics topics = Topics.standard();
  private TopologyTestDriver driver;
  private TestInputTopic<String, MilitaryEvent> reports;
  private TestOutputTopic<String, ClusteredEvent> clustered;

  @BeforeEach
  void start() {
    var events = topics.events();
    var out = topics.clusteredEvents();
    Topology topology = new Topology();
    topology.addSource("reports", Serdes.String().deserializer(), events.valueSerde().deserializer(), "reports");
    topology.addProcessor("cluster", () -> new EventClusteringProcessor(Duration.ofDays(7), PipelineObserver.NONE),
        "reports");
    topology.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(
        EventClusteringProcessor.CLUSTERS_STORE), Serdes.String(), out.valueSerde()), "cluster");
    topology.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(
        EventClusteringProcessor.DAY_INDEX_STORE), Serdes.String(), Serdes.String()), "cluster");
    topology.addStateStore(Stores.timestampedKeyValueStoreBuilder(Stores.persistentTimestampedKeyValueStore(
        EventClusteringProcessor.MEMBERS_STORE), Serdes.String(), events.valueSerde()), "cluster");
    topology.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(
        EventClusteringProcessor.SOURCES_STORE), Serdes.String(), Serdes.String()), "cluster");
    topology.addSink("clustered", "clustered", Serdes.String().serializer(), out.valueSerde().serializer(), "cluster");
    Properties props = new Properties();
    props.put(StreamsConfig.APPLICATION_ID_CONFIG, "clustering-test");
    driver = new TopologyTestDriver(topology, props);
    reports = driver.createInputTopic("reports", Serdes.String().serializer(), events.valueSerde().serializer());
    clustered = driver.createOutputTopic("clustered", Serdes.String().deserializer(), out.valueSerde().deserializer());
  }

  @AfterEach
  void stop() {
    driver.close();
  }

  private void send(MilitaryEvent event, Instant seenAt) {
    reports.pipeInput(new TestRecord<>(EventClusterer.blockKey(event), event, seenAt));
  }

  @Test
  void countsEveryReportButListsABoundedSample() {
    for (int i = 0; i < 240; i++) {
      // 240 reports of one strike from 120 articles, two sentences each.
      send(event(String.format("e%03d", i), "a" + (i / 2), "2024-02-02", place("Al-Mayadin", 35.02, 40.45)),
          T0.plusSeconds(i));
    }

    List<ClusteredEvent> upserts = clustered.readValuesToList();
    ClusteredEvent last = upserts.get(upserts.size() - 1);
    assertThat(upserts).extracting(ClusteredEvent::getClusterId).containsOnly("e000");
    assertThat(last.getVersion()).isEqualTo(240);
    assertThat(last.getNumSources()).isEqualTo(120);
    assertThat(last.getMemberEventIds()).hasSize(EventClusterer.LISTED).startsWith("e000", "e001");
    assertThat(last.getSourceArticleIds()).hasSize(EventClusterer.LISTED);
  }

  @Test
  void movesTheMembersOfAnAbsorbedClusterSoThatLaterReportsFindTheSurvivor() {
    send(event("w", "a1", "2024-02-02", place("West", 35.00, 40.00)), T0);
    send(event("e", "a2", "2024-02-02", place("East", 35.00, 40.80)), T0.plusSeconds(1));
    send(event("p", "a3", "2024-02-02", admin1("Deir ez-Zor")), T0.plusSeconds(2));
    // Links only to "e", a member of the absorbed cluster; published a day later, so it reaches it through the index.
    MilitaryEvent late = event("l", "a4", "2024-02-03", place("East outskirts", 35.01, 40.81));
    late.setDatePrecision(io.sitrep.model.DatePrecision.ARTICLE);
    send(late, T0.plusSeconds(3));

    List<TestRecord<String, ClusteredEvent>> records = clustered.readRecordsToList();
    assertThat(records).filteredOn(record -> record.value() == null).extracting(TestRecord::key)
        .containsExactly("e");
    ClusteredEvent last = records.get(records.size() - 1).value();
    assertThat(last.getClusterId()).isEqualTo("w");
    assertThat(last.getMemberEventIds()).containsExactly("e", "l", "p", "w");
    assertThat(last.getNumSources()).isEqualTo(4);
  }

  @Test
  void ignoresAReportItHasAlreadyCounted() {
    MilitaryEvent strike = event("e1", "a1", "2024-02-02", place("Al-Mayadin", 35.02, 40.45));
    send(strike, T0);
    send(strike, T0.plusSeconds(5));

    assertThat(clustered.readValuesToList()).hasSize(1);
  }
}
