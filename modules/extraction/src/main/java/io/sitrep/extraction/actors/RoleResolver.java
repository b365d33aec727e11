package io.sitrep.extraction.actors;

import io.sitrep.extraction.lexicon.Clause;
import io.sitrep.extraction.lexicon.CueClass;
import io.sitrep.extraction.lexicon.Language;
import io.sitrep.extraction.lexicon.SentenceCues;
import io.sitrep.extraction.lexicon.Trigger;
import io.sitrep.extraction.text.Token;
import io.sitrep.model.EventType;
import java.util.ArrayList;
import java.util.List;

/**
 * Decides the agent and counterparts of a trigger from the sentence's construction: a passive agent ("by", "من قبل",
 * "على يد"), a passive trigger ("تعرضت ... لغارات", "came under") with no agent, an actor modifying an event noun
 * ("US airstrikes", "غارات أمريكية"), the subject of an active verb (after the verb in Arabic, before it in English),
 * else the nearest actor before the trigger that is not a target, a victim or a partner. A possessive ("قواتها", "its
 * forces") thus resolves to the last agent-like actor before it.
 */
public final class RoleResolver {

  private static final int PASSIVE_AGENT_WINDOW = 3;

  /**
   * The roles of the trigger over tokens [start, end); {@code triggerTokens} marks every trigger of the sentence, so
   * that the object of another event verb ("strike PKK positions") is not taken for this one's agent.
   */
  public Roles resolve(List<Token> tokens, Trigger trigger, int start, int end, List<ActorMention> actors,
      SentenceCues cues, Language language, boolean[] triggerTokens) {
    ActorMention agent = null;
    String rule = null;
    ActorMention byAgent = passiveAgent(tokens, end, actors, cues);
    if (byAgent != null) {
      agent = byAgent;
      rule = "passive agent after by/من قبل";
    } else if (trigger.voice() == Trigger.Voice.PASSIVE || passiveBefore(tokens, cues, start, language)) {
      agent = modifier(tokens, start, end, actors, cues, language);
      rule = agent == null ? "passive: subject is the target, agent unstated" : "passive with an actor modifying the noun";
    } else {
      if (trigger.voice() == Trigger.Voice.NOUN) {
        agent = modifier(tokens, start, end, actors, cues, language);
        rule = agent == null ? null : "actor modifying the event noun";
        if (agent == null) {
          agent = launcherAfter(end, actors, cues);
          rule = agent == null ? null : "subject of launch verb after the noun";
        }
      }
      if (agent == null && trigger.voice() == Trigger.Voice.NOUN) {
        agent = subjectOfLaunchVerbBefore(start, actors, cues, language, triggerTokens);
        rule = agent == null ? null : "subject of the launch verb governing the noun";
      }
      if (agent == null && trigger.voice() == Trigger.Voice.ACTIVE && language == Language.AR) {
        agent = subjectAfterVerb(end, actors, cues);
        rule = agent == null ? null : "subject after the verb";
      }
      if (agent == null) {
        agent = nearestBefore(tokens, start, actors, cues, triggerTokens, true);
        if (agent == null && !isViolent(trigger.type())) {
          // the party to talks or an agreement is often the speaker, before a parenthetical comma
          agent = nearestBefore(tokens, start, actors, cues, triggerTokens, false);
        }
        rule = agent == null ? "no actor" : "nearest agent-like actor before the trigger";
      }
    }
    List<String> counterparts = new ArrayList<>();
    for (ActorMention actor : actors) {
      if (actor != agent && !actor.code().equals(agent == null ? null : agent.code())
          && !counterparts.contains(actor.code()) && !isSource(actor, start, cues)) {
        counterparts.add(actor.code());
      }
    }
    return new Roles(agent == null ? Roles.UNKNOWN : agent.code(), List.copyOf(counterparts),
        agent == null ? null : agent.alias().source() + " \"" + agent.alias().alias() + "\"", rule);
  }

  private static ActorMention passiveAgent(List<Token> tokens, int end, List<ActorMention> actors, SentenceCues cues) {
    for (int i = end; i < Math.min(tokens.size(), end + PASSIVE_AGENT_WINDOW); i++) {
      if (cues.at(CueClass.PASSIVE_AGENT, i)) {
        int cueEnd = i;
        while (cueEnd < tokens.size() && cues.at(CueClass.PASSIVE_AGENT, cueEnd)) {
          cueEnd++;
        }
        for (ActorMention actor : actors) {
          if (actor.start() >= cueEnd && actor.start() <= cueEnd + 2) {
            return actor;
          }
        }
        return null;
      }
    }
    return null;
  }

  /** "were struck" right before the trigger, or Arabic "تعرضت ... لـ" with the trigger carrying the preposition. */
  private static boolean passiveBefore(List<Token> tokens, SentenceCues cues, int start, Language language) {
    if (cues.anyIn(CueClass.PASSIVE_MARKER, start - 1, start)) {
      return true;
    }
    return language == Language.AR && tokens.get(start).proclitic().contains("ل")
        && cues.anyIn(CueClass.PASSIVE_MARKER, start - 8, start);
  }

