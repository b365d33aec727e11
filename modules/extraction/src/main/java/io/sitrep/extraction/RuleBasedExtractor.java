package io.sitrep.extraction;

import io.sitrep.extraction.actors.ActorDictionary;
import io.sitrep.extraction.actors.RoleResolver;
import io.sitrep.extraction.events.ArticleEventReader;
import io.sitrep.extraction.events.EventCandidate;
import io.sitrep.extraction.events.EventCodebook;
import io.sitrep.extraction.events.EventIds;
import io.sitrep.extraction.events.EventMerger;
import io.sitrep.extraction.events.SentenceEventReader;
import io.sitrep.extraction.factuality.FactualityClassifier;
import io.sitrep.extraction.gate.FeatureVector;
import io.sitrep.extraction.gate.GateModel;
import io.sitrep.extraction.gate.PrecisionGate;
import io.sitrep.extraction.lexicon.CueLexicon;
import io.sitrep.extraction.lexicon.Language;
import io.sitrep.extraction.lexicon.TriggerLexicon;
import io.sitrep.extraction.places.Gazetteer;
import io.sitrep.extraction.places.LocationResolver;
import io.sitrep.extraction.quantities.Count;
import io.sitrep.extraction.quantities.CountKind;
import io.sitrep.extraction.quantities.QuantityReader;
import io.sitrep.extraction.text.LanguageIdentifier;
import io.sitrep.extraction.text.SentenceSplitter;
import io.sitrep.extraction.text.TextAnalyzer;
import io.sitrep.extraction.text.TextNormalizer;
import io.sitrep.extraction.text.Tokenizer;
import io.sitrep.extraction.time.DateResolver;
import io.sitrep.model.Article;
import io.sitrep.model.Evidence;
import io.sitrep.model.Location;
import io.sitrep.model.MilitaryEvent;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The extractor: lexicon triggers, an actor dictionary and a gazetteer as bundled data, and rules for roles, places,
 * dates, counts and factuality, for Arabic and English, read candidate events; a learned precision gate keeps those
 * that are events. Immutable and thread-safe once built.
 */
public final class RuleBasedExtractor implements Extractor {

  /** Changes whenever rules or bundled data change, so that replays can tell outputs apart. */
  public static final String VERSION = "rules-0.2.0";

  private final LanguageIdentifier languageIdentifier;
  private final ArticleEventReader reader;
  private final PrecisionGate gate;
  private final EventCodebook codebook;
  private final EventIds ids;
  private final String version;

  public RuleBasedExtractor(LanguageIdentifier languageIdentifier, ArticleEventReader reader, PrecisionGate gate,
      EventCodebook codebook, EventIds ids) {
    this.languageIdentifier = languageIdentifier;
    this.reader = reader;
    this.gate = gate;
    this.codebook = codebook;
    this.ids = ids;
    this.version = VERSION + "+" + gate.version();
  }

  /** The extractor with all bundled lexicons, actors, gazetteer and gate model, each loaded once. */
  public static RuleBasedExtractor standard() {
    return build(Gazetteer.BUNDLED, GateModel.bundled());
  }

  /** The extractor with the bundled data and the given gate model, as cross-validation trains one per fold. */
  public static RuleBasedExtractor withGate(GateModel model) {
    return build(Gazetteer.BUNDLED, model);
  }

  /** The rules alone: every candidate they read, no gate; what {@code sitrep train} learns from. */
  public static RuleBasedExtractor rulesAlone() {
    return build(Gazetteer.BUNDLED, null);
  }

  /** The rules alone with the bundled lexicons and actors and the gazetteer files of a classpath directory. */
  static RuleBasedExtractor rulesAloneWithGazetteer(String gazetteerDirectory) {
    return build(gazetteerDirectory, null);
  }

  private static RuleBasedExtractor build(String gazetteerDirectory, GateModel model) {
    TextNormalizer normalizer = new TextNormalizer();
    Tokenizer tokenizer = new Tokenizer();
    Gazetteer gazetteer = new Gazetteer(normalizer, tokenizer, gazetteerDirectory);
    CueLexicon cues = new CueLexicon(normalizer, tokenizer);
    SentenceEventReader sentenceReader = new SentenceEventReader(
        new TriggerLexicon(normalizer, tokenizer),
        cues,
        new ActorDictionary(normalizer, tokenizer, gazetteer),
        new RoleResolver(),
        new LocationResolver(gazetteer),
        new DateResolver(),
        new QuantityReader(normalizer, tokenizer),
        new FactualityClassifier(normalizer, tokenizer));
    ArticleEventReader reader = new ArticleEventReader(
        new TextAnalyzer(normalizer, tokenizer, new SentenceSplitter()), sentenceReader, new EventMerger());
    PrecisionGate gate = model == null ? PrecisionGate.open(normalizer, tokenizer)
        : PrecisionGate.of(model, normalizer, tokenizer);
    return new RuleBasedExtractor(new LanguageIdentifier(), reader, gate, new EventCodebook(), new EventIds());
  }

