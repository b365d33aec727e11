package io.sitrep.bench;

import io.sitrep.extraction.RuleBasedExtractor;
import io.sitrep.json.ArticleJson;
import io.sitrep.json.InvalidArticleException;
import io.sitrep.model.Article;
import io.sitrep.model.MilitaryEvent;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Throughput of {@link RuleBasedExtractor#extract} over the dev articles (a copy of shared/data/dev in this module's
 * resources). One operation extracts every dev article once; the bytes of text per operation are printed at setup, so
 * that MB/s = bytes per op × ops/s / 1,000,000 (per core: run with one thread, the default).
 *
 * <p>Run: {@code mvn -B -q -pl modules/bench -am package -DskipTests}, then
 * {@code mvn -q -pl modules/bench dependency:build-classpath -Dmdep.outputFile=target/cp.txt} and
 * {@code java -cp modules/bench/target/classes:$(cat modules/bench/target/cp.txt) org.openjdk.jmh.Main
 * ExtractorBenchmark -wi 2 -i 3 -f 1}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ExtractorBenchmark {

  private static final List<String> DEV_FILES = List.of("seed.jsonl", "open-licence.jsonl", "open-licence-2.jsonl");

  private RuleBasedExtractor extractor;
  private List<Article> articles;

  @Setup
  public void load() throws IOException, InvalidArticleException {
    extractor = RuleBasedExtractor.standard();
    articles = new ArrayList<>();
    ArticleJson json = new ArticleJson();
    long bytes = 0;
    for (String file : DEV_FILES) {
      try (InputStream in = ExtractorBenchmark.class.getResourceAsStream("/io/sitrep/bench/" + file);
          BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
        String line;
        while ((line = reader.readLine()) != null) {
          if (!line.isBlank()) {
            Article article = json.parse(line, Instant.EPOCH);
            articles.add(article);
            bytes += article.getText().getBytes(StandardCharsets.UTF_8).length;
          }
        }
      }
    }
    System.err.printf("ExtractorBenchmark: %d articles, %d bytes of text per op%n", articles.size(), bytes);
  }

  @Benchmark
  public void extractDevArticles(Blackhole blackhole) {
    for (Article article : articles) {
      List<MilitaryEvent> events = extractor.extract(article);
      blackhole.consume(events);
    }
  }
}
