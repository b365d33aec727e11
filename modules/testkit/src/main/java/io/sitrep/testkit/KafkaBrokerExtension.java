package io.sitrep.testkit;

import io.sitrep.broker.EmbeddedBroker;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.kafka.KafkaContainer;

/**
 * Gives a test parameter of type {@link RealKafka} a real broker, started once per test run: Kafka in a container
 * (image {@code apache/kafka} at the version of our Kafka jars) where Docker runs, else Kafka's own broker in this
 * JVM. Either way the test crosses a real network to a real broker; it never skips for lack of Docker.
 */
public final class KafkaBrokerExtension implements ParameterResolver {

  private static final Logger log = LoggerFactory.getLogger(KafkaBrokerExtension.class);
  private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(KafkaBrokerExtension.class);

  /** The version of the Kafka jars in the build (the POM's {@code kafka.version}), so that the image matches them. */
  static final String KAFKA_VERSION = buildKafkaVersion();

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == RealKafka.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    // The root store closes the broker when the whole run ends, so test classes share one broker.
    return context.getRoot().getStore(NAMESPACE)
        .getOrComputeIfAbsent("broker", key -> start(), RealKafka.class);
  }

  private static RealKafka start() {
    RealKafka kafka = DockerClientFactory.instance().isDockerAvailable() ? container() : inProcess();
    log.info("tests use {} at {}", kafka.description(), kafka.bootstrapServers());
    return kafka;
  }

  private static RealKafka container() {
    String image = "apache/kafka:" + KAFKA_VERSION;
    KafkaContainer container = new KafkaContainer(image);
    container.start();
    return new RealKafka() {
      @Override
      public String bootstrapServers() {
        return container.getBootstrapServers();
      }

      @Override
      public String description() {
        return "container " + image;
      }

      @Override
      public void close() {
        container.stop();
      }
    };
  }

  private static RealKafka inProcess() {
    EmbeddedBroker broker = EmbeddedBroker.start(0, null);
    return new RealKafka() {
      @Override
      public String bootstrapServers() {
        return broker.bootstrapServers();
      }

      @Override
      public String description() {
        return "in-process KRaft broker " + KAFKA_VERSION;
      }

      @Override
      public void close() {
        broker.close();
      }
    };
  }

  private static String buildKafkaVersion() {
    try (InputStream in = KafkaBrokerExtension.class.getResourceAsStream("kafka.properties")) {
      Properties props = new Properties();
      props.load(in);
      return props.getProperty("kafka.version");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
