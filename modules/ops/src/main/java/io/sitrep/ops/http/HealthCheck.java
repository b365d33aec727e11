package io.sitrep.ops.http;

/**
 * What the health endpoints ask: the application implements it from its own state (for Kafka Streams: ready only
 * in RUNNING, not while REBALANCING; not live in ERROR or after a fatal error).
 */
public interface HealthCheck {

  /** False once the process is in a state it cannot leave by itself: the orchestrator should restart it. */
  boolean live();

  /** True when the process serves its purpose now: it may receive traffic or count as up. */
  boolean ready();

  /** A short human-readable reason, shown in the response body (for instance the Streams state). */
  String detail();
}
