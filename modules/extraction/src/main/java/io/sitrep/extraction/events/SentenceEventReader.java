package io.sitrep.extraction.events;

import io.sitrep.extraction.actors.ActorDictionary;
import io.sitrep.extraction.actors.ActorMention;
import io.sitrep.extraction.actors.RoleResolver;
import io.sitrep.extraction.actors.Roles;
import io.sitrep.extraction.factuality.FactualityClassifier;
import io.sitrep.extraction.factuality.FactualityCue;
import io.sitrep.extraction.factuality.FactualityJudgement;
import io.sitrep.extraction.lexicon.Clause;
import io.sitrep.extraction.lexicon.CueClass;
import io.sitrep.extraction.lexicon.CueLexicon;
import io.sitrep.extraction.lexicon.Language;
import io.sitrep.extraction.lexicon.SentenceCues;
import io.sitrep.extraction.lexicon.Trigger;
import io.sitrep.extraction.lexicon.TriggerLexicon;
import io.sitrep.extraction.lexicon.ViolentTypes;
import io.sitrep.extraction.places.GazetteerEntry;
import io.sitrep.extraction.places.LocationResolver;
import io.sitrep.extraction.places.PlaceMention;
import io.sitrep.extraction.places.PlaceRule;
import io.sitrep.extraction.places.ResolvedLocation;
import io.sitrep.extraction.quantities.Counts;
import io.sitrep.extraction.quantities.QuantityReader;
import io.sitrep.extraction.text.PhraseMatch;
import io.sitrep.extraction.text.Sentence;
import io.sitrep.extraction.text.Token;
import io.sitrep.extraction.time.DateMention;
import io.sitrep.extraction.time.DateResolver;
import io.sitrep.model.DatePrecision;
import io.sitrep.model.EventType;
import io.sitrep.model.Platform;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the events of one sentence: finds triggers, drops those that refer back ("this agreement") or lack their
 * required context, lets a specific violent type absorb a vague "attack" by the same agent, then resolves each
 * trigger's roles, factuality, date, place and counts. A date applies only within its own sentence.
 */
public final class SentenceEventReader {

  /** Triggers weaker than this ("fighting", "explosion") need a toll, a date or a precise place to count. */
  private static final double WEAK_TRIGGER = 0.7;

  private final TriggerLexicon triggers;
  private final CueLexicon cueLexicon;
  private final ActorDictionary actors;
  private final RoleResolver roles;
  private final LocationResolver locations;
  private final DateResolver dates;
  private final QuantityReader quantities;
  private final EventFactuality factuality;
  private final EventPlacer placer;

  public SentenceEventReader(TriggerLexicon triggers, CueLexicon cueLexicon, ActorDictionary actors,
      RoleResolver roles, LocationResolver locations, DateResolver dates, QuantityReader quantities,
      FactualityClassifier factuality) {
    this.triggers = triggers;
    this.cueLexicon = cueLexicon;
    this.actors = actors;
    this.roles = roles;
    this.locations = locations;
    this.dates = dates;
    this.quantities = quantities;
    this.factuality = new EventFactuality(factuality);
    this.placer = new EventPlacer(locations);
  }

  /**
   * The events of a sentence, and whether reading it again with the article's main country could change them: some
   * were left out for want of a place, or a place name is shared by several countries ("Tripoli").
   */
  public record SentenceReading(List<EventCandidate> events, boolean needsArticleCountry) {}

  /**
   * One sentence's triggers, cue words, actors, places, dates, counts and factuality cues, each found once, when first
   * needed: the first reading of a sentence, the search for the article's main country and a second reading once that
   * country is known all look at the same words. Lives as long as the reading of one article; not thread-safe.
   */
  public final class SentenceAnalysis {
    private final Sentence sentence;
    private final Language language;
    private final LocalDate published;
    private List<PhraseMatch<Trigger>> triggerMatches;
    private SentenceCues cues;
    private List<ActorMention> actorMentions;
    private List<PlaceMention> places;
    private List<DateMention> dateMentions;
    private Counts counts;
    private List<PhraseMatch<FactualityCue>> factualityCues;

    private SentenceAnalysis(Sentence sentence, Language language, LocalDate published) {
      this.sentence = sentence;
      this.language = language;
      this.published = published;
    }

    public Sentence sentence() {
      return sentence;
    }

    List<PhraseMatch<Trigger>> triggerMatches() {
      if (triggerMatches == null) {
        triggerMatches = triggers.triggers(language).findAll(sentence.tokens());
      }
      return triggerMatches;
    }

    SentenceCues cues() {
      if (cues == null) {
        List<Token> tokens = sentence.tokens();
        cues = new SentenceCues(cueLexicon.cues(language).findOverlapping(tokens), tokens.size());
      }
      return cues;
    }

    List<ActorMention> actorMentions() {
      if (actorMentions == null) {
        actorMentions = actors.find(sentence);
      }
      return actorMentions;
    }

