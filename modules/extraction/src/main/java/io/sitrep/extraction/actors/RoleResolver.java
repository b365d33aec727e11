package io.sitrep.extraction.actors;

import io.sitrep.extraction.lexicon.Clause;
import io.sitrep.extraction.lexicon.CueClass;
import io.sitrep.extraction.lexicon.Language;
import io.sitrep.extraction.lexicon.SentenceCues;
import io.sitrep.extraction.lexicon.Trigger;
import io.sitrep.extraction.lexicon.ViolentTypes;
import io.sitrep.extraction.text.Token;
import io.sitrep.model.EventType;
import java.util.ArrayList;
import java.util.List;

/**
 * Decides the agent and counterparts of a trigger by ranking the sentence's actors. Each construction that names an
 * agent scores the actor it points to: a passive agent ("by", "من قبل", "على يد"), an actor modifying an event noun
 * ("US airstrikes", "غارات أمريكية", "هجوم لداعش"), an actor on the delivering platform ("بواسطة طائرة مسيرة
 * إسرائيلية"), the subject of a launch verb, the subject of an active verb (after the verb in Arabic, before it in
 * English), the subject of a reporting verb whose reported clause is about its own act ("CENTCOM said it carried out",
 * "أعلنت القيادة تنفيذ"), else the nearest actor before the trigger that is not a target, a victim or a partner. A
 * passive trigger ("تعرضت ... لغارات", "came under") admits only the first two. Features then rule actors out: the
 * source of a report (an observatory, a health ministry, medics, a news agency), a name that describes another actor
 * ("an al-Qaeda linked group", "Rwanda-backed M23") and a reporting subject that speaks of its own losses ("said two
 * of its fighters were killed") are never the agent; the last is a counterpart.
 */
public final class RoleResolver {

  private static final int PASSIVE_AGENT_WINDOW = 3;
  /** How far before the trigger a reporting verb may govern it. */
  private static final int REPORTED_CLAUSE_REACH = 30;
  /** How far before the trigger the pronoun or possessive of a reported clause may stand ("its forces conducted"). */
  private static final int SELF_REFERENCE_REACH = 8;
  /** Scores of the constructions; the best-scoring actor wins, whatever the order in which the rules look. */
  private static final double BY_AGENT = 10;
  private static final double MODIFIER = 8;
  private static final double PLATFORM = 7;
  private static final double LAUNCHER_AFTER = 7;
  private static final double LAUNCH_SUBJECT = 6;
  private static final double VERB_SUBJECT = 6;
  private static final double SELF_REPORTER = 5;
  private static final double NEAREST = 3;
  private static final double NEAREST_ACROSS_CLAUSES = 1.5;
  /** Nearer actors before the trigger rank above farther ones by this much per token. */
  private static final double PER_TOKEN = 0.01;
  /** What rules an actor out: a source or a victim is never the agent, whatever else points to it. */
  private static final double RULED_OUT = -100;

  private static final java.util.Set<String> DESCRIBING_WORDS =
      java.util.Set.of("linked", "affiliated", "allied", "aligned", "backed", "inspired", "loyal", "controlled", "held",
          "run", "occupied");

  /** "a ceasefire between Israel and Hezbollah", "القتال بين": the first party named after it is the agent. */
  private static final java.util.Set<String> BETWEEN = java.util.Set.of("between", "بين");
  /** Arabic relative pronouns: "الهجوم ... الذي تشنه القوات" ties a launch verb far after the noun to it. */
  private static final java.util.Set<String> RELATIVE = java.util.Set.of("الذي", "التي", "اللذين", "اللتين", "الذين");
  /** Arabic possessive suffixes of an event noun ("سيطرتهم", "هجومه"): its author was named before. */
  private static final java.util.Set<String> POSSESSIVE_SUFFIXES = java.util.Set.of("ها", "هم", "هما", "هن");
  private static final String CIVILIANS = "CIVILIANS";
  private static final java.util.Set<String> PLACE_PREPOSITIONS_EN =
      java.util.Set.of("in", "from", "into", "inside", "across", "throughout", "to", "towards", "toward");
  private static final java.util.Set<String> PLACE_PREPOSITIONS_AR =
      java.util.Set.of("في", "فى", "من", "إلى", "الى", "داخل", "نحو");
  private static final java.util.Set<String> PREPOSITIONS_AR =
      java.util.Set.of("من", "بعد", "قبل", "على", "علي", "في", "منذ", "عن", "إثر", "اثر", "خلال", "عقب");
  private static final double BETWEEN_FIRST = 6.5;
  private static final double RELATIVE_LAUNCHER = 6;
  private static final double POSSESSOR_BEFORE = 4;