  @Override
  public List<MilitaryEvent> extract(Article article) {
    Language language = language(article);
    List<MilitaryEvent> events = new ArrayList<>();
    for (PrecisionGate.Decision decision : decide(article, language, false)) {
      if (decision.kept()) {
        events.add(toEvent(article, language, withGateConfidence(decision)));
      }
    }
    return events;
  }

  /** The events of an article, each with how its fields were read and how the gate decided. */
  public List<ExplainedEvent> explain(Article article) {
    Language language = language(article);
    List<ExplainedEvent> events = new ArrayList<>();
    for (PrecisionGate.Decision decision : decide(article, language, false)) {
      if (decision.kept()) {
        events.add(new ExplainedEvent(toEvent(article, language, withGateConfidence(decision)),
            explanation(decision)));
      }
    }
    return events;
  }

  /** The candidate with the gate's probability as its confidence, where the gate scored it. */
  private static EventCandidate withGateConfidence(PrecisionGate.Decision decision) {
    return Double.isNaN(decision.probability()) ? decision.candidate()
        : decision.candidate().withConfidence(Math.round(decision.probability() * 100) / 100.0);
  }

  /** A factual candidate the rules read, as an event, with the features the gate weighs. */
  public record GateExample(MilitaryEvent event, FeatureVector features) {}

  /** Every factual candidate of an article before the gate decides, with its features: what the gate learns from. */
  public List<GateExample> gateExamples(Article article) {
    Language language = language(article);
    List<GateExample> examples = new ArrayList<>();
    for (PrecisionGate.Decision decision : decide(article, language, true)) {
      if (decision.features() != null) {
        examples.add(new GateExample(toEvent(article, language, decision.candidate()), decision.features()));
      }
    }
    return examples;
  }

  private List<PrecisionGate.Decision> decide(Article article, Language language, boolean withFeatures) {
    LocalDate published = article.getPublished().atOffset(ZoneOffset.UTC).toLocalDate();
    List<EventCandidate> candidates = reader.read(article.getText(), language, published);
    return gate.decide(candidates, article.getText(), language, published, withFeatures);
  }

  @Override
  public String version() {
    return version;
  }

  private Language language(Article article) {
    String code = article.getLanguage();
    if (code == null || code.isBlank()) {
      code = languageIdentifier.identify(article.getText());
    }
    String given = code;
    return Language.of(code).orElseThrow(() -> new UnsupportedLanguageException(given));
  }

  private MilitaryEvent toEvent(Article article, Language language, EventCandidate c) {
    Optional<Count> killed = c.counts().first(CountKind.KILLED);
    Optional<Count> injured = c.counts().first(CountKind.INJURED);
    Optional<Count> targets = c.counts().first(CountKind.TARGETS);
    Optional<Count> strikes = c.counts().first(CountKind.STRIKES);
    Optional<Count> munitions = c.counts().first(CountKind.MUNITIONS);
    return MilitaryEvent.newBuilder()
        .setEventId(ids.id(article.getId(), c.type().name(), c.location().country(), c.date().toString(), c.agent(),
            c.factuality().name()))
        .setArticleId(article.getId())
        .setArticleUrl(article.getUrl())
        .setType(c.type())
        .setFactuality(c.factuality())
        .setPlatform(c.platform())
        .setAgent(c.agent())
        .setCounterparts(c.counterparts())
        .setLocation(Location.newBuilder()
            .setCountry(c.location().country())
            .setAdmin1(c.location().admin1())
            .setPlace(c.location().place())
            .setLat(c.location().lat())
            .setLon(c.location().lon())
            .setPrecision(c.location().precision())
            .build())
        .setDate(c.date())
        .setDatePrecision(c.datePrecision())
        .setKilled(killed.map(Count::value).orElse(null))
        .setKilledQualifier(killed.map(Count::qualifier).orElse(null))
        .setInjured(injured.map(Count::value).orElse(null))
        .setInjuredQualifier(injured.map(Count::qualifier).orElse(null))
        .setCasualtiesUnspecified(c.counts().casualtiesUnspecified())
        .setTargetsHit(targets.map(Count::value).orElse(null))
        .setTargetsHitQualifier(targets.map(Count::qualifier).orElse(null))
        .setStrikes(strikes.map(Count::value).orElse(null))
        .setStrikesQualifier(strikes.map(Count::qualifier).orElse(null))
        .setMunitions(munitions.map(Count::value).orElse(null))
        .setMunitionsQualifier(munitions.map(Count::qualifier).orElse(null))
        .setEvidence(Evidence.newBuilder().setText(c.evidence()).setStart(c.evidenceStart()).setEnd(c.evidenceEnd())
            .build())
        .setConfidence(c.confidence())
        .setLanguage(language.code())
        .setCodes(codebook.codes(c.type()))
        .setExtractorVersion(version)
        .build();
  }

  private static Explanation explanation(PrecisionGate.Decision decision) {
    EventCandidate.Provenance p = decision.candidate().provenance();
    return new Explanation(p.trigger(), p.agent(), p.place(), p.date(), p.factuality(), decision.explanation());
  }
}