    List<PlaceMention> places() {
      if (places == null) {
        List<PhraseMatch<GazetteerEntry>> names = locations.names(sentence);
        // a sentence that names no place needs neither its cues nor its actors to tell so
        places = names.isEmpty() ? List.of() : locations.find(sentence, names, cues(), actorIds());
      }
      return places;
    }

    /** Per token, the index of the actor mention that covers it, -1 for none. */
    private int[] actorIds() {
      int[] actorIds = new int[sentence.tokens().size()];
      java.util.Arrays.fill(actorIds, -1);
      List<ActorMention> mentions = actorMentions();
      for (int a = 0; a < mentions.size(); a++) {
        for (int i = mentions.get(a).start(); i < mentions.get(a).end(); i++) {
          actorIds[i] = a;
        }
      }
      return actorIds;
    }

    List<DateMention> dateMentions() {
      if (dateMentions == null) {
        dateMentions = dates.find(sentence.tokens(), published);
      }
      return dateMentions;
    }

    Counts counts() {
      if (counts == null) {
        boolean[] dateTokens = new boolean[sentence.tokens().size()];
        for (DateMention date : dateMentions()) {
          for (int i = date.start(); i < date.end(); i++) {
            dateTokens[i] = true;
          }
        }
        counts = quantities.read(sentence.tokens(), language, dateTokens);
      }
      return counts;
    }

    List<PhraseMatch<FactualityCue>> factualityCues() {
      if (factualityCues == null) {
        factualityCues = factuality.cues(sentence.tokens(), language);
      }
      return factualityCues;
    }
  }

  /** A sentence of an article published on {@code published}, ready to be read; nothing is looked up yet. */
  public SentenceAnalysis analyse(Sentence sentence, Language language, LocalDate published) {
    return new SentenceAnalysis(sentence, language, published);
  }

  /** The countries of the usable places a sentence names, to find an article's main country; ambiguous ones vote not. */
  public List<String> placeCountries(SentenceAnalysis analysis) {
    return analysis.places().stream().filter(p -> p.usable() && !sharedByCountries(p))
        .map(p -> p.best(null).country()).toList();
  }

  private static boolean sharedByCountries(PlaceMention place) {
    String country = place.entries().get(0).country();
    return place.entries().stream().anyMatch(e -> !e.country().equals(country));
  }

  /** The candidate events of a sentence; {@code articleCountry} places events whose sentence names no place. */
  public SentenceReading read(SentenceAnalysis analysis, String articleCountry) {
    Sentence sentence = analysis.sentence;
    Language language = analysis.language;
    LocalDate published = analysis.published;
    List<Token> tokens = sentence.tokens();
    List<PhraseMatch<Trigger>> kept = TriggerSelection.select(analysis.triggerMatches(), analysis.cues(),
        tokens.size(), analysis::places);
    boolean talksAboutWithdrawal = kept.stream().anyMatch(m -> m.value().type() == EventType.WITHDRAWAL_TALKS);
    if (kept.isEmpty()) {
      // no trigger, or only ones that refer back or lack their context: spare the look-ups below
      return new SentenceReading(List.of(), false);
    }
    int firstAgreement = kept.stream().filter(m -> m.value().type() == EventType.AGREEMENT)
        .mapToInt(PhraseMatch::start).min().orElse(Integer.MAX_VALUE);
    SentenceCues cues = analysis.cues();
    List<ActorMention> actorMentions = analysis.actorMentions();
    List<PlaceMention> places = analysis.places();
    // a country named as a location ("in Syria") or in the dateline is not an actor of the sentence
    List<ActorMention> actorsInRoles = new ArrayList<>(actorMentions.size());
    for (ActorMention actor : actorMentions) {
      if (!namedAsLocation(actor, places)) {
        actorsInRoles.add(actor);
      }
    }
    List<DateMention> dateMentions = analysis.dateMentions();
    Counts counts = analysis.counts();
    List<PhraseMatch<FactualityCue>> factualityCues = analysis.factualityCues();

    boolean[] triggerTokens = new boolean[tokens.size()];
    for (PhraseMatch<Trigger> match : kept) {
      for (int i = match.start(); i < match.end(); i++) {
        triggerTokens[i] = true;
      }
    }
    List<EventCandidate> candidates = new ArrayList<>();
    boolean needsArticleCountry = articleCountry == null
        && places.stream().anyMatch(p -> p.usable() && sharedByCountries(p));
    // each trigger read for its mode(s) of attack; a withdrawal that talks are about and a ceasefire no longer in
    // force are not events of their own
    List<PhraseMatch<Trigger>> readMatches = new ArrayList<>();
    List<AttackModes.Mode> modes = new ArrayList<>();
    List<Roles> roleList = new ArrayList<>();
    for (PhraseMatch<Trigger> match : kept) {
      if (match.value().type() == EventType.WITHDRAWAL && talksAboutWithdrawal
          || AttackModes.notInForce(cues, match)) {
        continue;
      }
      Roles role = roles.resolve(tokens, match.value(), match.start(), match.end(), actorsInRoles, cues, language,
          triggerTokens);
      for (AttackModes.Mode mode : AttackModes.modes(tokens, cues, kept, match)) {
        readMatches.add(match);
        modes.add(mode);
        roleList.add(role);
      }
    }
    for (int index = 0; index < readMatches.size(); index++) {
      PhraseMatch<Trigger> match = readMatches.get(index);
      EventType type = modes.get(index).type();
      Platform platform = modes.get(index).platform();
      Roles role = roleList.get(index);
      if (AttackModes.absorbed(modes, roleList, readMatches, index)) {
        continue;
      }
      boolean vague = type == EventType.ATTACK || match.value().weight() < WEAK_TRIGGER;
      if (ViolentTypes.includes(type) && vague && !grounded(cues, counts, dateMentions, places)) {
        continue;
      }
      Trigger trigger = match.value();
      Clause clause = Clause.around(tokens, cues, match.start(), match.end());
      EventDater.Dating dating = EventDater.date(sentence, cues, dateMentions, match, clause, published);
      FactualityJudgement judgement = factuality.judge(tokens, match, type, factualityCues, cues, language,
          firstAgreement, dating);
      EventPlacer.Placing placing = placer.place(new EventPlacer.Reading(sentence, cues, places, actorMentions, match,
          clause, type, role, language), articleCountry);
      needsArticleCountry |= placing.needsArticleCountry();
      List<ResolvedLocation> where = placing.where();
      if (where.isEmpty()) {
        continue;
      }
      boolean anaphoric = language == Language.EN && trigger.voice() == Trigger.Voice.NOUN
          && match.start() > 0 && tokens.get(match.start() - 1).normalized().equals("the");
      boolean violent = ViolentTypes.includes(type);
      for (ResolvedLocation location : where) {
        double confidence = confidence(trigger, role, location, dating.mention());
        candidates.add(new EventCandidate(type, judgement.factuality(), platform, role.agent(), role.counterparts(), location,
            dating.date(), dating.precision(), violent ? counts : Counts.NONE,
            new EventCandidate.TriggerMention(trigger, sentence, match.start(), match.end(), cues), 1, confidence, anaphoric,
            new EventCandidate.Provenance(
                trigger.source() + " \"" + trigger.phrase() + "\" matched \"" + text(sentence, match.start(), match.end()) + "\"",
                role.agentAlias() == null ? role.rule() : role.agentAlias() + " by rule " + role.rule(),
                (location.source() == null ? "" : location.source() + " ") + "by rule " + location.ruleText(),
                dating.source(),
                judgement.cue() == null ? "no cue: factual" : judgement.cue())));
      }
    }
    return new SentenceReading(candidates, needsArticleCountry);
  }

