package io.sitrep.ops.lag;

/** The cluster could not be read (unreachable, timed out, not authorised); the message names the step. */
public final class LagSamplingException extends RuntimeException {

  public LagSamplingException(String message, Throwable cause) {
    super(message, cause);
  }
}
