package io.sitrep.ops.lag;

/** Burrow's verdict on one partition of a group over a window of samples; see {@link LagEvaluator}. */
public enum PartitionStatus {
  /** Caught up, or catching up. */
  OK,
  /** The consumer moves but its lag has not gone down anywhere in the window: it is falling behind. */
  WARN,
  /** A live consumer owns the partition but its offset has not moved across the window while lag remains. */
  STALL,
  /** Nobody owns the partition and its offset has not moved across the window while lag remains. */
  STOP,
  /** The committed offset went backwards within the window (an offset reset or a replay). */
  REWIND
}
