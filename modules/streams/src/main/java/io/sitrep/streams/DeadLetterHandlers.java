package io.sitrep.streams;

import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.LogAndContinueExceptionHandler;
import org.apache.kafka.streams.errors.LogAndContinueProcessingExceptionHandler;
import org.apache.kafka.streams.processor.api.Record;

/**
 * Kafka Streams' log-and-continue handlers, which send the failed record to the dead-letter topic, extended to tell
 * the {@link PipelineObserver} (passed in the configuration under {@link #OBSERVER_CONFIG}) why.
 */
final class DeadLetterHandlers {

  /** Configuration key under which the application passes its observer to the handlers Kafka Streams creates. */
  static final String OBSERVER_CONFIG = "sitrep.pipeline.observer";

  private DeadLetterHandlers() {}

  private static PipelineObserver observer(Map<String, ?> configs) {
    return configs.get(OBSERVER_CONFIG) instanceof PipelineObserver observer ? observer : PipelineObserver.NONE;
  }

  /** Records that cannot be deserialized. */
  public static final class Deserialization extends LogAndContinueExceptionHandler {
    private PipelineObserver observer = PipelineObserver.NONE;

    @Override
    public void configure(Map<String, ?> configs) {
      super.configure(configs);
      observer = observer(configs);
    }

    @Override
    public Response handleError(ErrorHandlerContext context, ConsumerRecord<byte[], byte[]> record, Exception error) {
      observer.deadLettered(error.getClass().getSimpleName());
      return super.handleError(context, record, error);
    }
  }

  /** Records that fail in a processor: rejected articles, unsupported languages. */
  public static final class Processing extends LogAndContinueProcessingExceptionHandler {
    private PipelineObserver observer = PipelineObserver.NONE;

    @Override
    public void configure(Map<String, ?> configs) {
      super.configure(configs);
      observer = observer(configs);
    }

    @Override
    public Response handleError(ErrorHandlerContext context, Record<?, ?> record, Exception error) {
      observer.deadLettered(error.getClass().getSimpleName());
      return super.handleError(context, record, error);
    }
  }
}
