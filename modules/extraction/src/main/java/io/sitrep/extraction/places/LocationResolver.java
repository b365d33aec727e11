package io.sitrep.extraction.places;

import io.sitrep.extraction.lexicon.CueClass;
import io.sitrep.extraction.lexicon.SentenceCues;
import io.sitrep.extraction.text.PhraseMatch;
import io.sitrep.extraction.text.Script;
import io.sitrep.extraction.text.Sentence;
import io.sitrep.extraction.text.Token;
import io.sitrep.model.LocationPrecision;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds place names in a sentence and decides where an event happened: the usable place nearest the trigger within
 * its clause (after it preferred), refined to the most precise named place in the same country; coordinated names in
 * several countries ("in Iraq and Syria") give one location per country. Places after "from" count only for
 * withdrawals; for talks and agreements a place after "about"/"بشأن" wins over the venue.
 */
public final class LocationResolver {

  private static final int MAX_COORDINATION_GAP = 3;
  private static final int MAX_SENTENCE_DISTANCE = 12;
  /** What ends a dateline: a dash (the normaliser makes every dash '-') or a colon. */
  private static final Set<String> DATELINE_MARKS = Set.of("-", ":");

  /** What kind of event is being placed, since that changes which places count. */
  public enum Purpose { VIOLENCE, WITHDRAWAL, POLITICAL }

  private final Gazetteer gazetteer;