  /** One construction's vote for an actor. */
  private record Vote(ActorMention actor, double score, String rule) {}

  /**
   * The roles of the trigger over tokens [start, end); {@code triggerTokens} marks every trigger of the sentence, so
   * that the object of another event verb ("strike PKK positions") is not taken for this one's agent.
   */
  public Roles resolve(List<Token> tokens, Trigger trigger, int start, int end, List<ActorMention> actors,
      SentenceCues cues, Language language, boolean[] triggerTokens) {
    actors = withoutDescribingStates(tokens, actors, language);
    List<Vote> votes = new ArrayList<>();
    ReportedClause reported = reportedClause(tokens, start, actors, cues, language);
    vote(votes, passiveAgent(tokens, end, actors, cues), BY_AGENT, "passive agent after by/من قبل");
    boolean passive = trigger.voice() == Trigger.Voice.PASSIVE || passiveBefore(tokens, cues, start, language);
    if (passive) {
      vote(votes, modifier(tokens, start, end, actors, cues, language), MODIFIER,
          "passive with an actor modifying the noun");
    } else {
      if (trigger.voice() == Trigger.Voice.NOUN) {
        vote(votes, modifier(tokens, start, end, actors, cues, language), MODIFIER, "actor modifying the event noun");
        vote(votes, launcherAfter(end, actors, cues), LAUNCHER_AFTER, "subject of launch verb after the noun");
        vote(votes, subjectOfLaunchVerbBefore(tokens, start, actors, cues, language, triggerTokens), LAUNCH_SUBJECT,
            "subject of the launch verb governing the noun");
        vote(votes, arabicSubjectBeforeObject(start, actors, cues, language, triggerTokens), VERB_SUBJECT,
            "subject of the verb before the noun");
        vote(votes, relativeLauncher(tokens, end, actors, cues, language), RELATIVE_LAUNCHER,
            "subject of a relative launch verb after the noun");
      }
      if (possessedNoun(tokens, trigger, start, language)) {
        List<ActorMention> before = nearestBefore(tokens, start, actors, cues, language, triggerTokens, false);
        if (!before.isEmpty()) {
          vote(votes, before.get(before.size() - 1), POSSESSOR_BEFORE,
              "earlier actor that the noun's possessive suffix refers to");
        }
      }
      vote(votes, firstAfterBetween(tokens, end, actors), BETWEEN_FIRST, "first party after 'between'");
      if (trigger.voice() == Trigger.Voice.ACTIVE && language == Language.AR) {
        vote(votes, subjectAfterVerb(end, actors, cues), VERB_SUBJECT, "subject after the verb");
      }
      vote(votes, platformOwner(tokens, end, actors, cues, language), PLATFORM, "actor on the delivering platform");
      if (reported != null && !reported.ownLoss() && !reported.otherAgent()) {
        vote(votes, reported.subject(), SELF_REPORTER, "reporting subject of its own act");
      }
      for (ActorMention actor : nearestBefore(tokens, start, actors, cues, language, triggerTokens, true)) {
        votes.add(new Vote(actor, NEAREST - PER_TOKEN * (start - actor.end()),
            "nearest agent-like actor before the trigger"));
      }
      if (!ViolentTypes.includes(trigger.type())) {
        // the party to talks or an agreement is often the speaker, before a parenthetical comma
        for (ActorMention actor : nearestBefore(tokens, start, actors, cues, language, triggerTokens, false)) {
          votes.add(new Vote(actor, NEAREST_ACROSS_CLAUSES - PER_TOKEN * (start - actor.end()),
              "nearest agent-like actor before the trigger"));
        }
      }
    }
    ActorMention victim = reported != null && (reported.ownLoss() || passive) ? reported.subject() : null;
    Vote best = null;
    for (Vote vote : votes) {
      double score = vote.score();
      if (isRuledOut(tokens, vote.actor(), victim, trigger.type(), cues, language)) {
        score += RULED_OUT;
      }
      if (score > 0 && (best == null || score > best.score())) {
        best = new Vote(vote.actor(), score, vote.rule());
      }
    }
    if (best != null) {
      // "the Yemeni government and their rival Houthi rebels began", "Israel-Hezbollah ceasefire": the first named
      ActorMention first = firstConjunct(tokens, best.actor(), actors, cues, triggerTokens);
      if (first != null && !isRuledOut(tokens, first, victim, trigger.type(), cues, language)) {
        best = new Vote(first, best.score(), best.rule() + ", first of coordinated actors");
      }
    }
    ActorMention agent = best == null ? null : best.actor();
    String rule = best != null ? best.rule()
        : passive ? "passive: subject is the target, agent unstated" : "no actor";
    List<String> counterparts = new ArrayList<>();
    for (ActorMention actor : actors) {
      boolean source = actor != victim && (isSource(actor, start, cues) || isNamedSource(actor, cues, language));
      if (actor != agent && !actor.code().equals(agent == null ? null : agent.code())
          && !counterparts.contains(actor.code()) && !source) {
        counterparts.add(actor.code());
      }
    }
    return new Roles(agent == null ? Roles.UNKNOWN : agent.code(), List.copyOf(counterparts),
        agent == null ? null : agent.alias().source() + " \"" + agent.alias().alias() + "\"", rule);
  }