  private static boolean namedAsLocation(ActorMention actor, List<PlaceMention> places) {
    for (PlaceMention place : places) {
      if ((place.locative() && !place.possessive() || place.dateline()) && place.start() <= actor.start()
          && actor.end() <= place.end()) {
        return true;
      }
    }
    return false;
  }



  /**
   * A vague "attack" or a weak trigger counts only when the sentence grounds it: a toll, a day, or a named place
   * below country level. "Responsible for attacks on coalition forces" is not an event.
   */
  private static boolean grounded(SentenceCues cues, Counts counts, List<DateMention> dates,
      List<PlaceMention> places) {
    boolean toll = !counts.counts().isEmpty() || counts.casualtiesUnspecified()
        || cues.anyIn(CueClass.CASUALTIES, 0, Integer.MAX_VALUE);
    boolean precisePlace = places.stream().anyMatch(p -> p.usable()
        && p.entries().stream().anyMatch(e -> e.kind() != io.sitrep.extraction.places.PlaceKind.COUNTRY));
    // a month or a year ("attacks this year", "in March") sets a period, not an act
    boolean day = dates.stream().anyMatch(d -> d.precision() == DatePrecision.DAY);
    return toll || day || precisePlace;
  }






  private static double confidence(Trigger trigger, Roles role, ResolvedLocation location, DateMention date) {
    double confidence = trigger.weight() * 0.8;
    if (!role.agent().equals(Roles.UNKNOWN)) {
      confidence += 0.08;
    }
    switch (location.precision()) {
      case PLACE, ADMIN1 -> confidence += 0.06;
      case COUNTRY -> confidence += location.rule() == PlaceRule.HOME_OF_TARGET
          || location.rule() == PlaceRule.HOME_OF_AGENT || location.rule() == PlaceRule.ARTICLE_COUNTRY ? -0.1 : 0.03;
      default -> { }
    }
    if (date != null) {
      confidence += 0.04;
    }
    return Math.round(Math.max(0.05, Math.min(0.95, confidence)) * 100) / 100.0;
  }

  private static String text(Sentence sentence, int start, int end) {
    List<Token> tokens = sentence.tokens();
    return sentence.text().substring(tokens.get(start).start() - sentence.start(),
        tokens.get(end - 1).end() - sentence.start());
  }
}