  /** "US airstrikes", "a PKK bombing", or in Arabic "غارات أمريكية", "اعتداءات إسرائيلية". */
  private static ActorMention modifier(List<Token> tokens, int start, int end, List<ActorMention> actors,
      SentenceCues cues, Language language) {
    for (ActorMention actor : actors) {
      boolean rightBefore = actor.end() <= start && start - actor.end() <= 1
          && (actor.end() == start || isModifierGap(tokens.get(actor.end())));
      if (rightBefore && !cues.anyIn(CueClass.TARGET_MARKER, actor.start() - 1, actor.start())
          && !cues.anyIn(CueClass.SUPPORT_MARKER, actor.start() - 2, actor.start())) {
        return actor;
      }
      boolean rightAfter = language == Language.AR && actor.start() >= end && actor.start() - end <= 1
          && !cues.anyIn(CueClass.TARGET_MARKER, end, actor.start() + 1)
          && !cues.anyIn(CueClass.PARTNER, end, actor.start() + 1)
          && !tokens.get(actor.start()).proclitic().contains("ل")
          && !tokens.get(actor.start()).proclitic().contains("ب");
      if (rightAfter) {
        return actor;
      }
    }
    return null;
  }

  private static boolean isModifierGap(Token token) {
    String word = token.normalized();
    return word.equals("-") || word.equals("led") || word.equals("'s") || word.equals("backed");
  }

  /** "هجوم شنه تنظيم داعش", "an attack carried out by" is handled as passive; this is the Arabic relative verb. */
  private static ActorMention launcherAfter(int end, List<ActorMention> actors, SentenceCues cues) {
    for (int i = end; i < end + 3; i++) {
      if (cues.at(CueClass.LAUNCH, i)) {
        for (ActorMention actor : actors) {
          if (actor.start() > i && actor.start() <= i + 3) {
            return actor;
          }
        }
      }
    }
    return null;
  }

  /**
   * "نفذت القوات الأمريكية (...)، عشر غارات": the subject right after a launch verb before the noun (Arabic); "U.S.
   * forces, earlier this evening, launched airstrikes": the nearest actor before a launch verb right before the noun.
   */
  private static ActorMention subjectOfLaunchVerbBefore(int start, List<ActorMention> actors, SentenceCues cues,
      Language language, boolean[] triggerTokens) {
    int verb = -1;
    int reach = language == Language.AR ? 25 : 2;
    for (int i = start - 1; i >= Math.max(0, start - reach); i--) {
      if (cues.at(CueClass.LAUNCH, i)) {
        verb = i;
        break;
      }
      if (triggerTokens[i]) {
        return null;
      }
    }
    if (verb < 0) {
      return null;
    }
    ActorMention before = null;
    for (ActorMention actor : actors) {
      if (language == Language.AR && actor.start() > verb && actor.start() <= verb + 2 && actor.end() <= start) {
        return actor;
      }
      if (actor.end() <= verb && !cues.anyIn(CueClass.TARGET_MARKER, actor.start() - 2, actor.start())
          && !cues.anyIn(CueClass.SUPPORT_MARKER, actor.start() - 2, actor.start())) {
        before = actor;
      }
    }
    return language == Language.EN ? before : null;
  }

  private static ActorMention subjectAfterVerb(int end, List<ActorMention> actors, SentenceCues cues) {
    for (ActorMention actor : actors) {
      if (actor.start() >= end && actor.start() - end <= 2
          && !cues.anyIn(CueClass.TARGET_MARKER, end, actor.start() + 1)) {
        return actor;
      }
    }
    return null;
  }

  /** The nearest actor before the trigger in its clause that is not a target, a victim, a partner or an object. */
  private static ActorMention nearestBefore(List<Token> tokens, int start, List<ActorMention> actors,
      SentenceCues cues, boolean[] triggerTokens, boolean sameClause) {
    int clauseStart = sameClause ? Clause.around(tokens, cues, start, start + 1).start() : 0;
    ActorMention nearest = null;
    for (ActorMention actor : actors) {
      if (actor.end() > start) {
        break;
      }
      if (actor.start() < clauseStart) {
        continue;
      }
      boolean objectOfAnotherTrigger = actor.start() > 0 && triggerTokens[actor.start() - 1];
      if (objectOfAnotherTrigger) {
        continue;
      }
      boolean target = cues.anyIn(CueClass.TARGET_MARKER, actor.start() - 2, actor.start())
          || cues.anyIn(CueClass.SUPPORT_MARKER, actor.start() - 2, actor.start());
      boolean partner = cues.anyIn(CueClass.PARTNER, actor.start() - 2, actor.start());
      boolean victim = cues.anyIn(CueClass.CASUALTIES, actor.end(), Math.min(start, actor.end() + 5))
          && cues.anyIn(CueClass.PASSIVE_MARKER, actor.end(), start);
      if (!target && !partner && !victim) {
        nearest = actor;
      }
    }
    return nearest;
  }

  private static boolean isViolent(EventType type) {
    return switch (type) {
      case AIRSTRIKE, SHELLING, ARMED_CLASH, BOMBING, GROUND_ASSAULT, ATTACK -> true;
      default -> false;
    };
  }

  private static boolean isSource(ActorMention actor, int start, SentenceCues cues) {
    return actor.end() <= start && cues.anyIn(CueClass.REPORTING, actor.end(), actor.end() + 2);
  }
}
