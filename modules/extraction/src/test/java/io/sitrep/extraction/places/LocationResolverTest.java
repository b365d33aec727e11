package io.sitrep.extraction.places;

import static org.assertj.core.api.Assertions.assertThat;

import io.sitrep.extraction.TestGazetteer;
import io.sitrep.extraction.actors.ActorDictionary;
import io.sitrep.extraction.actors.ActorMention;
import io.sitrep.extraction.lexicon.Clause;
import io.sitrep.extraction.lexicon.CueLexicon;
import io.sitrep.extraction.lexicon.Language;
import io.sitrep.extraction.lexicon.SentenceCues;
import io.sitrep.extraction.lexicon.Trigger;
import io.sitrep.extraction.lexicon.TriggerLexicon;
import io.sitrep.extraction.text.PhraseMatch;
import io.sitrep.extraction.text.Sentence;
import io.sitrep.extraction.text.SentenceSplitter;
import io.sitrep.extraction.text.TextAnalyzer;
import io.sitrep.extraction.text.TextNormalizer;
import io.sitrep.extraction.text.Tokenizer;
import io.sitrep.model.LocationPrecision;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class LocationResolverTest {

  private static final TextNormalizer NORMALIZER = new TextNormalizer();
  private static final Tokenizer TOKENIZER = new Tokenizer();
  private static final TextAnalyzer ANALYZER = new TextAnalyzer(NORMALIZER, TOKENIZER, new SentenceSplitter());
  private static final Gazetteer GAZETTEER = new Gazetteer(NORMALIZER, TOKENIZER, TestGazetteer.DIRECTORY);
  private static final ActorDictionary ACTORS = new ActorDictionary(NORMALIZER, TOKENIZER, GAZETTEER);
  private static final TriggerLexicon TRIGGERS = new TriggerLexicon(NORMALIZER, TOKENIZER);
  private static final CueLexicon CUES = new CueLexicon(NORMALIZER, TOKENIZER);
  private final LocationResolver resolver = new LocationResolver(GAZETTEER);

  private List<ResolvedLocation> locate(String text, Language language, LocationResolver.Purpose purpose) {
    Sentence sentence = ANALYZER.sentences(text).get(0);
    SentenceCues cues = new SentenceCues(CUES.cues(language).findOverlapping(sentence.tokens()),
        sentence.tokens().size());
    List<ActorMention> actors = ACTORS.find(sentence);
    int[] actorIds = new int[sentence.tokens().size()];
    Arrays.fill(actorIds, -1);
    for (int a = 0; a < actors.size(); a++) {
      for (int i = actors.get(a).start(); i < actors.get(a).end(); i++) {
        actorIds[i] = a;
      }
    }
    PhraseMatch<Trigger> trigger = TRIGGERS.triggers(language).findAll(sentence.tokens()).get(0);
    Clause clause = Clause.around(sentence.tokens(), cues, trigger.start(), trigger.end());
    return resolver.locate(sentence, cues, resolver.find(sentence, cues, actorIds), trigger.start(), trigger.end(),
        clause.start(), clause.end(), false, purpose, null);
  }

  @Test
  void prefersThePlaceOverItsAdmin1AndImpliesBoth() {
    ResolvedLocation location = locate("تعرضت مواقع في دير الزور لغارات جوية", Language.AR,
        LocationResolver.Purpose.VIOLENCE).get(0);
    assertThat(location.country()).isEqualTo("SY");
    assertThat(location.admin1()).isEqualTo("Deir ez-Zor");
    assertThat(location.precision()).isEqualTo(LocationPrecision.PLACE);
    assertThat(location.place()).isEqualTo("دير الزور");
    assertThat(location.lat()).isEqualTo(35.336);
  }

  @Test
  void givesOneLocationPerCoordinatedCountry() {
    assertThat(locate("شنت القوات غارات جوية في العراق وسوريا", Language.AR, LocationResolver.Purpose.VIOLENCE))
        .extracting(ResolvedLocation::country).containsExactly("IQ", "SY");
    assertThat(locate("Jets carried out airstrikes in Iraq and Syria", Language.EN, LocationResolver.Purpose.VIOLENCE))
        .extracting(ResolvedLocation::country).containsExactly("IQ", "SY");
  }

  @Test
  void readsWashingtonAsAnActorWithoutALocativeWord() {
    assertThat(locate("وقعت واشنطن اتفاقا أمنيا", Language.AR, LocationResolver.Purpose.POLITICAL)).isEmpty();
  }

  @Test
  void readsWashingtonAsAPlaceAfterALocativeWord() {
    assertThat(locate("اشتباكات في واشنطن", Language.AR, LocationResolver.Purpose.VIOLENCE))
        .extracting(ResolvedLocation::country).containsExactly("US");
  }

  @Test
  void takesAPlaceAfterFromOnlyForWithdrawals() {
    assertThat(locate("انسحبت القوات من العراق", Language.AR, LocationResolver.Purpose.WITHDRAWAL))
        .extracting(ResolvedLocation::country).containsExactly("IQ");
    assertThat(locate("Rockets fired from Lebanon", Language.EN, LocationResolver.Purpose.VIOLENCE)).isEmpty();
  }

  @Test
  void keepsANameInsideALongerActorNameOutOfTheLocation() {
    assertThat(locate("a drone strike by the Islamic Resistance in Iraq", Language.EN,
        LocationResolver.Purpose.VIOLENCE)).isEmpty();
  }

  @Test
  void needsALocativeWordForAmbiguousNames() {
    assertThat(locate("طرابلس تعلن هدنة", Language.AR, LocationResolver.Purpose.POLITICAL)).isEmpty();
    assertThat(locate("هدنة في طرابلس", Language.AR, LocationResolver.Purpose.POLITICAL)).isNotEmpty();
  }

  @Test
  void takesTheTopicOfTalksOverTheirVenue() {
    assertThat(locate("استضافت سويسرا اتفاقا أمنيا بشأن العراق", Language.AR, LocationResolver.Purpose.POLITICAL))
        .extracting(ResolvedLocation::country).containsExactly("IQ");
  }

  @Test
  void doesNotTakeAPlaceThatNamesADocumentOrMeeting() {
    assertThat(locate("Despite the Beirut Protocol, clashes continued", Language.EN, LocationResolver.Purpose.VIOLENCE))
        .isEmpty();
    assertThat(locate("رغم اتفاق بيروت تجددت الاشتباكات", Language.AR, LocationResolver.Purpose.VIOLENCE)).isEmpty();
  }

  private List<PlaceMention> places(String text, Language language) {
    Sentence sentence = ANALYZER.sentences(text).get(0);
    SentenceCues cues = new SentenceCues(CUES.cues(language).findOverlapping(sentence.tokens()),
        sentence.tokens().size());
    int[] noActors = new int[sentence.tokens().size()];
    Arrays.fill(noActors, -1);
    return resolver.find(sentence, cues, noActors);
  }

  @Test
  void keepsADatelinePlaceForLastResortOnly() {
    String english = "BAGHDAD (Reuters) - A car bomb killed five people, police said.";
    assertThat(places(english, Language.EN)).singleElement().satisfies(p -> {
      assertThat(p.dateline()).isTrue();
      assertThat(p.usable()).isFalse();
    });
    assertThat(locate(english, Language.EN, LocationResolver.Purpose.VIOLENCE)).isEmpty();
    Sentence sentence = ANALYZER.sentences(english).get(0);
    assertThat(resolver.atDateline(sentence, places(english, Language.EN), null))
        .extracting(ResolvedLocation::country, ResolvedLocation::rule).containsExactly(
            org.assertj.core.groups.Tuple.tuple("IQ", PlaceRule.DATELINE));
  }

  @Test
  void readsAnArabicDatelineBeforeADash() {
    assertThat(places("بيروت - (أ ف ب) قتل ثلاثة أشخاص في انفجار", Language.AR)).singleElement()
        .satisfies(p -> assertThat(p.dateline()).isTrue());
  }

  @Test
  void takesNoDatelineAfterALocativeWordOrPastThreeWords() {
    assertThat(places("In Baghdad, officials said: a car bomb killed five people.", Language.EN))
        .noneMatch(PlaceMention::dateline);
    assertThat(places("Officials from the ministry in Baghdad said: five people died.", Language.EN))
        .noneMatch(PlaceMention::dateline);
  }

  @Test
  void placesATruceInTheCountryItIsOfNotWhereItWasAnnounced() {
    assertThat(locate("أعلن الوسطاء في بيروت دخول هدنة العراق حيز التنفيذ", Language.AR,
        LocationResolver.Purpose.POLITICAL)).extracting(ResolvedLocation::country).containsExactly("IQ");
    assertThat(locate("Mediators in Beirut said Iraq's truce took effect", Language.EN,
        LocationResolver.Purpose.POLITICAL)).extracting(ResolvedLocation::country).containsExactly("IQ");
  }
}
