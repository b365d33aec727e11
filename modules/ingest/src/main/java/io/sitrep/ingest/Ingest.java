package io.sitrep.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;

/** One ingest run: reads articles from a source, sends each, and sums up. */
public final class Ingest {

  private final ArticleReader reader;
  private final ArticleProducer producer;
  private final AtomicLong rejected = new AtomicLong();
  private final IngestListener countingListener;

  public Ingest(ArticleReader reader, ArticleProducer producer, IngestListener listener) {
    this.reader = reader;
    this.producer = producer;
    this.countingListener = new IngestListener() {
      @Override
      public void rejected(String where, String reason) {
        rejected.incrementAndGet();
        listener.rejected(where, reason);
      }

      @Override
      public void failed(String articleId, String reason) {
        listener.failed(articleId, reason);
      }

      @Override
      public void progress(long read, long total) {
        listener.progress(read, total);
      }
    };
  }

  /** Sends every article of a file or directory. */
  public IngestSummary fromPath(Path path) throws IOException {
    reader.readPath(path, producer::send, countingListener);
    return producer.finish(rejected.get());
  }

  /** Sends every article of a JSON Lines stream, such as standard input. */
  public IngestSummary fromJsonLines(BufferedReader lines, String sourceName) throws IOException {
    reader.readJsonLines(lines, sourceName, -1, producer::send, countingListener);
    return producer.finish(rejected.get());
  }
}
