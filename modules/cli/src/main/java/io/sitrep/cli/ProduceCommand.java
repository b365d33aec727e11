package io.sitrep.cli;

import io.sitrep.ingest.ArticleProducer;
import io.sitrep.ingest.ArticleReader;
import io.sitrep.ingest.Ingest;
import io.sitrep.ingest.IngestListener;
import io.sitrep.ingest.IngestSummary;
import io.sitrep.model.topics.TopicCreator;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** Pushes articles into articles.raw. */
@Command(name = "produce", mixinStandardHelpOptions = true,
    description = {"Send articles to articles.raw from a JSON Lines file, a directory of .txt/.json/.jsonl files,",
        "or standard input ('-'). Lines that are not articles are reported with their line number and skipped."})
final class ProduceCommand implements Callable<Integer> {

  @ParentCommand Sitrep parent;
  @Mixin KafkaOptions kafka;

  @Parameters(index = "0", defaultValue = "-", paramLabel = "PATH", description = "File, directory, or - for standard input.")
  String input;

  @Option(names = "--partitions", defaultValue = "3",
      description = "Partitions of articles.raw if it has to be created (default: ${DEFAULT-VALUE}).")
  int partitions;

  @Override
  public Integer call() throws IOException {
    boolean fromStdin = input.equals("-");
    if (!fromStdin && !Files.exists(Path.of(input))) {
      throw new UserError("no such file or directory: " + input);
    }
    var overrides = parent.config().kafkaOverrides();
    try {
      new TopicCreator(kafka.bootstrapServers, overrides).createIfAbsent(List.of(kafka.topics().articles()), partitions);
    } catch (IllegalStateException e) {
      throw new UserError(e.getMessage());
    }
    ProgressBar bar = System.console() != null ? new ProgressBar(System.err) : null;
    IngestListener listener = new IngestListener() {
      @Override
      public void rejected(String where, String reason) {
        System.err.println((bar != null ? "\n" : "") + "skipped " + where + ": " + reason);
      }

      @Override
      public void failed(String articleId, String reason) {
        System.err.println((bar != null ? "\n" : "") + "not sent " + articleId + ": " + reason);
      }

      @Override
      public void progress(long read, long total) {
        if (bar != null) {
          bar.update(read, total, fromStdin ? "lines" : "items");
        }
      }
    };
    IngestSummary summary;
    try (ArticleProducer producer = new ArticleProducer(kafka.bootstrapServers, overrides,
        kafka.topics().articles(), listener)) {
      Ingest ingest = new Ingest(new ArticleReader(Clock.systemUTC()), producer, listener);
      summary = fromStdin
          ? ingest.fromJsonLines(new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)), "stdin")
          : ingest.fromPath(Path.of(input));
    }
    if (bar != null) {
      bar.finish();
    }
    System.out.printf("sent %d, failed %d, skipped %d, %.1f KiB in %.1f s (%.1f articles/s)%n",
        summary.sent(), summary.failed(), summary.rejected(), summary.bytes() / 1024.0,
        summary.elapsed().toMillis() / 1000.0, summary.articlesPerSecond());
    return summary.failed() == 0 ? 0 : 1;
  }
}
