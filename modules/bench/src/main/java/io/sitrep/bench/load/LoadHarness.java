package io.sitrep.bench.load;

import io.sitrep.bench.DevArticles;
import io.sitrep.bench.load.BenchResults.Latency;
import io.sitrep.bench.load.BenchResults.Saturation;
import io.sitrep.bench.load.BenchResults.SubjectRun;
import io.sitrep.extraction.RuleBasedExtractor;
import io.sitrep.ingest.ArticleProducer;
import io.sitrep.ingest.IngestListener;
import io.sitrep.model.Article;
import io.sitrep.model.MilitaryEvent;
import io.sitrep.model.topics.TopicCreator;
import io.sitrep.model.topics.Topics;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.producer.ProducerConfig;

/**
 * Runs the Sitrep topology and the passthrough baseline against one broker, one after the other, each in its own
 * JVM, and measures what {@link BenchResults} holds. Each run has its own topics (under a run prefix, deleted
 * afterwards) and its own consumer group.
 *
 * <p>Saturation: the backlog is produced first, then the instance starts and drains it; the rate is read from the
 * group's committed offsets. Latency: with the instance still running (warm), articles are offered at fixed
 * fractions of that rate, open loop (late sends catch up instead of waiting), each stamped {@code received} as it is
 * sent; an event's latency is when a read_committed consumer got it minus that stamp.
 */
public final class LoadHarness {

  private static final Duration DRAIN_TIMEOUT = Duration.ofMinutes(15);
  private static final Duration SAMPLE_INTERVAL = Duration.ofMillis(200);
  private static final Duration START_TIMEOUT = Duration.ofSeconds(90);
  /** Offered before each latency phase and not recorded: the application settles at the new rate. */
  private static final Duration SETTLE = Duration.ofSeconds(2);
  /** The share of the backlog left out of the rate as warm-up (JIT, first fetches, task assignment). */
  private static final double WARM_UP_SHARE = 0.25;

  private final String bootstrapServers;
  /** The broker's JVM when the harness started it, to count its CPU time; null for a broker of the caller's. */
  private final ChildJvm broker;
  private final BenchPlan plan;
  private final Path workDir;
  private final PrintStream progress;
  private final BenchCorpus corpus = BenchCorpus.fromDevArticles();
  private final RuleBasedExtractor extractor = RuleBasedExtractor.standard();
  private final String runId = Long.toString(System.currentTimeMillis(), 36);
  private int runs;

  /** Measures on a broker of the caller's. */
  public LoadHarness(String bootstrapServers, BenchPlan plan, Path workDir, PrintStream progress) {
    this(bootstrapServers, null, plan, workDir, progress);
  }

  private LoadHarness(String bootstrapServers, ChildJvm broker, BenchPlan plan, Path workDir, PrintStream progress) {
    this.bootstrapServers = bootstrapServers;
    this.broker = broker;
    this.plan = plan;
    this.workDir = workDir;
    this.progress = progress;
  }

  /** Starts a broker of its own, in a JVM apart (logging to {@code workDir/broker.log}), measures, and stops it. */
  public static BenchResults runOnOwnBroker(BenchPlan plan, Path workDir, PrintStream progress)
      throws IOException, InterruptedException {
    Files.createDirectories(workDir);
    progress.println("Starting a Kafka broker in its own JVM...");
    ChildJvm broker = ChildJvm.start(BenchBroker.class, List.of(), workDir.resolve("broker.log"), plan.profile());
    try {
      String bootstrapServers = broker.await("READY ", START_TIMEOUT);
      return new LoadHarness(bootstrapServers, broker, plan, workDir, progress).run();
    } finally {
      broker.close();
    }
  }

