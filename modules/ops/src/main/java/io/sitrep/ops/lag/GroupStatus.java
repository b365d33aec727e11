package io.sitrep.ops.lag;

/**
 * Burrow's verdict on a whole group: the worst of its partitions. The numeric {@link #code()} is what the
 * {@code sitrep_consumer_group_status} gauge exports, chosen as Burrow numbers its statuses.
 */
public enum GroupStatus {
  /** 0: the group has no members and no committed offsets. */
  NOTFOUND(0),
  /** 1: every partition is OK. */
  OK(1),
  /** 2: at least one partition is WARN and none is worse. */
  WARN(2),
  /** 3: at least one partition is STALL, STOP or REWIND. */
  ERROR(3);

  private final int code;

  GroupStatus(int code) {
    this.code = code;
  }

  /** The number exported as a gauge. */
  public int code() {
    return code;
  }
}
