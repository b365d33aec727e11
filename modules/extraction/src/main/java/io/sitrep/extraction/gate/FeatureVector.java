package io.sitrep.extraction.gate;

import java.util.Arrays;

/**
 * A sparse binary feature vector: the sorted, distinct indices (from 1) of the features that are present, each a hash
 * of the feature's name into {@code dimensions} buckets, so that words of any article map to a fixed space.
 */
public record FeatureVector(int[] indices) {

  /** The bucket of a feature name: 64-bit FNV-1a over its UTF-16 chars, stable across JVMs and runs. */
  static int index(String name, int dimensions) {
    long hash = 0xcbf29ce484222325L;
    for (int i = 0; i < name.length(); i++) {
      hash ^= name.charAt(i);
      hash *= 0x100000001b3L;
    }
    return (int) Long.remainderUnsigned(hash, dimensions) + 1;
  }

  /** Collects feature names. */
  static final class Builder {
    private final int dimensions;
    private int[] indices = new int[64];
    private int size;

    Builder(int dimensions) {
      this.dimensions = dimensions;
    }

    void add(String name) {
      if (size == indices.length) {
        indices = Arrays.copyOf(indices, size * 2);
      }
      indices[size++] = index(name, dimensions);
    }

    FeatureVector build() {
      int[] sorted = Arrays.copyOf(indices, size);
      Arrays.sort(sorted);
      int distinct = 0;
      for (int i = 0; i < sorted.length; i++) {
        if (i == 0 || sorted[i] != sorted[i - 1]) {
          sorted[distinct++] = sorted[i];
        }
      }
      return new FeatureVector(Arrays.copyOf(sorted, distinct));
    }
  }
}