  private static boolean isRuledOut(List<Token> tokens, ActorMention actor, ActorMention victim, EventType type,
      SentenceCues cues, Language language) {
    // civilians fire no artillery, fly no aircraft and plant no bombs: named beside such an act, they are its victims
    boolean civilianRemoteAgent = actor.code().equals(CIVILIANS)
        && (type == EventType.AIRSTRIKE || type == EventType.SHELLING || type == EventType.BOMBING);
    return isNamedSource(actor, cues, language) || actor == victim || describesAnother(tokens, actor)
        || civilianRemoteAgent;
  }

  /**
   * "Yemen's Houthis", "Lebanese Hezbollah", "الحوثيين اليمنيين": a state named right beside a group based in it
   * describes the group and is no party of its own.
   */
  private static List<ActorMention> withoutDescribingStates(List<Token> tokens, List<ActorMention> actors,
      Language language) {
    List<ActorMention> kept = new ArrayList<>(actors.size());
    for (ActorMention state : actors) {
      boolean describing = false;
      for (ActorMention group : actors) {
        if (group == state || !state.code().equals(group.alias().homeCountry())) {
          continue;
        }
        // English puts the describing state first ("Yemeni Houthis"), Arabic after ("الحوثيين اليمنيين")
        boolean before = language == Language.EN && (state.end() == group.start()
            || state.end() + 1 == group.start() && tokens.get(state.end()).normalized().equals("'s"));
        boolean after = language == Language.AR && group.end() == state.start()
            && tokens.get(state.start()).proclitic().isEmpty();
        describing |= before || after;
      }
      if (!describing) {
        kept.add(state);
      }
    }
    return kept;
  }

  /**
   * The earlier actor that {@code actor} is coordinated with ("A and B", "A and their rival B", "A-B", "A وB"), or
   * null when it stands alone.
   */
  private static ActorMention firstConjunct(List<Token> tokens, ActorMention actor, List<ActorMention> actors,
      SentenceCues cues, boolean[] triggerTokens) {
    ActorMention first = null;
    for (ActorMention other : actors) {
      if (other.end() > actor.start() || actor.start() - other.end() > 4 || other.code().equals(actor.code())) {
        continue;
      }
      boolean joined = tokens.get(actor.start()).proclitic().startsWith("و") && actor.start() - other.end() <= 1;
      boolean blocked = false;
      for (int i = other.end(); i < actor.start(); i++) {
        Token between = tokens.get(i);
        joined |= cues.at(CueClass.CONJUNCTION, i) || between.proclitic().startsWith("و")
            || between.normalized().equals("-") && actor.start() - other.end() == 1;
        blocked |= triggerTokens[i] || between.isPunctuation() && !between.normalized().equals("-")
            || cues.at(CueClass.TARGET_MARKER, i) || cues.at(CueClass.PARTNER, i)
            || cues.at(CueClass.SUPPORT_MARKER, i) || cues.at(CueClass.LOCATIVE, i)
            || cues.at(CueClass.REPORTING, i) || cues.at(CueClass.LAUNCH, i);
      }
      if (joined && !blocked) {
        first = other;
      }
    }
    if (first == null) {
      return null;
    }
    ActorMention earlier = firstConjunct(tokens, first, actors, cues, triggerTokens);
    return earlier != null ? earlier : first;
  }

