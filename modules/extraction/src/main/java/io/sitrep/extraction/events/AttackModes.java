package io.sitrep.extraction.events;

import io.sitrep.extraction.actors.Roles;
import io.sitrep.extraction.lexicon.CueClass;
import io.sitrep.extraction.lexicon.SentenceCues;
import io.sitrep.extraction.lexicon.Trigger;
import io.sitrep.extraction.lexicon.ViolentTypes;
import io.sitrep.extraction.text.PhraseMatch;
import io.sitrep.extraction.text.Script;
import io.sitrep.extraction.text.Token;
import io.sitrep.model.EventType;
import io.sitrep.model.Platform;
import java.util.List;

/**
 * Decides how a violent trigger's act was delivered, from the words of its sentence rather than from the trigger word
 * alone: an air platform that delivers it (subject or instrument), a projectile it was carried out with, an air strike
 * beside a word that may name one ("raid", "bombing", "قصف"), and which vague or weak mentions are the same act as a
 * specific one.
 */
final class AttackModes {

  /** A trigger's type and air platform once its sentence is read; a trigger may deliver two modes ("drones and missiles"). */
  record Mode(EventType type, Platform platform) {}

  /**
   * An air platform, whether it was found as the instrument after the trigger ("with drones", "بطائرات مسيرة") and
   * whether it is joined to a munition as a second instrument ("missiles and drones", "بصواريخ وطائرات مسيرة").
   */
  private record AirPlatform(Platform platform, boolean instrument, boolean withMunition) {}

  /** Triggers weaker than this of a clash or a bombing ("fighting", "explosion") are vague mentions of an act. */
  private static final double WEAK_MENTION = 0.62;
  private static final double WEAK_CLASH = 0.7;

  private AttackModes() {}

  /**
   * The modes of {@code match} among the sentence's {@code kept} triggers; never empty.
   */
  static List<Mode> modes(List<Token> tokens, SentenceCues cues, List<PhraseMatch<Trigger>> kept,
      PhraseMatch<Trigger> match) {
    Trigger trigger = match.value();
    EventType type = trigger.type();
    Platform platform = trigger.platform();
    boolean airCapable = airCapable(cues, match);
    if (type == EventType.ATTACK || type == EventType.AIRSTRIKE || type == EventType.SHELLING
        || airCapable && (type == EventType.GROUND_ASSAULT || type == EventType.BOMBING)) {
      AirPlatform air = airPlatform(tokens, cues, kept, match, type);
      boolean projectile = (type == EventType.ATTACK || type == EventType.SHELLING)
          && projectileInstrument(tokens, cues, match);
      if (air != null && (air.withMunition() || air.instrument() && projectile)) {
        // "attacked with missiles and drones", "قصف بصواريخ وطائرات مسيرة": two modes, two events
        return List.of(new Mode(EventType.AIRSTRIKE, air.platform()), new Mode(EventType.SHELLING, null));
      }
      if (air != null) {
        return List.of(new Mode(EventType.AIRSTRIKE,
            platform == null || platform == Platform.UNKNOWN ? air.platform() : platform));
      }
      if (projectile) {
        // "a ship struck by a missile", "استهدف ... بالمدفعية": the munition names the mode
        return List.of(new Mode(EventType.SHELLING, null));
      }
    }
    if (airCapable && (type == EventType.GROUND_ASSAULT || type == EventType.SHELLING)) {
      // "an air strike on the camp and a raid on a house": the raid is the air strike's own act; a "bombing" beside an
      // air strike is as often a bomb attack it answers, and takes the air only from a platform
      Platform context = airStrikeContext(kept, match);
      if (context != null) {
        return List.of(new Mode(EventType.AIRSTRIKE, context));
      }
    }
    if (type == EventType.AIRSTRIKE && platform == null) {
      platform = Platform.UNKNOWN;
    }
    return List.of(new Mode(type, type == EventType.AIRSTRIKE ? platform : null));
  }

  /** "raid", "bombing", "قصف": a word that names an air strike when the sentence says the act came from the air. */
  private static boolean airCapable(SentenceCues cues, PhraseMatch<Trigger> match) {
    return cues.of(CueClass.AIR_CAPABLE).stream().anyMatch(c -> c.start() == match.start() && c.end() == match.end());
  }

  /** The platform of another trigger of the sentence that is itself an air strike ("air strike", "غارة"). */
  private static Platform airStrikeContext(List<PhraseMatch<Trigger>> kept, PhraseMatch<Trigger> match) {
    for (PhraseMatch<Trigger> other : kept) {
      if (other != match && other.value().type() == EventType.AIRSTRIKE) {
        Platform platform = other.value().platform();
        return platform == null ? Platform.UNKNOWN : platform;
      }
    }
    return null;
  }