  public BenchResults run() throws IOException, InterruptedException {
    Files.createDirectories(workDir);
    List<Article> backlog = corpus.generate("bench", plan.articles(), plan.seed());
    // Expected records are worked out before any instance runs, so that the offline extraction takes no CPU from them.
    SubjectRun baseline = measure(Subject.PASSTHROUGH, backlog, expected(Subject.PASSTHROUGH, backlog));
    SubjectRun sitrep = measure(Subject.SITREP, backlog, expected(Subject.SITREP, backlog));
    List<Saturation> scaling = new ArrayList<>();
    if (plan.scalingArticles() > 0) {
      List<Article> scalingBacklog = corpus.generate("scale", plan.scalingArticles(), plan.seed() + 1);
      Expected expected = expected(Subject.SITREP, scalingBacklog);
      for (int partitions : List.of(1, 2, 4)) {
        for (int threads : List.of(1, 2)) {
          scaling.add(drainOnly(scalingBacklog, expected, partitions, threads, 1));
        }
      }
      scaling.add(drainOnly(scalingBacklog, expected, 4, 1, 2));
    }
    return new BenchResults(machine(backlog), plan, baseline, sitrep, scaling);
  }

  /** Saturation, then latency at each load, then heap: the headline measurements of one topology. */
  private SubjectRun measure(Subject subject, List<Article> backlog, Expected expected)
      throws IOException, InterruptedException {
    try (Run run = new Run(subject, plan.partitions())) {
      run.preload(backlog);
      List<ChildJvm> instances = run.startInstances(plan.streamThreads(), 1);
      try {
        Saturation saturation = run.drain(backlog, expected, plan.streamThreads(), instances);
        List<Latency> latencies = new ArrayList<>();
        for (double load : plan.loads()) {
          latencies.add(run.latencyAt(load, saturation.articlesPerSecond()));
        }
        instances.get(0).tell("heap");
        long heap = Long.parseLong(instances.get(0).await("HEAP ", Duration.ofSeconds(60)));
        return new SubjectRun(saturation, latencies, heap);
      } finally {
        closeAll(instances);
      }
    }
  }

  private Saturation drainOnly(List<Article> backlog, Expected expected, int partitions, int threads,
      int instanceCount) throws IOException, InterruptedException {
    try (Run run = new Run(Subject.SITREP, partitions)) {
      run.preload(backlog);
      List<ChildJvm> instances = run.startInstances(threads, instanceCount);
      try {
        return run.drain(backlog, expected, threads, instances);
      } finally {
        closeAll(instances);
      }
    }
  }

  /** What the event topic must carry: its keys, and how many records (an article may report one event twice). */
  record Expected(Set<String> keys, long records) {}

  /** One record per article for the baseline; for Sitrep, the events the same extractor finds offline. */
  private Expected expected(Subject subject, List<Article> articles) {
    Set<String> keys = new HashSet<>();
    long records = 0;
    for (Article article : articles) {
      if (subject == Subject.PASSTHROUGH) {
        keys.add(article.getId());
        records++;
      } else {
        List<MilitaryEvent> events = extractor.extract(article);
        events.forEach(event -> keys.add(event.getEventId()));
        records += events.size();
      }
    }
    return new Expected(keys, records);
  }

  private BenchResults.Machine machine(List<Article> backlog) {
    return new BenchResults.Machine(Runtime.getRuntime().availableProcessors(),
        System.getProperty("os.name") + " " + System.getProperty("os.arch"),
        System.getProperty("java.vm.name") + " " + System.getProperty("java.version"),
        ChildJvm.MAX_HEAP, (double) DevArticles.textBytes(backlog) / backlog.size(), bootstrapServers);
  }

  /** The instances' local state is of no use after a run: only the logs and the report stay. */
  private static void deleteRecursively(Path dir) {
    try (Stream<Path> paths = Files.walk(dir)) {
      paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot remove the bench state directory " + dir, e);
    }
  }

  /** Articles to offer over a duration at a rate: at least one. */
  private static int count(double perSecond, Duration duration) {
    return (int) Math.max(1, Math.round(perSecond * duration.toMillis() / 1000.0));
  }

  private static double perThousand(Duration cpu, long articles) {
    return articles == 0 ? 0 : cpu.toMillis() / 1000.0 / articles * 1000;
  }

  private static Duration cpuTime(List<ChildJvm> instances) {
    return instances.stream().map(ChildJvm::cpuTime).reduce(Duration.ZERO, Duration::plus);
  }

  private static void closeAll(List<ChildJvm> instances) throws InterruptedException {
    for (ChildJvm instance : instances) {
      instance.close();
    }
  }

  /** One topology on its own topics and consumer group. */
  private final class Run implements AutoCloseable {