  /**
   * "سيطرتهم", "بعد هجومهم": an Arabic event noun with a possessive suffix. After a preposition or with ب/ل the word is
   * a noun, whatever voice the lexicon gives its stem; on a verb the same suffix names the object.
   */
  private static boolean possessedNoun(List<Token> tokens, Trigger trigger, int start, Language language) {
    Token word = tokens.get(start);
    if (language != Language.AR || !POSSESSIVE_SUFFIXES.contains(word.enclitic())) {
      return false;
    }
    String before = start > 0 ? tokens.get(start - 1).normalized() : "";
    return trigger.voice() == Trigger.Voice.NOUN || PREPOSITIONS_AR.contains(before)
        || word.proclitic().contains("ب") || word.proclitic().contains("ل");
  }

  /**
   * "withdrawal from Afghanistan", "في سوريا", "بالعراق": a state named by one word after a place preposition is a
   * place, not a party; "from Iraqi forces", "من الجيش الأمريكي" still name forces.
   */
  private static boolean isPlace(List<Token> tokens, ActorMention actor, SentenceCues cues, Language language) {
    if (actor.code().length() != 2 || actor.end() - actor.start() != 1 || cues.at(CueClass.FORCES, actor.end())
        || cues.at(CueClass.FORCES, actor.start())) {
      return false;
    }
    String before = actor.start() > 0 ? tokens.get(actor.start() - 1).normalized() : "";
    return (language == Language.EN ? PLACE_PREPOSITIONS_EN : PLACE_PREPOSITIONS_AR).contains(before)
        || language == Language.AR && tokens.get(actor.start()).proclitic().endsWith("ب");
  }

  /**
   * Whether a cue of {@code marker} stands right before the actor or before the head of the list it closes: "with
   * the support of the Australians, Bahrainis and Canadians", "on Hamas and Hezbollah".
   */
  private static boolean markedList(List<Token> tokens, ActorMention actor, List<ActorMention> actors,
      SentenceCues cues, CueClass marker) {
    ActorMention current = actor;
    for (int hops = 0; hops < 12; hops++) {
      if (cues.anyIn(marker, current.start() - 2, current.start())) {
        return true;
      }
      ActorMention previous = null;
      for (ActorMention other : actors) {
        if (other.end() <= current.start() && current.start() - other.end() <= 2 && listGap(tokens, cues, other,
            current)) {
          previous = other;
        }
      }
      if (previous == null) {
        return false;
      }
      current = previous;
    }
    return false;
  }

  /** Only commas, "and", "the" or an Arabic و between two actors of one list. */
  private static boolean listGap(List<Token> tokens, SentenceCues cues, ActorMention first, ActorMention second) {
    if (first.end() == second.start()) {
      return tokens.get(second.start()).proclitic().startsWith("و");
    }
    for (int i = first.end(); i < second.start(); i++) {
      String word = tokens.get(i).normalized();
      if (!word.equals(",") && !word.equals("،") && !word.equals("the") && !cues.at(CueClass.CONJUNCTION, i)) {
        return false;
      }
    }
    return true;
  }

  /** "they were withdrawing": after "were" an -ing form is progressive, and its subject acts. */
  private static boolean progressive(List<Token> tokens, int index, Language language) {
    return language == Language.EN && index < tokens.size() && tokens.get(index).normalized().endsWith("ing");
  }

  /** "a ceasefire between Israel and Hezbollah", "القتال بين القوات الأفغانية ومقاتلي طالبان". */
  private static ActorMention firstAfterBetween(List<Token> tokens, int end, List<ActorMention> actors) {
    for (int i = end; i < Math.min(tokens.size(), end + 2); i++) {
      if (!BETWEEN.contains(tokens.get(i).normalized())) {
        continue;
      }
      for (ActorMention actor : actors) {
        if (actor.start() > i && actor.start() <= i + 3) {
          return actor;
        }
      }
      return null;
    }
    return null;
  }