  public LocationResolver(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  /**
   * The place names of a sentence. {@code actorIds} gives, per token, which actor mention covers it (-1 for none):
   * a name that also names an actor ("Washington", "Iraq") counts as a place only after a locative word, and one
   * inside a longer actor name ("Islamic Resistance in Iraq") not at all.
   */
  public List<PlaceMention> find(Sentence sentence, SentenceCues cues, int[] actorIds) {
    return find(sentence, names(sentence), cues, actorIds);
  }

  /** The gazetteer names in a sentence, every entry of the longest name at each position: what places are made of. */
  public List<PhraseMatch<GazetteerEntry>> names(Sentence sentence) {
    return gazetteer.names().findAll(sentence.tokens());
  }

  /** The place names of a sentence, from its gazetteer {@code names} as {@link #names} found them. */
  public List<PlaceMention> find(Sentence sentence, List<PhraseMatch<GazetteerEntry>> names, SentenceCues cues,
      int[] actorIds) {
    List<Token> tokens = sentence.tokens();
    Map<Integer, List<PhraseMatch<GazetteerEntry>>> bySpan = new LinkedHashMap<>();
    for (PhraseMatch<GazetteerEntry> match : names) {
      bySpan.computeIfAbsent(match.start(), k -> new ArrayList<>()).add(match);
    }
    boolean[] commonWord = new boolean[tokens.size()];
    for (PhraseMatch<String> match : gazetteer.commonWords().findAll(tokens)) {
      commonWord[match.start()] = match.end() - match.start() == 1;
    }
    List<PlaceMention> mentions = new ArrayList<>();
    int dateline = datelineEnd(tokens, cues);
    for (List<PhraseMatch<GazetteerEntry>> group : bySpan.values()) {
      int start = group.get(0).start();
      int end = group.get(0).end();
      List<GazetteerEntry> entries = group.stream().map(PhraseMatch::value).toList();
      if (end - start == 1 && commonWord[start]) {
        entries = entries.stream().map(e -> new GazetteerEntry(e.source(), e.kind(), e.country(), e.admin1(), e.name(),
            e.lat(), e.lon(), true)).toList();
      }
      boolean alsoActor = false;
      for (int i = start; i < end; i++) {
        alsoActor |= actorIds[i] >= 0;
      }
      boolean insideActorName = actorIds[start] >= 0
          && (start > 0 && actorIds[start - 1] == actorIds[start]
              || end < tokens.size() && actorIds[end] == actorIds[start]);
      // "the Minsk Protocol", "اتفاق الدوحة": the place names a document or meeting, not where something happened
      boolean namesADocument = language(tokens, start) == 'e' ? cues.at(CueClass.NAMED_AFTER, end)
          : cues.at(CueClass.NAMED_AFTER, start - 1);
      // "(banned in Russia)": an aside in brackets says where nothing of the sentence's own happened
      if (insideActorName || namesADocument || inBrackets(tokens, start, dateline)) {
        continue;
      }
      int before = previousContentToken(tokens, cues, start);
      boolean origin = before >= 0 && cues.at(CueClass.ORIGIN, before);
      boolean topic = before >= 0 && cues.at(CueClass.TOPIC_MARKER, before);
      boolean prepositionAttached = tokens.get(start).proclitic().indexOf('ب') >= 0
          && !nameStartsWithStrippedLetter(tokens, start, end);
      boolean locative = !origin
          && (prepositionAttached || isLocative(tokens, cues, start, before, entries, mentions));
      boolean possessive = end < tokens.size() && tokens.get(end).normalized().equals("'s");
      // "Baghdad said", "قال المدني": the subject of a reporting verb is a government or a person; "لإسلام أباد":
      // Arabic ل (to, for, of) makes a name an addressee or an owner, where في and ب would make it a location
      alsoActor |= !locative && (language(tokens, start) == 'e' ? cues.at(CueClass.REPORTING, end)
          : cues.at(CueClass.REPORTING, start - 1) || tokens.get(start).proclitic().indexOf('ل') >= 0);
      mentions.add(new PlaceMention(entries, start, end, locative, origin, topic, alsoActor, possessive,
          end <= dateline));
    }
    return mentions;
  }

  /** Whether the token at {@code index} stands inside brackets opened after the dateline. */
  private static boolean inBrackets(List<Token> tokens, int index, int dateline) {
    for (int i = index - 1; i >= dateline; i--) {
      String word = tokens.get(i).normalized();
      if (word.equals(")")) {
        return false;
      }
      if (word.equals("(")) {
        return true;
      }
    }
    return false;
  }

  /**
   * The end of a dateline that opens the sentence ("NICE, France (AP) —", "BANGKOK:", "بيروت - (أ ف ب)"), 0 when
   * there is none: at most three words, optionally a comma and three more, optionally an agency in parentheses,
   * then a dash or colon. A locative word ("In Baghdad, officials said:") makes it no dateline.
   */
  private static int datelineEnd(List<Token> tokens, SentenceCues cues) {
    int i = words(tokens, cues, 0);
    if (i == 0) {
      return 0;
    }
    if (i < tokens.size() && tokens.get(i).normalized().equals(",")) {
      int after = words(tokens, cues, i + 1);
      if (after == i + 1) {
        return 0;
      }
      i = after;
    }
    if (i < tokens.size() && tokens.get(i).normalized().equals("(")) {
      int close = i + 1;
      while (close < tokens.size() && close - i <= 6 && !tokens.get(close).normalized().equals(")")) {
        close++;
      }
      if (close >= tokens.size() || !tokens.get(close).normalized().equals(")")) {
        return 0;
      }
      i = close + 1;
    }
    return i < tokens.size() && DATELINE_MARKS.contains(tokens.get(i).normalized()) ? i : 0;
  }

  /** The index after up to three words from {@code from} that are not locative words. */
  private static int words(List<Token> tokens, SentenceCues cues, int from) {
    int i = from;
    while (i < tokens.size() && i - from < 3 && tokens.get(i).isWord() && !cues.at(CueClass.LOCATIVE, i)) {
      i++;
    }
    return i;
  }

  /**
   * Whether the name matches with its first word as written, so that a leading ب belongs to the name ("بغداد")
   * rather than being the preposition "in" ("بدمشق").
   */
  private boolean nameStartsWithStrippedLetter(List<Token> tokens, int start, int end) {
    Token first = tokens.get(start);
    Token asWritten = new Token(first.normalized(), first.start(), first.end(), first.kind(),
        List.of(first.normalized()), "", "");
    List<Token> probe = new ArrayList<>(tokens.subList(start, end));
    probe.set(0, asWritten);
    return gazetteer.names().findAll(probe).stream().anyMatch(m -> m.start() == 0 && m.end() == end - start);
  }

  /** 'a' for an Arabic word, 'e' otherwise: the two languages put a name on opposite sides of its head noun. */
  private static char language(List<Token> tokens, int index) {
    String word = tokens.get(index).normalized();
    return Script.isArabic(word) ? 'a' : 'e';
  }

  /** The index of the word before a place name, skipping direction words and "the". */
  private static int previousContentToken(List<Token> tokens, SentenceCues cues, int start) {
    int i = start - 1;
    while (i >= 0 && (cues.at(CueClass.DIRECTION, i) || tokens.get(i).normalized().equals("the"))) {
      i--;
    }
    return i;
  }

  private static boolean isLocative(List<Token> tokens, SentenceCues cues, int start, int before,
      List<GazetteerEntry> entries, List<PlaceMention> earlier) {
    if (before >= 0 && (cues.at(CueClass.LOCATIVE, before) || cues.at(CueClass.PLACE_NOUN, before))) {
      return true;
    }
    // "an attack on Baghdad": a city or province after "on"/"against" is where it happened; a country there may be
    // a target actor ("attacks against the U.S.")
    if (before >= 0 && cues.at(CueClass.TARGET_MARKER, before)
        && entries.stream().noneMatch(e -> e.kind() == PlaceKind.COUNTRY)) {
      return true;
    }
    if (start + 1 < tokens.size() && tokens.get(start + 1).normalized().equals("'s")) {
      return true;
    }
    if (!earlier.isEmpty()) {
      PlaceMention previous = earlier.get(earlier.size() - 1);
      if (previous.locative() && onlyJoiners(tokens, cues, previous.end(), start)) {
        // "in Iraq and Syria", "في العراق وسوريا"; after a comma only the same country: "Palmyra, Syria"
        boolean joined = hasConjunction(tokens, cues, previous.end(), start);
        boolean sameCountry = entries.stream().anyMatch(e -> previous.entries().stream()
            .anyMatch(p -> p.country().equals(e.country())));
        return joined || sameCountry;
      }
    }
    return false;
  }

  private static boolean onlyJoiners(List<Token> tokens, SentenceCues cues, int from, int to) {
    if (to - from > MAX_COORDINATION_GAP) {
      return false;
    }
    for (int i = from; i < to; i++) {
      Token token = tokens.get(i);
      boolean joiner = token.normalized().equals(",") || token.normalized().equals("the")
          || cues.at(CueClass.CONJUNCTION, i) || cues.at(CueClass.DIRECTION, i) || cues.at(CueClass.LOCATIVE, i);
      if (!joiner) {
        return false;
      }
    }
    return true;
  }

  private static boolean hasConjunction(List<Token> tokens, SentenceCues cues, int from, int to) {
    if (tokens.get(to).proclitic().startsWith("و")) {
      return true;
    }
    for (int i = from; i < to; i++) {
      if (cues.at(CueClass.CONJUNCTION, i)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Locations of an event whose trigger spans tokens [start, end) of a clause [clauseStart, clauseEnd): one per
   * country when the chosen place is coordinated with places in other countries; empty when no usable place is
   * in the clause or near the trigger.
   */
  public List<ResolvedLocation> locate(Sentence sentence, SentenceCues cues, List<PlaceMention> mentions, int start,
      int end, int clauseStart, int clauseEnd, boolean clauseOnly, Purpose purpose, String countryHint) {
    if (purpose == Purpose.POLITICAL) {
      PlaceMention owner = ownerOfTheNoun(sentence.tokens(), mentions, start, end);
      if (owner != null) {
        return List.of(refine(sentence, List.of(owner), owner, owner.best(countryHint), PlaceRule.COUNTRY_IT_IS_OF));
      }
    }
    List<PlaceMention> usable = mentions.stream()
        .filter(m -> m.usable() || purpose == Purpose.WITHDRAWAL && m.origin())
        .toList();
    if (usable.isEmpty()) {
      return List.of();
    }
    PlaceMention chosen = null;
    if (purpose == Purpose.POLITICAL) {
      chosen = usable.stream().filter(PlaceMention::topic).findFirst().orElse(null);
    }
    if (chosen == null) {
      chosen = nearest(usable, start, end, clauseStart, clauseEnd, clauseOnly);
    }
    if (chosen == null) {
      return List.of();
    }
    List<PlaceMention> group = coordinated(sentence.tokens(), cues, usable, chosen);
    Map<String, ResolvedLocation> byCountry = new LinkedHashMap<>();
    for (PlaceMention member : group) {
      GazetteerEntry entry = member.best(countryHint);
      byCountry.computeIfAbsent(entry.country(),
          country -> refine(sentence, usable, member, entry, group.size() > 1 ? PlaceRule.COORDINATED_PLACE : PlaceRule.NEAREST_PLACE));
    }
    return List.copyOf(byCountry.values());
  }

  /**
   * The country whose truce or agreement it is: "هدنة السودان" (the name right after the noun) or "Sudan's truce"
   * (a possessive right before it), a name that is an actor too, since it stands for the parties.
   */
  private static PlaceMention ownerOfTheNoun(List<Token> tokens, List<PlaceMention> mentions, int start, int end) {
    for (PlaceMention mention : mentions) {
      boolean genitive = language(tokens, start) == 'a' && mention.start() == end && !mention.origin();
      boolean possessive = mention.possessive() && mention.end() + 1 == start;
      if ((genitive || possessive) && mention.entries().stream().allMatch(e -> e.kind() == PlaceKind.COUNTRY)) {
        return mention;
      }
    }
    return null;
  }

  /** The nearest usable place in the clause, else the nearest in the sentence within a short distance. */
  private static PlaceMention nearest(List<PlaceMention> usable, int start, int end, int clauseStart, int clauseEnd,
      boolean clauseOnly) {
    PlaceMention nearest = null;
    double nearestDistance = Double.MAX_VALUE;
    for (PlaceMention mention : usable) {
      double distance = mention.start() >= end ? mention.start() - end : (start - mention.end()) * 2 + 1;
      if (mention.start() < end && mention.end() > start) {
        distance = 0;
      }
      boolean inClause = mention.start() >= clauseStart && mention.end() <= clauseEnd;
      if (!inClause) {
        distance += 1000;
      }
      if (distance < nearestDistance) {
        nearest = mention;
        nearestDistance = distance;
      }
    }
    double limit = clauseOnly ? 1000 : 1000 + MAX_SENTENCE_DISTANCE;
    return nearestDistance >= limit ? null : nearest;
  }

  /**
   * Where the dateline says the report was filed, for an event that nothing else in its sentence places: local news
   * mostly happens near its dateline, though not always ("BANGKOK: A Myanmar military airstrike ...").
   */
  public List<ResolvedLocation> atDateline(Sentence sentence, List<PlaceMention> mentions, String countryHint) {
    for (PlaceMention mention : mentions) {
      if (mention.dateline() && !mention.everyEntryNeedsContext()) {
        return List.of(refine(sentence, List.of(mention), mention, mention.best(countryHint), PlaceRule.DATELINE));
      }
    }
    return List.of();
  }

  /** The location of a country alone, for events placed by an actor's home or by the article's main country. */
  public ResolvedLocation countryOnly(String country, PlaceRule rule) {
    return countryOnly(country, rule, "");
  }

  /** The location of a country alone, by a rule that went by the words or code in {@code detail}. */
  public ResolvedLocation countryOnly(String country, PlaceRule rule, String detail) {
    GazetteerEntry entry = gazetteer.country(country).orElse(null);
    return new ResolvedLocation(country, null, null, entry == null ? null : entry.lat(),
        entry == null ? null : entry.lon(), LocationPrecision.COUNTRY, entry == null ? null : entry.source(), rule,
        detail);
  }

  private List<PlaceMention> coordinated(List<Token> tokens, SentenceCues cues, List<PlaceMention> usable,
      PlaceMention chosen) {
    int index = usable.indexOf(chosen);
    int first = index;
    while (first > 0 && onlyJoiners(tokens, cues, usable.get(first - 1).end(), usable.get(first).start())
        && hasConjunction(tokens, cues, usable.get(first - 1).end(), usable.get(first).start())) {
      first--;
    }
    int last = index;
    while (last + 1 < usable.size() && onlyJoiners(tokens, cues, usable.get(last).end(), usable.get(last + 1).start())
        && hasConjunction(tokens, cues, usable.get(last).end(), usable.get(last + 1).start())) {
      last++;
    }
    return usable.subList(first, last + 1);
  }

  /** The most precise usable place of the same country near the chosen one; a place implies its admin1. */
  private ResolvedLocation refine(Sentence sentence, List<PlaceMention> usable, PlaceMention chosen,
      GazetteerEntry chosenEntry, PlaceRule rule) {
    PlaceMention bestMention = chosen;
    GazetteerEntry best = chosenEntry;
    for (PlaceMention mention : usable) {
      for (GazetteerEntry entry : mention.entries()) {
        if (entry.country().equals(best.country()) && entry.kind().ordinal() > best.kind().ordinal()
            && Math.abs(mention.start() - chosen.start()) <= 8) {
          best = entry;
          bestMention = mention;
        }
      }
    }
    String admin1 = best.admin1();
    if (best.kind() == PlaceKind.PLACE && admin1 != null) {
      admin1 = gazetteer.admin1(best.country(), admin1).map(GazetteerEntry::admin1).orElse(admin1);
    }
    String words = sentence.text().substring(
        sentence.tokens().get(bestMention.start()).start() - sentence.start(),
        sentence.tokens().get(bestMention.end() - 1).end() - sentence.start());
    return switch (best.kind()) {
      case PLACE -> new ResolvedLocation(best.country(), admin1, words, best.lat(), best.lon(),
          LocationPrecision.PLACE, best.source(), rule, "");
      case ADMIN1 -> new ResolvedLocation(best.country(), admin1, words, best.lat(), best.lon(),
          LocationPrecision.ADMIN1, best.source(), rule, "");
      case COUNTRY -> new ResolvedLocation(best.country(), null, null, best.lat(), best.lon(),
          LocationPrecision.COUNTRY, best.source(), rule, "");
    };
  }
}
