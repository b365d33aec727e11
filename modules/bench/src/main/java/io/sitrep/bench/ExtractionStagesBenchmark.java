package io.sitrep.bench;

import io.sitrep.extraction.RuleBasedExtractor;
import io.sitrep.extraction.actors.ActorDictionary;
import io.sitrep.extraction.actors.ActorMention;
import io.sitrep.extraction.actors.RoleResolver;
import io.sitrep.extraction.events.ArticleEventReader;
import io.sitrep.extraction.events.EventCandidate;
import io.sitrep.extraction.events.EventIds;
import io.sitrep.extraction.events.EventMerger;
import io.sitrep.extraction.events.SentenceEventReader;
import io.sitrep.extraction.factuality.FactualityClassifier;
import io.sitrep.extraction.factuality.FactualityCue;
import io.sitrep.extraction.lexicon.CueClass;
import io.sitrep.extraction.lexicon.CueLexicon;
import io.sitrep.extraction.lexicon.Language;
import io.sitrep.extraction.lexicon.SentenceCues;
import io.sitrep.extraction.lexicon.Trigger;
import io.sitrep.extraction.lexicon.TriggerLexicon;
import io.sitrep.extraction.places.Gazetteer;
import io.sitrep.extraction.places.LocationResolver;
import io.sitrep.extraction.quantities.QuantityReader;
import io.sitrep.extraction.text.LanguageIdentifier;
import io.sitrep.extraction.text.PhraseMatch;
import io.sitrep.extraction.text.Sentence;
import io.sitrep.extraction.text.SentenceSplitter;
import io.sitrep.extraction.text.TextAnalyzer;
import io.sitrep.extraction.text.TextNormalizer;
import io.sitrep.extraction.text.Tokenizer;
import io.sitrep.extraction.time.DateMention;
import io.sitrep.extraction.time.DateResolver;
import io.sitrep.model.Article;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
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
 * The cost of each stage of {@link RuleBasedExtractor} over the dev articles (a copy of shared/data/dev in this
 * module's resources). One operation runs one stage on one article, the next dev article each time, so the score is
 * the mean cost of the stage per article in µs. Each stage gets what the stages before it produced, computed at setup,
 * and runs where the extractor runs it: the trigger index on every sentence, the other per-sentence stages on the
 * sentences with a trigger, roles and factuality once per trigger. {@code articleReading} is everything but building
 * the output records; {@code extract} is the whole extractor, for comparison with the sum of the stages.
 * {@code languageIdentification} runs only for articles that do not state their language (the dev articles do).
 *
 * <p>Run: as docs/benchmarks.md says, {@code java -cp "$CP" org.openjdk.jmh.Main ExtractionStagesBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ExtractionStagesBenchmark {

  /** A sentence with a trigger and what the stages before each rule found in it. */
  private record TriggeredSentence(Sentence sentence, List<PhraseMatch<Trigger>> triggers, SentenceCues cues,
      List<ActorMention> actors, int[] actorIds, boolean[] dateTokens, boolean[] triggerTokens,
      List<PhraseMatch<FactualityCue>> factualityCues) {}

  /** One article with the output of every stage, as input for the next. */
  private record PreparedArticle(Article article, Language language, LocalDate published, List<Sentence> sentences,
      List<TriggeredSentence> triggered, List<EventCandidate> sentenceEvents, List<EventCandidate> events) {}

  private final TextNormalizer normalizer = new TextNormalizer();
  private final Tokenizer tokenizer = new Tokenizer();
  private final LanguageIdentifier languageIdentifier = new LanguageIdentifier();
  private final TextAnalyzer analyzer = new TextAnalyzer(normalizer, tokenizer, new SentenceSplitter());
  private final Gazetteer gazetteer = new Gazetteer(normalizer, tokenizer, Gazetteer.BUNDLED);
  private final TriggerLexicon triggers = new TriggerLexicon(normalizer, tokenizer);
  private final CueLexicon cues = new CueLexicon(normalizer, tokenizer);
  private final ActorDictionary actors = new ActorDictionary(normalizer, tokenizer, gazetteer);
  private final RoleResolver roles = new RoleResolver();
  private final LocationResolver locations = new LocationResolver(gazetteer);
  private final DateResolver dates = new DateResolver();
  private final QuantityReader quantities = new QuantityReader(normalizer, tokenizer);
  private final FactualityClassifier factuality = new FactualityClassifier(normalizer, tokenizer);
  private final SentenceEventReader sentenceReader = new SentenceEventReader(triggers, cues, actors, roles, locations,
      dates, quantities, factuality);
  private final EventMerger merger = new EventMerger();
  private final ArticleEventReader articleReader = new ArticleEventReader(analyzer, sentenceReader, merger);
  private final EventIds ids = new EventIds();
  private final RuleBasedExtractor extractor = RuleBasedExtractor.standard();

  private List<PreparedArticle> articles;
  private int next;

  @Setup
  public void load() {
    List<Article> dev = DevArticles.load();
    articles = new ArrayList<>();
    for (Article article : dev) {
      articles.add(prepare(article));
    }
    System.err.printf("ExtractionStagesBenchmark: %d articles, %d bytes of text; scores are per article%n",
        dev.size(), DevArticles.textBytes(dev));
  }

  private PreparedArticle prepare(Article article) {
    Language language = Language.of(article.getLanguage()).orElseThrow();
    LocalDate published = article.getPublished().atOffset(ZoneOffset.UTC).toLocalDate();
    List<Sentence> sentences = analyzer.sentences(article.getText());
    List<TriggeredSentence> triggered = new ArrayList<>();
    List<EventCandidate> sentenceEvents = new ArrayList<>();
    for (Sentence sentence : sentences) {
      List<PhraseMatch<Trigger>> found = triggers.triggers(language).findAll(sentence.tokens());
      if (!found.isEmpty()) {
        triggered.add(prepare(sentence, language, published, found));
      }
      sentenceEvents.addAll(sentenceReader.read(sentenceReader.analyse(sentence, language, published), null).events());
    }
    return new PreparedArticle(article, language, published, sentences, triggered, sentenceEvents,
        articleReader.read(article.getText(), language, published));
  }

  private TriggeredSentence prepare(Sentence sentence, Language language, LocalDate published,
      List<PhraseMatch<Trigger>> found) {
    int size = sentence.tokens().size();
    SentenceCues sentenceCues = new SentenceCues(cues.cues(language).findOverlapping(sentence.tokens()), size);
    List<ActorMention> actorMentions = actors.find(sentence);
    int[] actorIds = new int[size];
    Arrays.fill(actorIds, -1);
    for (int a = 0; a < actorMentions.size(); a++) {
      Arrays.fill(actorIds, actorMentions.get(a).start(), actorMentions.get(a).end(), a);
    }
    boolean[] dateTokens = new boolean[size];
    for (DateMention date : dates.find(sentence.tokens(), published)) {
      Arrays.fill(dateTokens, date.start(), date.end(), true);
    }
    boolean[] triggerTokens = new boolean[size];
    for (PhraseMatch<Trigger> match : found) {
      Arrays.fill(triggerTokens, match.start(), match.end(), true);
    }
    return new TriggeredSentence(sentence, found, sentenceCues, actorMentions, actorIds, dateTokens, triggerTokens,
        factuality.cues(sentence.tokens(), language));
  }

  private PreparedArticle nextArticle() {
    PreparedArticle article = articles.get(next);
    next = (next + 1) % articles.size();
    return article;
  }

  @Benchmark
  public String languageIdentification() {
    return languageIdentifier.identify(nextArticle().article().getText());
  }

  /** Normalisation, tokenisation and sentence splitting. */
  @Benchmark
  public List<Sentence> textAnalysis() {
    return analyzer.sentences(nextArticle().article().getText());
  }

  @Benchmark
  public void triggers(Blackhole blackhole) {
    PreparedArticle article = nextArticle();
    for (Sentence sentence : article.sentences()) {
      blackhole.consume(triggers.triggers(article.language()).findAll(sentence.tokens()));
    }
  }

  /** Context words (locatives, passive markers, forces ...) that the role, place and factuality rules consult. */
  @Benchmark
  public void cues(Blackhole blackhole) {
    PreparedArticle article = nextArticle();
    for (TriggeredSentence s : article.triggered()) {
      List<PhraseMatch<CueClass>> found = cues.cues(article.language()).findOverlapping(s.sentence().tokens());
      blackhole.consume(new SentenceCues(found, s.sentence().tokens().size()));
    }
  }

  @Benchmark
  public void actors(Blackhole blackhole) {
    for (TriggeredSentence s : nextArticle().triggered()) {
      blackhole.consume(actors.find(s.sentence()));
    }
  }

  /** Agent and counterparts of every trigger (stop phrases have none). */
  @Benchmark
  public void roles(Blackhole blackhole) {
    PreparedArticle article = nextArticle();
    for (TriggeredSentence s : article.triggered()) {
      for (PhraseMatch<Trigger> match : s.triggers()) {
        if (match.value().isStopPhrase()) {
          continue;
        }
        blackhole.consume(roles.resolve(s.sentence().tokens(), match.value(), match.start(), match.end(), s.actors(),
            s.cues(), article.language(), s.triggerTokens()));
      }
    }
  }

  /** Place names of a sentence (gazetteer lookup and locative rules); choosing one per event is in sentenceReading. */
  @Benchmark
  public void places(Blackhole blackhole) {
    for (TriggeredSentence s : nextArticle().triggered()) {
      blackhole.consume(locations.find(s.sentence(), s.cues(), s.actorIds()));
    }
  }

  @Benchmark
  public void dates(Blackhole blackhole) {
    PreparedArticle article = nextArticle();
    for (TriggeredSentence s : article.triggered()) {
      blackhole.consume(dates.find(s.sentence().tokens(), article.published()));
    }
  }

  @Benchmark
  public void quantities(Blackhole blackhole) {
    PreparedArticle article = nextArticle();
    for (TriggeredSentence s : article.triggered()) {
      blackhole.consume(quantities.read(s.sentence().tokens(), article.language(), s.dateTokens()));
    }
  }

  /** Factuality cues of each sentence, then the judgement of every trigger. */
  @Benchmark
  public void factuality(Blackhole blackhole) {
    PreparedArticle article = nextArticle();
    for (TriggeredSentence s : article.triggered()) {
      List<PhraseMatch<FactualityCue>> found = factuality.cues(s.sentence().tokens(), article.language());
      for (PhraseMatch<Trigger> match : s.triggers()) {
        blackhole.consume(factuality.judge(s.sentence().tokens(), match.start(), match.end(), found, s.cues(),
            article.language(), match.value().voice() != Trigger.Voice.NOUN));
      }
    }
  }

  /** Every rule of every sentence, stages above included, without the article's main country. */
  @Benchmark
  public void sentenceReading(Blackhole blackhole) {
    PreparedArticle article = nextArticle();
    for (Sentence sentence : article.sentences()) {
      blackhole.consume(sentenceReader.read(sentenceReader.analyse(sentence, article.language(), article.published()),
          null));
    }
  }

  /** Merging the events read sentence by sentence into the article's events. */
  @Benchmark
  public List<EventCandidate> merging() {
    return merger.merge(nextArticle().sentenceEvents());
  }

  @Benchmark
  public void eventIds(Blackhole blackhole) {
    PreparedArticle article = nextArticle();
    for (EventCandidate event : article.events()) {
      blackhole.consume(ids.id(article.article().getId(), event.type().name(), event.location().country(),
          event.date().toString(), event.agent(), event.factuality().name()));
    }
  }

  /** Text analysis, every sentence's rules, the main country where needed, anaphora and merging. */
  @Benchmark
  public List<EventCandidate> articleReading() {
    PreparedArticle article = nextArticle();
    return articleReader.read(article.article().getText(), article.language(), article.published());
  }

  @Benchmark
  public Object extract() {
    return extractor.extract(nextArticle().article());
  }
}
