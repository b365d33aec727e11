package io.sitrep.ops.lag;

import java.time.Instant;

/**
 * One sample of one group-partition as kept in a {@link LagHistory} window, the input of {@link LagEvaluator}.
 *
 * @param at when it was sampled
 * @param committedOffset the group's committed offset
 * @param logEndOffset the partition's high watermark
 * @param assigned true when a live member of the group owned the partition
 */
public record LagPoint(Instant at, long committedOffset, long logEndOffset, boolean assigned) {

  /** Records between the committed offset and the end of the log (never negative). */
  public long lag() {
    return Math.max(0, logEndOffset - committedOffset);
  }
}
