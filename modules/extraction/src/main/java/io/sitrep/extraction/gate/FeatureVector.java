package io.sitrep.extraction.gate;

import java.util.Arrays;

/**
 * A sparse binary feature vector: the sorted, distinct indices (from 1) of the features that are present, each a hash
 * of the feature's name into {@code dimensions} buckets, so that words of any article map to a fixed space.
 */
public record FeatureVector(int[] indices) {

  private static final long FNV_OFFSET = 0xcbf29ce484222325L;
  private static final long FNV_PRIME = 0x100000001b3L;

  /** The bucket of a feature name: 64-bit FNV-1a over its UTF-16 chars, stable across JVMs and runs. */
  static int index(String name, int dimensions) {
    return bucket(hash(FNV_OFFSET, name, 0, name.length()), dimensions);
  }

  /** FNV-1a continued over chars [from, to) of {@code text}: a name hashed in parts hashes as the whole name. */
  static long hash(long hash, CharSequence text, int from, int to) {
    for (int i = from; i < to; i++) {
      hash ^= text.charAt(i);
      hash *= FNV_PRIME;
    }
    return hash;
  }

  private static int bucket(long hash, int dimensions) {
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

    /** The feature named by the parts one after another, hashed without joining them into a string. */
    void add(String... parts) {
      long hash = FNV_OFFSET;
      for (String part : parts) {
        hash = hash(hash, part, 0, part.length());
      }
      addHash(hash);
    }

    /** The feature named by {@code first}, {@code second} and chars [from, to) of {@code third}. */
    void add(String first, String second, CharSequence third, int from, int to) {
      addHash(hash(hash(hash(FNV_OFFSET, first, 0, first.length()), second, 0, second.length()), third, from, to));
    }

    private void addHash(long hash) {
      if (size == indices.length) {
        indices = Arrays.copyOf(indices, size * 2);
      }
      indices[size++] = bucket(hash, dimensions);
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
