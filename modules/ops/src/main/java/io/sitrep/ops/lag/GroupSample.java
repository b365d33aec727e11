package io.sitrep.ops.lag;

import java.util.List;

/**
 * One consumer group at one sampling instant.
 *
 * @param group the group id
 * @param found false when the broker knows neither the group nor any offset it committed
 * @param state the coordinator's group state (Stable, Empty, ...), or "Unknown"
 * @param partitions one sample per partition the group has committed an offset for
 */
public record GroupSample(String group, boolean found, String state, List<PartitionSample> partitions) {

  public GroupSample {
    partitions = List.copyOf(partitions);
  }
}
