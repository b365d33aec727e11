package io.sitrep.ops.lag;

import java.time.Instant;
import java.util.List;

/** The lag of some consumer groups as read from the cluster at one instant. */
public record LagSnapshot(Instant takenAt, List<GroupSample> groups) {

  public LagSnapshot {
    groups = List.copyOf(groups);
  }
}