    private final Subject subject;
    private final int partitions;
    private final String name;
    private final Topics topics;
    private final Admin admin;
    private final ArticleProducer producer;
    private final OutputReader reader;
    private long sent;
    private final List<Path> stateDirs = new ArrayList<>();

    Run(Subject subject, int partitions) {
      this.subject = subject;
      this.partitions = partitions;
      this.name = "bench-" + runId + "-" + (++runs) + "-" + subject.name().toLowerCase(Locale.ROOT);
      this.topics = Topics.withPrefix(name + ".");
      this.admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers));
      new TopicCreator(bootstrapServers, Map.of()).createIfAbsent(topics.all(), partitions);
      // The ingest producer, lingering only 5 ms: it stands for a feed handler sending each article as it comes.
      this.producer = new ArticleProducer(bootstrapServers, Map.of(ProducerConfig.LINGER_MS_CONFIG, "5"),
          topics.articles(), QUIET);
      this.reader = new OutputReader(bootstrapServers, topics.events());
    }

    void preload(List<Article> backlog) {
      progress.printf("%s: %d articles into %s%n", name, backlog.size(), topics.articles().name());
      Instant now = Instant.now();
      backlog.forEach(article -> send(article, now));
      flush();
    }

    private void flush() {
      long failed = producer.finish(0).failed();
      if (failed > 0) {
        throw new IllegalStateException(name + ": the broker refused " + failed + " articles; see the log above");
      }
    }

    List<ChildJvm> startInstances(int threads, int count) throws IOException {
      List<ChildJvm> instances = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        Path state = Files.createTempDirectory(workDir, name + "-state-");
        stateDirs.add(state);
        List<String> args = new ArrayList<>(List.of(subject.name().toLowerCase(Locale.ROOT), bootstrapServers,
            name + ".", name, Integer.toString(threads), state.toString()));
        plan.streamsOverrides().forEach((key, value) -> args.add(key + "=" + value));
        instances.add(ChildJvm.start(BenchInstance.class, args, workDir.resolve(name + "-" + (i + 1) + ".log"),
            plan.profile()));
      }
      return instances;
    }

    Saturation drain(List<Article> backlog, Expected expected, int threads, List<ChildJvm> instances)
        throws IOException, InterruptedException {
      for (ChildJvm instance : instances) {
        instance.await("RUNNING", START_TIMEOUT);
      }
      progress.printf("%s: %d instance(s) x %d thread(s) on %d partition(s) draining%n", name, instances.size(),
          threads, partitions);
      GroupProgress group = new GroupProgress(admin, name, topics.articles().name());
      long warmUp = (long) Math.ceil(backlog.size() * WARM_UP_SHARE);
      GroupProgress.Sample start = null;
      Duration cpuAtStart = Duration.ZERO;
      Duration brokerCpuAtStart = Duration.ZERO;
      Duration cpuUsed;
      Duration brokerCpuUsed;
      GroupProgress.Sample sample;
      long deadline = System.nanoTime() + DRAIN_TIMEOUT.toNanos();
      while (true) {
        sample = group.sample();
        Duration cpu = cpuTime(instances);
        Duration brokerCpu = broker == null ? Duration.ZERO : broker.cpuTime();
        if (start == null && sample.articlesCommitted() >= warmUp) {
          start = sample;
          cpuAtStart = cpu;
          brokerCpuAtStart = brokerCpu;
        }
        if (sample.articlesCommitted() >= backlog.size() && sample.internalBacklog() == 0) {
          cpuUsed = cpu.minus(cpuAtStart);
          brokerCpuUsed = brokerCpu.minus(brokerCpuAtStart);
          break;
        }
        if (System.nanoTime() > deadline) {
          throw new IllegalStateException(name + " did not drain its backlog within " + DRAIN_TIMEOUT.toMinutes()
              + " min: " + sample.articlesCommitted() + " of " + backlog.size() + " articles committed");
        }
        Thread.sleep(SAMPLE_INTERVAL.toMillis());
      }
      double seconds = (sample.nanoTime() - start.nanoTime()) / 1e9;
      long articles = backlog.size() - start.articlesCommitted();
      // A backlog drained within one sample interval has no measurable window: its rate is left at zero.
      double rate = seconds > 0 ? articles / seconds : 0;
      double meanBytes = (double) DevArticles.textBytes(backlog) / backlog.size();
      boolean arrived = reader.awaitAll(expected.keys(), Duration.ofSeconds(60));
      long missing = arrived ? 0 : reader.missing(expected.keys());
      Saturation saturation = new Saturation(subject, partitions, threads, instances.size(), backlog.size(), rate,
          rate * meanBytes / 1e6, perThousand(cpuUsed, articles),
          broker == null ? Double.NaN : perThousand(brokerCpuUsed, articles),
          expected.records(), missing, reader.records());
      progress.printf("%s: %.0f articles/s, %.2f MB/s, CPU s per 1000 articles %.2f (broker %.2f); %d of %d records"
              + " (%d missing)%n", name, saturation.articlesPerSecond(), saturation.megabytesPerSecond(),
          saturation.cpuSecondsPer1000(), saturation.brokerCpuSecondsPer1000(), saturation.read(),
          saturation.expected(), saturation.missing());
      return saturation;
    }

    /**
     * Offers articles at {@code load} × the saturation rate and records the latency of their events: first for
     * {@link #SETTLE} unrecorded, so that the step from the previous rate does not count, then for the plan's phase.
     */
    Latency latencyAt(double load, double saturationRate) throws InterruptedException {
      double rate = Math.max(1, load * saturationRate);
      long percent = Math.round(load * 100);
      String idPrefix = "load" + percent;
      List<Article> settling = corpus.generate("settle" + percent, count(rate, SETTLE), plan.seed() - 1);
      List<Article> measured = corpus.generate(idPrefix, count(rate, plan.latencyPhase()), plan.seed() + 1);
      LatencyRecorder recorder = new LatencyRecorder(idPrefix + "-");
      reader.recordLatencies(recorder);
      List<Article> offered = new ArrayList<>(settling);
      offered.addAll(measured);
      long startNanos = System.nanoTime();
      for (int i = 0; i < offered.size(); i++) {
        LockSupport.parkNanos(startNanos + (long) (i * 1e9 / rate) - System.nanoTime());
        send(offered.get(i), Instant.now());
      }
      flush();
      awaitCommitted(sent);
      Thread.sleep(500); // the reader's last poll
      Percentiles millis = recorder.percentiles();
      progress.printf("%s: at %.0f%% of saturation (%.0f articles/s): latency p50 %d ms, p99 %d ms, max %d ms (%d events)%n",
          name, load * 100, rate, millis.p50(), millis.p99(), millis.max(), millis.count());
      return new Latency(load, rate, millis);
    }

    private void awaitCommitted(long articles) throws InterruptedException {
      GroupProgress group = new GroupProgress(admin, name, topics.articles().name());
      long deadline = System.nanoTime() + DRAIN_TIMEOUT.toNanos();
      GroupProgress.Sample sample;
      while ((sample = group.sample()).articlesCommitted() < articles || sample.internalBacklog() > 0) {
        if (System.nanoTime() > deadline) {
          throw new IllegalStateException(name + " did not process the articles offered for latency");
        }
        Thread.sleep(50);
      }
    }

    private void send(Article article, Instant received) {
      article.setReceived(received);
      producer.send(article);
      sent++;
    }

    @Override
    public void close() throws InterruptedException {
      reader.close();
      producer.close();
      stateDirs.forEach(LoadHarness::deleteRecursively);
      try {
        Set<String> ours = new HashSet<>();
        for (String topic : admin.listTopics().names().get()) {
          if (topic.startsWith(name)) {
            ours.add(topic);
          }
        }
        admin.deleteTopics(ours).all().get();
      } catch (ExecutionException e) {
        progress.printf("%s: could not delete the run's topics: %s%n", name, e.getCause());
      } finally {
        admin.close();
      }
    }
  }

  /** The corpus is valid by construction; a broker that refuses articles is counted and reported by {@link Run}. */
  private static final IngestListener QUIET = new IngestListener() {
    @Override
    public void rejected(String where, String reason) {}

    @Override
    public void failed(String articleId, String reason) {}

    @Override
    public void progress(long read, long total) {}
  };
}
