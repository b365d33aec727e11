package io.sitrep.bench;

import io.sitrep.extraction.RuleBasedExtractor;
import io.sitrep.model.Article;
import io.sitrep.model.MilitaryEvent;
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
 * Throughput of {@link RuleBasedExtractor#extract} (with the precision gate, and the rules alone) over the dev articles (a copy of shared/data/dev in this module's
 * resources). One operation extracts every dev article once; the bytes of text per operation are printed at setup, so
 * that MB/s = bytes per op × ops/s / 1,000,000 (per core: run with one thread, the default).
 *
 * <p>Run: as docs/benchmarks.md says (the class path must name this checkout's module jars, not older ones in
 * ~/.m2), {@code java -cp "$CP" org.openjdk.jmh.Main ExtractorBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ExtractorBenchmark {

  private RuleBasedExtractor extractor;
  private RuleBasedExtractor rulesAlone;
  private List<Article> articles;

  @Setup
  public void load() {
    extractor = RuleBasedExtractor.standard();
    rulesAlone = RuleBasedExtractor.rulesAlone();
    articles = DevArticles.load();
    System.err.printf("ExtractorBenchmark: %d articles, %d bytes of text per op%n", articles.size(),
        DevArticles.textBytes(articles));
  }

  @Benchmark
  public void extractDevArticles(Blackhole blackhole) {
    for (Article article : articles) {
      List<MilitaryEvent> events = extractor.extract(article);
      blackhole.consume(events);
    }
  }

  /** The same without the precision gate: the ratio of the two is what the gate costs. */
  @Benchmark
  public void extractDevArticlesRulesAlone(Blackhole blackhole) {
    for (Article article : articles) {
      blackhole.consume(rulesAlone.extract(article));
    }
  }
}