  /**
   * The air platform that delivered a strike: named before the trigger ("Turkish jets strike", "طائرات ... قصفت")
   * unless it is the target ("an attack on an air force base"), or after it as an instrument ("by drones",
   * "بطائرات مسيرة"). A platform word inside another trigger ("suicide bombers") names no platform. A launch of
   * missiles or shells takes a platform only as its subject close before it ("jets fired missiles") or as its
   * instrument; a raid delivered by helicopter is a heliborne ground raid.
   */
  private static AirPlatform airPlatform(List<Token> tokens, SentenceCues cues, List<PhraseMatch<Trigger>> kept,
      PhraseMatch<Trigger> match, EventType type) {
    boolean struck = type == EventType.ATTACK || type == EventType.AIRSTRIKE;
    for (CueClass platform : List.of(CueClass.DRONE, CueClass.HELICOPTER, CueClass.AIRCRAFT)) {
      if (platform == CueClass.HELICOPTER && type == EventType.GROUND_ASSAULT) {
        continue;
      }
      for (PhraseMatch<CueClass> cue : cues.of(platform)) {
        if (insideAnotherTrigger(kept, match, cue)) {
          continue;
        }
        boolean notTarget = !cues.anyIn(CueClass.TARGET_MARKER, cue.start() - 3, cue.start());
        boolean before = cue.end() <= match.start() && notTarget && (struck
            ? match.start() - cue.end() <= 6
            : match.start() - cue.end() <= 4 && !punctuationBetween(tokens, cue.end(), match.start()));
        boolean inside = struck && cue.start() >= match.start() && cue.end() <= match.end();
        // Arabic verb-subject order: "استهدفت طائرة مسيرة سيارة"; a bombardment noun's genitive: "قصف مسيرة"
        boolean arabicAfter = cue.start() >= match.end() && !tokens.get(cue.start()).isPunctuation()
            && Script.isArabic(tokens.get(cue.start()).normalized());
        boolean subject = arabicAfter && (struck || type == EventType.SHELLING)
            && (match.value().voice() == Trigger.Voice.ACTIVE && cue.start() - match.end() <= 1
                || match.value().voice() == Trigger.Voice.NOUN && cue.start() == match.end()
                    && airCapable(cues, match));
        // "drone and missile attacks": the platform is a second mode, not the launcher of the missiles
        boolean joinedBefore = before && !struck && cues.anyIn(CueClass.CONJUNCTION, cue.end(), match.start());
        // "استهدفت طائرات مسيرة وصواريخ": a munition joined to the platform that delivers the act is a second mode
        boolean munitionJoined = cues.of(CueClass.PROJECTILE).stream().anyMatch(p -> p.start() >= cue.end()
            && coordinatedWithPlatform(tokens, cues, cue.end(), p.start()));
        boolean withMunition = joinedBefore || cue.start() >= match.end() && cue.start() - match.end() <= 10
            && coordinatedWithProjectile(tokens, cues, cue.start());
        boolean instrument = withMunition || cue.start() >= match.end() && cue.start() - match.end() <= 10
            && (tokens.get(cue.start()).proclitic().contains("ب") && cue.start() - match.end() <= 4
                || cues.anyIn(CueClass.INSTRUMENT, cue.start() - 3, cue.start()));
        if (before || inside || subject || instrument) {
          Platform found = switch (platform) {
            case DRONE -> Platform.DRONE;
            case HELICOPTER -> Platform.HELICOPTER;
            default -> Platform.AIRCRAFT;
          };
          boolean onlyInstrument = !before && !inside && !subject;
          return new AirPlatform(found, instrument && onlyInstrument,
              joinedBefore || withMunition && onlyInstrument || munitionJoined && (before || subject));
        }
      }
    }
    return null;
  }

  /** "بصواريخ وطائرات مسيرة", "missiles and drones": a platform joined to a munition just before it. */
  private static boolean coordinatedWithProjectile(List<Token> tokens, SentenceCues cues, int start) {
    boolean joinedByWa = tokens.get(start).proclitic().contains("و")
        && cues.of(CueClass.PROJECTILE).stream().anyMatch(p -> p.end() == start);
    return joinedByWa || start >= 1 && cues.at(CueClass.CONJUNCTION, start - 1)
        && cues.of(CueClass.PROJECTILE).stream().anyMatch(p -> p.end() == start - 1);
  }

