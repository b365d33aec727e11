package io.sitrep.streams;

/**
 * An article that decoded but cannot be processed (no text, too long, no id). Thrown inside the topology so that
 * Kafka Streams' processing-exception handler sends the record to the dead-letter topic with this message.
 */
public final class RejectedArticleException extends RuntimeException {

  public RejectedArticleException(String reason) {
    super(reason);
  }
}
