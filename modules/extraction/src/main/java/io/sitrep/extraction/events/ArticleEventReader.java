package io.sitrep.extraction.events;

import io.sitrep.extraction.lexicon.CueClass;
import io.sitrep.extraction.lexicon.Language;
import io.sitrep.extraction.lexicon.SentenceCues;
import io.sitrep.extraction.lexicon.ViolentTypes;
import io.sitrep.extraction.places.PlaceRule;
import io.sitrep.extraction.places.ResolvedLocation;
import io.sitrep.extraction.text.PhraseMatch;
import io.sitrep.extraction.text.Script;
import io.sitrep.extraction.text.Sentence;
import io.sitrep.extraction.text.TextAnalyzer;
import io.sitrep.extraction.text.Token;
import io.sitrep.model.EventType;
import io.sitrep.model.LocationPrecision;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the events of a whole article: sentence by sentence, then places events whose sentence names no place in the
 * article's main country (the one its places name most), then merges repeated mentions.
 */
public final class ArticleEventReader {

  private static final java.util.Set<String> DEFINITE = java.util.Set.of("the", "this", "that");

  private final TextAnalyzer analyzer;
  private final SentenceEventReader sentenceReader;
  private final EventMerger merger;

  public ArticleEventReader(TextAnalyzer analyzer, SentenceEventReader sentenceReader, EventMerger merger) {
    this.analyzer = analyzer;
    this.sentenceReader = sentenceReader;
    this.merger = merger;
  }

  /** The merged candidate events of an article text, in order of evidence. */
  public List<EventCandidate> read(String text, Language language, LocalDate published) {
    List<SentenceEventReader.SentenceAnalysis> sentences = new ArrayList<>();
    for (Sentence sentence : analyzer.sentences(text)) {
      sentences.add(sentenceReader.analyse(sentence, language, published));
    }
    List<SentenceEventReader.SentenceReading> readings = new ArrayList<>(sentences.size());
    boolean needsArticleCountry = false;
    for (SentenceEventReader.SentenceAnalysis sentence : sentences) {
      SentenceEventReader.SentenceReading reading = sentenceReader.read(sentence, null);
      readings.add(reading);
      needsArticleCountry |= reading.needsArticleCountry();
    }
    // the main country costs a look at every sentence's places: only when some event needs it
    String mainCountry = needsArticleCountry ? mainCountry(sentences) : null;
    List<EventCandidate> candidates = new ArrayList<>();
    java.util.Set<io.sitrep.model.EventType> typesRead = java.util.EnumSet.noneOf(io.sitrep.model.EventType.class);
    for (int i = 0; i < sentences.size(); i++) {
      SentenceEventReader.SentenceReading reading = readings.get(i);
      if (reading.needsArticleCountry() && mainCountry != null) {
        reading = sentenceReader.read(sentences.get(i), mainCountry);
      }
      for (EventCandidate candidate : reading.events()) {
        if (candidate.anaphoric() && refersBack(candidate, typesRead)) {
          // "nine civilians were killed in the attack": the toll belongs to the event already read
          int last = lastOfKind(candidates, candidate);
          candidates.set(last, merger.withCountsOf(candidates.get(last), candidate));
        } else {
          candidates.add(placedByDefinitePlaceNoun(candidate, candidates));
          typesRead.add(candidate.type());
        }
      }
    }
    return merger.merge(candidates);
  }

  /**
   * "fighting in the town", "قصف البلدة": an event that its sentence places only by country, while the sentence
   * speaks of "the town", is at the place of the article's latest event placed precisely in that country.
   */
  private static EventCandidate placedByDefinitePlaceNoun(EventCandidate candidate, List<EventCandidate> earlier) {
    if (candidate.location().precision() != LocationPrecision.COUNTRY
        || !definitePlaceNoun(candidate.trigger().sentence().tokens(), candidate.trigger().cues())) {
      return candidate;
    }
    for (int i = earlier.size() - 1; i >= 0; i--) {
      ResolvedLocation named = earlier.get(i).location();
      if (named.country().equals(candidate.location().country()) && (named.precision() == LocationPrecision.PLACE
          || named.precision() == LocationPrecision.ADMIN1)) {
        return candidate.withLocation(new ResolvedLocation(named.country(), named.admin1(), named.place(),
            named.lat(), named.lon(), named.precision(), named.source(), PlaceRule.PLACE_NAMED_BEFORE, ""));
      }
    }
    return candidate;
  }

  /** A place noun made definite by "the", "this" or Arabic ال, with no name of its own in the sentence's reading. */
  private static boolean definitePlaceNoun(List<Token> tokens, SentenceCues cues) {
    for (PhraseMatch<CueClass> noun : cues.of(CueClass.PLACE_NOUN)) {
      Token first = tokens.get(noun.start());
      boolean arabicDefinite = Script.isArabic(first.normalized())
          && first.forms().stream().anyMatch(form -> form.startsWith("ال"));
      boolean englishDefinite = noun.start() > 0
          && DEFINITE.contains(tokens.get(noun.start() - 1).normalized());
      if (arabicDefinite || englishDefinite) {
        return true;
      }
    }
    return false;
  }

  private String mainCountry(List<SentenceEventReader.SentenceAnalysis> sentences) {
    Map<String, Integer> mentions = new HashMap<>();
    for (SentenceEventReader.SentenceAnalysis sentence : sentences) {
      sentenceReader.placeCountries(sentence).forEach(country -> mentions.merge(country, 1, Integer::sum));
    }
    return mainCountry(mentions);
  }

  private static int lastOfKind(List<EventCandidate> candidates, EventCandidate mention) {
    boolean violent = ViolentTypes.includes(mention.type());
    for (int i = candidates.size() - 1; i >= 0; i--) {
      EventType type = candidates.get(i).type();
      if (type == mention.type() || violent && ViolentTypes.includes(type)) {
        return i;
      }
    }
    throw new IllegalStateException("refersBack promised an earlier event of the kind");
  }

  /** A definite mention ("the attack") of a kind already read in the article is that event again. */
  private static boolean refersBack(EventCandidate mention, java.util.Set<io.sitrep.model.EventType> typesRead) {
    boolean violent = ViolentTypes.includes(mention.type());
    return typesRead.contains(mention.type()) || violent && typesRead.stream().anyMatch(ViolentTypes::includes);
  }

  /** The country named most, when it is named at least twice as often as any other. */
  private static String mainCountry(Map<String, Integer> mentions) {
    String best = null;
    int bestCount = 0;
    int second = 0;
    for (Map.Entry<String, Integer> entry : mentions.entrySet()) {
      if (entry.getValue() > bestCount) {
        second = bestCount;
        bestCount = entry.getValue();
        best = entry.getKey();
      } else if (entry.getValue() > second) {
        second = entry.getValue();
      }
    }
    return bestCount >= 2 * Math.max(1, second) || second == 0 && bestCount > 0 ? best : null;
  }
}