  /** A munition at {@code munition} joined by "and" or "و" to a platform phrase that ends at {@code platformEnd}. */
  private static boolean coordinatedWithPlatform(List<Token> tokens, SentenceCues cues, int platformEnd, int munition) {
    return munition == platformEnd && tokens.get(munition).proclitic().contains("و")
        || munition == platformEnd + 1 && cues.at(CueClass.CONJUNCTION, platformEnd);
  }

  private static boolean insideAnotherTrigger(List<PhraseMatch<Trigger>> kept, PhraseMatch<Trigger> match,
      PhraseMatch<CueClass> cue) {
    for (PhraseMatch<Trigger> other : kept) {
      if (other != match && other.value().type() != EventType.AIRSTRIKE && other.start() <= cue.start()
          && cue.end() <= other.end()) {
        return true;
      }
    }
    return false;
  }

  private static boolean punctuationBetween(List<Token> tokens, int from, int to) {
    for (int i = Math.max(0, from); i < Math.min(to, tokens.size()); i++) {
      if (tokens.get(i).isPunctuation()) {
        return true;
      }
    }
    return false;
  }

  /**
   * Rockets, missiles, shells or artillery as the instrument after the trigger, in its clause ("struck by a missile",
   * "with rockets", "بالمدفعية", "بصواريخ"), or as the subject just before a vague attack ("missiles struck").
   */
  private static boolean projectileInstrument(List<Token> tokens, SentenceCues cues, PhraseMatch<Trigger> match) {
    for (PhraseMatch<CueClass> cue : cues.of(CueClass.PROJECTILE)) {
      if (match.value().type() == EventType.ATTACK && cue.end() <= match.start() && match.start() - cue.end() <= 1
          && !punctuationBetween(tokens, cue.end(), match.start())
          && !cues.anyIn(CueClass.TARGET_MARKER, cue.start() - 3, cue.start())) {
        return true; // the munition is the subject: "missiles struck", "rockets hit"
      }
      int distance = cue.start() - match.end();
      if (distance < 0 || distance > 10 || punctuationBetween(tokens, match.end(), cue.start())) {
        continue;
      }
      // "بالمدفعية", "بصواريخ", and a number between: "بـ12 صاروخا"
      int c = cue.start();
      boolean arabicInstrument = withBa(tokens.get(c)) || c >= 2 && tokens.get(c - 1).kind() == Token.Kind.NUMBER
          && withBa(tokens.get(c - 2)) && c - 2 >= match.end();
      if (arabicInstrument || cues.anyIn(CueClass.INSTRUMENT, Math.max(match.end(), cue.start() - 3), cue.start())) {
        return true;
      }
    }
    return false;
  }

  /** An Arabic word with the preposition ب, or that preposition alone before a number ("بـ12"). */
  private static boolean withBa(Token token) {
    return token.proclitic().contains("ب") || token.normalized().equals("ب");
  }

  /**
   * A vague mention (an "attack", an "explosion", "fighting") that is the same act as a more specific violent event of
   * another type by the same or an unknown agent in its sentence, which names how it was done. An attack is the
   * vaguest; an explosion or fighting is vaguer than a named mode.
   */
  static boolean absorbed(List<Mode> modes, List<Roles> roles, List<PhraseMatch<Trigger>> matches, int index) {
    Mode mode = modes.get(index);
    int vagueness = vagueness(mode, matches.get(index).value());
    String agent = roles.get(index).agent();
    for (int i = 0; i < modes.size(); i++) {
      Mode other = modes.get(i);
      if (i == index || other.type() == mode.type() || !ViolentTypes.includes(other.type())
          || vagueness(other, matches.get(i).value()) >= vagueness) {
        continue;
      }
      String otherAgent = roles.get(i).agent();
      if (otherAgent.equals(agent) || otherAgent.equals(Roles.UNKNOWN) || agent.equals(Roles.UNKNOWN)) {
        return true;
      }
    }
    return false;
  }

  private static int vagueness(Mode mode, Trigger trigger) {
    return switch (mode.type()) {
      case ATTACK -> 2;
      case BOMBING -> trigger.weight() < WEAK_MENTION ? 1 : 0;
      case ARMED_CLASH -> trigger.weight() < WEAK_CLASH ? 1 : 0;
      default -> 0;
    };
  }

  /** A ceasefire that collapsed, broke down or was violated ("violations of the truce", "انهيار الهدنة") is no new one. */
  static boolean notInForce(SentenceCues cues, PhraseMatch<Trigger> match) {
    return match.value().type() == EventType.CEASEFIRE
        && cues.anyIn(CueClass.BREAKDOWN, match.start() - 3, match.end() + 3);
  }
}
