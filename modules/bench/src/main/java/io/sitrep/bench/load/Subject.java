package io.sitrep.bench.load;

/** What runs in an instance under test. */
public enum Subject {
  /** The Sitrep topology: validation, extraction, routing by type and clustering, exactly-once. */
  SITREP,
  /** The same source and sink topics, serdes and guarantee, one record per article and no extraction. */
  PASSTHROUGH;

  String label() {
    return this == SITREP ? "Sitrep" : "baseline";
  }
}
