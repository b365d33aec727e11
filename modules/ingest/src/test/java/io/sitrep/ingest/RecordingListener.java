package io.sitrep.ingest;

import java.util.ArrayList;
import java.util.List;

/** Remembers what an ingest run reported. */
final class RecordingListener implements IngestListener {

  final List<String> rejected = new ArrayList<>();
  final List<String> failed = new ArrayList<>();
  long lastRead;
  long lastTotal;

  @Override
  public void rejected(String where, String reason) {
    rejected.add(where + " " + reason);
  }

  @Override
  public void failed(String articleId, String reason) {
    failed.add(articleId + " " + reason);
  }

  @Override
  public void progress(long read, long total) {
    lastRead = read;
    lastTotal = total;
  }
}
