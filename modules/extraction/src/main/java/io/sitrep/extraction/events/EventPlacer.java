package io.sitrep.extraction.events;

import io.sitrep.extraction.actors.ActorMention;
import io.sitrep.extraction.actors.Roles;
import io.sitrep.extraction.lexicon.Clause;
import io.sitrep.extraction.lexicon.CueClass;
import io.sitrep.extraction.lexicon.Language;
import io.sitrep.extraction.lexicon.SentenceCues;
import io.sitrep.extraction.lexicon.Trigger;
import io.sitrep.extraction.places.LocationResolver;
import io.sitrep.extraction.places.PlaceMention;
import io.sitrep.extraction.places.PlaceRule;
import io.sitrep.extraction.places.ResolvedLocation;
import io.sitrep.extraction.text.PhraseMatch;
import io.sitrep.extraction.text.Sentence;
import io.sitrep.extraction.text.Token;
import io.sitrep.model.EventType;
import io.sitrep.model.LocationPrecision;
import java.util.List;

/**
 * The place stage of reading a trigger: where its event happened, tried from the most to the least direct evidence.
 * A place in the trigger's clause, then in its sentence; a state's adjective on a place noun ("Ukrainian cities");
 * the home of a group named ("Houthi positions"); the article's main country; the dateline; for talks and
 * agreements, the agent state. A city of a third country named for talks or an agreement is their venue.
 */
final class EventPlacer {

  private final LocationResolver locations;

  EventPlacer(LocationResolver locations) {
    this.locations = locations;
  }

  /**
   * Where the event is (one location per country for coordinated places; empty when nothing places it), and whether
   * reading the sentence again once the article's main country is known could change that.
   */
  record Placing(List<ResolvedLocation> where, boolean needsArticleCountry) {}

  /** What the stage reads: the trigger, its clause and type, its roles, and the sentence's cues, places and actors. */
  record Reading(Sentence sentence, SentenceCues cues, List<PlaceMention> places, List<ActorMention> actors,
      PhraseMatch<Trigger> match, Clause clause, EventType type, Roles role, Language language) {}

  Placing place(Reading r, String articleCountry) {
    LocationResolver.Purpose purpose = purpose(r.type());
    int start = r.match().start();
    int end = r.match().end();
    List<ResolvedLocation> where = locations.locate(r.sentence(), r.cues(), r.places(), start, end,
        r.clause().start(), r.clause().end(), true, purpose, articleCountry);
    if (where.isEmpty()) {
      where = locations.locate(r.sentence(), r.cues(), r.places(), start, end, r.clause().start(), r.clause().end(),
          false, purpose, articleCountry);
    }
    if (where.isEmpty()) {
      where = demonymOfPlaceNoun(r.sentence().tokens(), r.cues(), r.actors(), r.language());
    }
    if (where.isEmpty()) {
      ResolvedLocation home = homeOfActor(r.actors(), r.role());
      where = home == null ? List.of() : List.of(home);
    }
    String agent = r.role().agent();
    if ((r.type() == EventType.AGREEMENT || r.type() == EventType.WITHDRAWAL_TALKS) && agent.length() == 2
        && where.size() == 1 && !where.get(0).country().equals(agent)
        && where.get(0).precision() == LocationPrecision.PLACE) {
      // "an agreement signed in Jeddah" by Sudanese parties is about Sudan: a city of a third country is a venue
      where = List.of(locations.countryOnly(agent, PlaceRule.AGENT_STATE_NOT_VENUE));
    }
    if (where.isEmpty() && articleCountry != null) {
      where = List.of(locations.countryOnly(articleCountry, PlaceRule.ARTICLE_COUNTRY));
    }
    boolean needsArticleCountry = false;
    if (where.isEmpty()) {
      // the dateline comes after the article's main country, which the first reading does not know yet
      where = locations.atDateline(r.sentence(), r.places(), articleCountry);
      needsArticleCountry = !where.isEmpty() && articleCountry == null;
    }
    if (where.isEmpty() && purpose == LocationResolver.Purpose.POLITICAL && agent.length() == 2) {
      // an agreement or ceasefire without a place is about the agent state's own forces or territory, unless the
      // article names a main country: read again once it is known
      needsArticleCountry |= articleCountry == null;
      where = List.of(locations.countryOnly(agent, PlaceRule.AGENT_STATE));
    }
    return new Placing(where, needsArticleCountry || where.isEmpty());
  }

  private static LocationResolver.Purpose purpose(EventType type) {
    return switch (type) {
      case WITHDRAWAL, WITHDRAWAL_TALKS -> LocationResolver.Purpose.WITHDRAWAL;
      case AGREEMENT, CEASEFIRE -> LocationResolver.Purpose.POLITICAL;
      default -> LocationResolver.Purpose.VIOLENCE;
    };
  }

  /** "Armenian villages", "Ukrainian cities", "القرى اللبنانية": a state's adjective on a place noun places the event. */
  private List<ResolvedLocation> demonymOfPlaceNoun(List<Token> tokens, SentenceCues cues,
      List<ActorMention> actorMentions, Language language) {
    for (ActorMention actor : actorMentions) {
      boolean state = actor.code().length() == 2 && actor.end() - actor.start() == 1;
      boolean placeNoun = language == Language.EN ? cues.at(CueClass.PLACE_NOUN, actor.end())
          : cues.at(CueClass.PLACE_NOUN, actor.start() - 1);
      if (state && placeNoun) {
        return List.of(locations.countryOnly(actor.code(), PlaceRule.STATE_ADJECTIVE, actor.alias().alias()));
      }
    }
    return List.of();
  }

  /** The home country of a target group named in the sentence, else of the agent group ("Houthi positions"). */
  private ResolvedLocation homeOfActor(List<ActorMention> actorMentions, Roles role) {
    for (ActorMention actor : actorMentions) {
      String home = actor.alias().homeCountry();
      if (home != null && !actor.code().equals(role.agent())) {
        return locations.countryOnly(home, PlaceRule.HOME_OF_TARGET, actor.code());
      }
    }
    for (ActorMention actor : actorMentions) {
      String home = actor.alias().homeCountry();
      if (home != null) {
        return locations.countryOnly(home, PlaceRule.HOME_OF_AGENT, actor.code());
      }
    }
    return null;
  }
}
