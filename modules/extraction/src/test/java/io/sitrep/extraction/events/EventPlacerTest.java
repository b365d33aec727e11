package io.sitrep.extraction.events;

import static org.assertj.core.api.Assertions.assertThat;

import io.sitrep.extraction.TestGazetteer;
import io.sitrep.extraction.actors.ActorDictionary;
import io.sitrep.extraction.actors.ActorMention;
import io.sitrep.extraction.actors.Roles;
import io.sitrep.extraction.lexicon.Clause;
import io.sitrep.extraction.lexicon.Language;
import io.sitrep.extraction.lexicon.SentenceCues;
import io.sitrep.extraction.lexicon.Trigger;
import io.sitrep.extraction.places.Gazetteer;
import io.sitrep.extraction.places.LocationResolver;
import io.sitrep.extraction.places.PlaceRule;
import io.sitrep.extraction.places.ResolvedLocation;
import io.sitrep.extraction.text.PhraseMatch;
import io.sitrep.extraction.text.Sentence;
import io.sitrep.model.EventType;
import io.sitrep.model.LocationPrecision;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The place stage on sentences written for it, with the fixture gazetteer. */
class EventPlacerTest {

  private static final Gazetteer GAZETTEER = new Gazetteer(SentenceFixture.NORMALIZER, SentenceFixture.TOKENIZER,
      TestGazetteer.DIRECTORY);
  private static final ActorDictionary ACTORS = new ActorDictionary(SentenceFixture.NORMALIZER,
      SentenceFixture.TOKENIZER, GAZETTEER);
  private static final LocationResolver LOCATIONS = new LocationResolver(GAZETTEER);
  private final EventPlacer placer = new EventPlacer(LOCATIONS);

  private EventPlacer.Placing place(String text, Language language, EventType type, String agent,
      String articleCountry) {
    SentenceFixture fixture = SentenceFixture.of(text, language);
    Sentence sentence = fixture.sentence();
    SentenceCues cues = fixture.cues();
    List<ActorMention> actors = ACTORS.find(sentence);
    int[] actorIds = new int[sentence.tokens().size()];
    Arrays.fill(actorIds, -1);
    for (int a = 0; a < actors.size(); a++) {
      for (int i = actors.get(a).start(); i < actors.get(a).end(); i++) {
        actorIds[i] = a;
      }
    }
    PhraseMatch<Trigger> match = fixture.triggers().get(0);
    Clause clause = fixture.clause(match);
    return placer.place(new EventPlacer.Reading(sentence, cues, LOCATIONS.find(sentence, cues, actorIds), actors,
        match, clause, type, new Roles(agent, List.of(), null, "test"), language), articleCountry);
  }

  @Test
  void takesThePlaceInTheTriggersClause() {
    EventPlacer.Placing placing = place("Rebels shelled Kherson on Monday.", Language.EN, EventType.SHELLING,
        "REBELS", null);
    assertThat(placing.where()).extracting(ResolvedLocation::place).containsExactly("Kherson");
    assertThat(placing.needsArticleCountry()).isFalse();
  }

  @Test
  void placesAnEventByAStatesAdjectiveOnAPlaceNoun() {
    assertThat(place("Gunmen attacked Ukrainian villages on Monday.", Language.EN, EventType.ATTACK, "UNKNOWN", null)
        .where()).extracting(ResolvedLocation::country).containsExactly("UA");
  }

  @Test
  void takesACityOfAThirdCountryForTheVenueOfAnAgreement() {
    assertThat(place("Iraq signed a security agreement in Beirut on Monday.", Language.EN, EventType.AGREEMENT,
        "IQ", null).where()).singleElement().satisfies(location -> {
          assertThat(location.country()).isEqualTo("IQ");
          assertThat(location.precision()).isEqualTo(LocationPrecision.COUNTRY);
        });
  }

  @Test
  void asksForTheArticlesCountryWhenNothingInTheSentencePlacesTheEvent() {
    EventPlacer.Placing unplaced = place("Gunmen killed two soldiers on Monday.", Language.EN, EventType.ATTACK,
        "UNKNOWN", null);
    assertThat(unplaced.where()).isEmpty();
    assertThat(unplaced.needsArticleCountry()).isTrue();
    assertThat(place("Gunmen killed two soldiers on Monday.", Language.EN, EventType.ATTACK, "UNKNOWN", "IQ").where())
        .extracting(ResolvedLocation::country, ResolvedLocation::rule)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("IQ", PlaceRule.ARTICLE_COUNTRY));
  }

  @Test
  void placesAnArabicAgreementWithoutAPlaceWithItsAgentState() {
    assertThat(place("وقع العراق اتفاقا أمنيا يوم الاثنين.", Language.AR, EventType.AGREEMENT, "IQ", null).where())
        .extracting(ResolvedLocation::country).containsExactly("IQ");
  }
}
