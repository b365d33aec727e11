package io.sitrep.ingest;

/** What an ingest run tells its user as it goes: rejected input and progress. */
public interface IngestListener {

  /** An input item that was not sent, with where it was ({@code file:line}) and why. */
  void rejected(String where, String reason);

  /** An article the broker did not accept, after the producer's own retries. */
  void failed(String articleId, String reason);

  /** Items read so far, of {@code total} ({@code -1} when unknown, as for standard input). */
  void progress(long read, long total);
}