  /** "الهجوم للسيطرة على مدينة الموصل الذي تشنه القوات العراقية": the subject of a relative launch verb. */
  private static ActorMention relativeLauncher(List<Token> tokens, int end, List<ActorMention> actors,
      SentenceCues cues, Language language) {
    if (language != Language.AR) {
      return null;
    }
    int clauseEnd = Math.min(tokens.size() - 1, end + 12);
    for (int i = end; i < clauseEnd; i++) {
      if (tokens.get(i).isPunctuation() || cues.at(CueClass.CLAUSE_BREAK, i)) {
        return null;
      }
      if (RELATIVE.contains(tokens.get(i).normalized()) && cues.at(CueClass.LAUNCH, i + 1)) {
        for (ActorMention actor : actors) {
          if (actor.start() > i + 1 && actor.start() <= i + 4) {
            return actor;
          }
        }
        return null;
      }
    }
    return null;
  }

  private static void vote(List<Vote> votes, ActorMention actor, double score, String rule) {
    if (actor != null) {
      votes.add(new Vote(actor, score, rule));
    }
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
      return !progressive(tokens, start, language);
    }
    return language == Language.AR && tokens.get(start).proclitic().contains("ل")
        && cues.anyIn(CueClass.PASSIVE_MARKER, start - 8, start);
  }

  /** "US airstrikes", "a PKK bombing", or in Arabic "غارات أمريكية", "اعتداءات إسرائيلية". */
  private static ActorMention modifier(List<Token> tokens, int start, int end, List<ActorMention> actors,
      SentenceCues cues, Language language) {
    for (ActorMention actor : actors) {
      // Arabic adjectives follow the noun: "شهداء فلسطينيين بقصف" names the victims, not the shelling's agent
      boolean rightBefore = language == Language.EN && actor.end() <= start && start - actor.end() <= 1
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
      if (language == Language.AR && genitiveAgent(tokens, end, actor)) {
        return actor;
      }
    }
    return null;
  }

  /** "بهجوم لداعش", "هجوم لـ\"داعش\"", "هجوم لتنظيم داعش": لـ right after an event noun introduces its author. */
  private static boolean genitiveAgent(List<Token> tokens, int end, ActorMention actor) {
    if (actor.start() < end || actor.start() - end > 2) {
      return false;
    }
    for (int i = end; i < actor.start(); i++) {
      Token between = tokens.get(i);
      boolean lam = between.normalized().equals("لـ") || between.normalized().equals("ل");
      boolean quote = between.isPunctuation() && !between.normalized().equals(",") && !between.normalized().equals("،");
      if (!lam && !quote && !(i == end && between.proclitic().contains("ل") && between.stem().equals("تنظيم"))) {
        return false;
      }
    }
    Token first = tokens.get(end);
    return first.proclitic().contains("ل") || first.normalized().startsWith("ل");
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
  private static ActorMention subjectOfLaunchVerbBefore(List<Token> tokens, int start, List<ActorMention> actors,
      SentenceCues cues,
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
      if (actor.end() <= verb && !markedList(tokens, actor, actors, cues, CueClass.TARGET_MARKER)
          && !markedList(tokens, actor, actors, cues, CueClass.SUPPORT_MARKER)) {
        before = actor;
      }
    }
    return language == Language.EN ? before : null;
  }

  /** "وقعت واشنطن اتفاقا", "شنت إسرائيل غارات": verb, subject, then the event noun as its object. */
  private static ActorMention arabicSubjectBeforeObject(int start, List<ActorMention> actors, SentenceCues cues,
      Language language, boolean[] triggerTokens) {
    if (language != Language.AR) {
      return null;
    }
    for (ActorMention actor : actors) {
      int verb = actor.start() - 1;
      if (actor.end() == start && verb >= 0 && (triggerTokens[verb] || cues.at(CueClass.LAUNCH, verb))) {
        return actor;
      }
    }
    return null;
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

  /**
   * The actors before the trigger in its clause that are not a target, a victim, a partner or an object, nearest
   * last.
   */
  private static List<ActorMention> nearestBefore(List<Token> tokens, int start, List<ActorMention> actors,
      SentenceCues cues, Language language, boolean[] triggerTokens, boolean sameClause) {
    int clauseStart = sameClause ? Clause.around(tokens, cues, start, start + 1).start() : 0;
    List<ActorMention> eligible = new ArrayList<>();
    for (ActorMention actor : actors) {
      if (actor.end() > start) {
        break;
      }
      if (actor.start() < clauseStart) {
        continue;
      }
      boolean objectOfAnotherTrigger = actor.start() > 0 && triggerTokens[actor.start() - 1];
      if (objectOfAnotherTrigger || isObjectOfKilling(tokens, actor, cues)) {
        continue;
      }
      boolean target = markedList(tokens, actor, actors, cues, CueClass.TARGET_MARKER)
          || markedList(tokens, actor, actors, cues, CueClass.SUPPORT_MARKER);
      boolean partner = markedList(tokens, actor, actors, cues, CueClass.PARTNER);
      partner |= isPlace(tokens, actor, cues, language);
      boolean victim = cues.anyIn(CueClass.CASUALTIES, actor.end(), Math.min(start, actor.end() + 5))
          && cues.anyIn(CueClass.PASSIVE_MARKER, actor.end(), start)
          // "شهداء فلسطينيين", "جرحى من المدنيين": the dead and wounded are named after the casualty noun
          || language == Language.AR && cues.anyIn(CueClass.CASUALTIES, actor.start() - 3, actor.start());
      if (!target && !partner && !victim) {
        eligible.add(actor);
      }
    }
    return eligible;
  }

  /** "Israel killed a Hezbollah commander in a strike": in English the actor right after an active "killed" died. */
  private static boolean isObjectOfKilling(List<Token> tokens, ActorMention actor, SentenceCues cues) {
    for (int i = actor.start() - 1; i >= Math.max(0, actor.start() - 2); i--) {
      if (tokens.get(i).normalized().equals("killed") && !cues.at(CueClass.PASSIVE_MARKER, i - 1)) {
        return true;
      }
      if (!tokens.get(i).normalized().equals("the") && !tokens.get(i).normalized().equals("a")) {
        return false;
      }
    }
    return false;
  }

  /**
   * "by an Israeli drone" is a passive agent already; Arabic names the platform's owner after it: "بواسطة طائرة
   * مسيرة إسرائيلية", "بطائرات حربية روسية".
   */
  private static ActorMention platformOwner(List<Token> tokens, int end, List<ActorMention> actors, SentenceCues cues,
      Language language) {
    if (language != Language.AR) {
      return null;
    }
    for (int i = end; i < Math.min(tokens.size(), end + 6); i++) {
      boolean platform = cues.at(CueClass.DRONE, i) || cues.at(CueClass.AIRCRAFT, i)
          || cues.at(CueClass.HELICOPTER, i);
      if (!platform) {
        continue;
      }
      boolean instrument = tokens.get(i).proclitic().contains("ب") || cues.at(CueClass.INSTRUMENT, i - 1);
      if (!instrument) {
        return null;
      }
      int platformEnd = i;
      while (platformEnd < tokens.size() && (cues.at(CueClass.DRONE, platformEnd)
          || cues.at(CueClass.AIRCRAFT, platformEnd) || cues.at(CueClass.HELICOPTER, platformEnd))) {
        platformEnd++;
      }
      for (ActorMention actor : actors) {
        if (actor.start() >= platformEnd && actor.start() - platformEnd <= 1) {
          return actor;
        }
      }
      return null;
    }
    return null;
  }

  /**
   * The subject of a reporting verb that governs the trigger, when the reported clause refers back to it ("CENTCOM
   * said it carried out", "قال الجيش الإسرائيلي إنه شن", "أعلنت القيادة تنفيذ") and names no other agent-like actor
   * on the way ({@code otherAgent} when it does); {@code ownLoss} when the clause speaks of the subject's own losses or of it being hit.
   */
  private record ReportedClause(ActorMention subject, boolean ownLoss, boolean otherAgent) {}

  private static ReportedClause reportedClause(List<Token> tokens, int start, List<ActorMention> actors,
      SentenceCues cues, Language language) {
    // "قال الجيش، في بيان، إنه": the nearest reporting word may be a noun; the verb with a subject governs
    for (int verb = start - 1; verb >= Math.max(0, start - REPORTED_CLAUSE_REACH); verb--) {
      if (!cues.at(CueClass.REPORTING, verb)) {
        continue;
      }
      ActorMention subject = reportingSubject(tokens, verb, start, actors, cues, language);
      if (subject != null) {
        return reportedClause(tokens, start, actors, cues, language, verb, subject);
      }
    }
    return null;
  }

  private static ActorMention reportingSubject(List<Token> tokens, int verb, int start, List<ActorMention> actors,
      SentenceCues cues, Language language) {
    ActorMention subject = null;
    for (ActorMention actor : actors) {
      boolean en = language == Language.EN && actor.end() <= verb && verb - actor.end() <= 3;
      boolean ar = language == Language.AR && actor.start() > verb && actor.start() - verb <= 3 && actor.end() <= start;
      if ((en || ar) && !isNamedSource(actor, cues, language) && !describesAnother(tokens, actor)) {
        subject = actor;
        if (ar) {
          break;
        }
      }
    }
    return subject;
  }

  private static ReportedClause reportedClause(List<Token> tokens, int start, List<ActorMention> actors,
      SentenceCues cues, Language language, int verb, ActorMention subject) {
    // the reference must lead to this trigger: "said it launched rockets, in response to a strike" is not its strike
    int clauseStart = Clause.around(tokens, cues, start, start + 1).start();
    int self = -1;
    for (int i = Math.max(Math.max(verb, subject.end()), Math.max(clauseStart, start - SELF_REFERENCE_REACH));
        i < start; i++) {
      if (cues.at(CueClass.SELF_REFERENCE, i)) {
        self = i;
        break;
      }
    }
    if (self < 0) {
      return null;
    }
    String before = self > 0 ? tokens.get(self - 1).normalized() : "";
    boolean partitive = (before.equals("of") || before.equals("من"))
        && cues.anyIn(CueClass.CASUALTIES, self - 4, self);
    boolean hit = false;
    for (int i = self; i < start; i++) {
      hit |= cues.at(CueClass.PASSIVE_MARKER, i) && !progressive(tokens, i + 1, language);
    }
    boolean ownLoss = partitive || hit;
    boolean otherAgent = false;
    for (ActorMention actor : actors) {
      boolean between = actor != subject && actor.start() >= subject.end() && actor.end() <= start;
      otherAgent |= between && !cues.anyIn(CueClass.TARGET_MARKER, actor.start() - 2, actor.start())
          && !isNamedSource(actor, cues, language);
    }
    return new ReportedClause(subject, ownLoss, otherAgent);
  }

  /** "an al-Qaeda linked group", "Iran-aligned factions": the name describes another actor, which is not named. */
  private static boolean describesAnother(List<Token> tokens, ActorMention actor) {
    for (int i = actor.end(); i < Math.min(tokens.size(), actor.end() + 2); i++) {
      String word = tokens.get(i).normalized();
      if (DESCRIBING_WORDS.contains(word)) {
        // "Houthi militants backed by Yemeni troops", "a group linked to ISIS": the name is the actor itself
        String next = i + 1 < tokens.size() ? tokens.get(i + 1).normalized() : "";
        return !next.equals("by") && !next.equals("to") && !next.equals("with");
      }
      if (!word.equals("-")) {
        return false;
      }
    }
    return false;
  }

  /** "the Syrian Observatory", "Palestinian medics", "وزارة الصحة اللبنانية", "مصدر أمني عراقي": a source. */
  private static boolean isNamedSource(ActorMention actor, SentenceCues cues, Language language) {
    return language == Language.EN ? cues.anyIn(CueClass.SOURCE, actor.end(), actor.end() + 2)
        : cues.anyIn(CueClass.SOURCE, actor.start() - 2, actor.start());
  }

  private static boolean isSource(ActorMention actor, int start, SentenceCues cues) {
    return actor.end() <= start && cues.anyIn(CueClass.REPORTING, actor.end(), actor.end() + 2);
  }
}
