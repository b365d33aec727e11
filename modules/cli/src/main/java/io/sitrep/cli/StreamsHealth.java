package io.sitrep.cli;

import io.sitrep.ops.http.HealthCheck;
import io.sitrep.streams.SitrepStreamsApp;
import org.apache.kafka.streams.KafkaStreams;

/** Health from the Kafka Streams state: live unless failed, ready only while running (not while rebalancing). */
final class StreamsHealth implements HealthCheck {

  private final SitrepStreamsApp app;

  StreamsHealth(SitrepStreamsApp app) {
    this.app = app;
  }

  @Override
  public boolean live() {
    KafkaStreams.State state = app.state();
    return state != KafkaStreams.State.ERROR && state != KafkaStreams.State.PENDING_ERROR;
  }

  @Override
  public boolean ready() {
    return app.state() == KafkaStreams.State.RUNNING;
  }

  @Override
  public String detail() {
    return "kafka streams state " + app.state();
  }
}
