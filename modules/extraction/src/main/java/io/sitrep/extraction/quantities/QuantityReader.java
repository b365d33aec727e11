package io.sitrep.extraction.quantities;

import io.sitrep.extraction.lexicon.Language;
import io.sitrep.extraction.lexicon.TsvResource;
import io.sitrep.extraction.lexicon.TsvRow;
import io.sitrep.extraction.text.PhraseIndex;
import io.sitrep.extraction.text.PhraseMatch;
import io.sitrep.extraction.text.Script;
import io.sitrep.extraction.text.TextNormalizer;
import io.sitrep.extraction.text.Token;
import io.sitrep.extraction.text.Tokenizer;
import io.sitrep.model.CountQualifier;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads tolls and counts: a number (digits or number words) with its qualifier ("more than", "أكثر من", "نحو") and
 * the word that says what it counts, before it ("killing", "مقتل") or after it ("targets", "قتلى"). A toll told in
 * parts is summed, a range is at least its lower bound, a subset ("including 3 children") is no toll, and one or two
 * victims told without a number ("killing a soldier", "مقتل جنديين") are counted. Words are data in
 * {@code lexicon/quantities.tsv} (columns: language, phrase, role, value).
 */
public final class QuantityReader {

  /** What a quantity word is. */
  private enum Role {
    NUMBER, QUALIFIER, VAGUE, CASUALTIES, KILLED, INJURED, TARGETS, STRIKES, MUNITIONS, RANGE, AND, SUBSET, AUXILIARY,
    DUAL, PERSON, ARTICLE, NONE
  }

  private record Word(Role role, String value) {}

  private static final int WINDOW_AFTER = 5;
  private static final int WINDOW_BEFORE = 3;
  private static final int WINDOW_PASSIVE = 8;

  private final Map<Language, PhraseIndex<Word>> indexes = new EnumMap<>(Language.class);

  public QuantityReader(TextNormalizer normalizer, Tokenizer tokenizer) {
    Map<Language, PhraseIndex.Builder<Word>> builders = new EnumMap<>(Language.class);
    for (Language language : Language.values()) {
      builders.put(language, PhraseIndex.builder(normalizer, tokenizer));
    }
    for (TsvRow row : TsvResource.read("/io/sitrep/extraction/lexicon/quantities.tsv")) {
      Language language = Language.of(row.field(0))
          .orElseThrow(() -> new IllegalStateException("bad language in " + row.source()));
      Role role = Role.valueOf(row.field(2).toUpperCase(Locale.ROOT));
      builders.get(language).add(row.field(1), new Word(role, row.field(3)));
    }
    builders.forEach((language, builder) -> indexes.put(language, builder.build()));
  }

  /** A number of the sentence with its qualifier and the word that says what it counts (null when none does). */
  private record Mention(int value, CountQualifier qualifier, Role kind, int start, int end) {}

  /** The counts of a sentence; tokens in {@code excluded} (dates) are not numbers. */
  public Counts read(List<Token> tokens, Language language, boolean[] excluded) {
    int size = tokens.size();
    Word[] words = new Word[size];
    int[] wordEnd = new int[size];
    for (PhraseMatch<Word> match : indexes.get(language).findAll(tokens)) {
      words[match.start()] = match.value();
      wordEnd[match.start()] = match.end();
    }
    boolean[] subset = subsets(tokens, words, wordEnd);
    List<Mention> mentions = new ArrayList<>();
    boolean unspecified = false;
    int i = 0;
    while (i < size) {
      int[] number = numberAt(tokens, words, wordEnd, excluded, i);
      if (number != null && subset[i]) {
        i = number[1];
        continue;
      }
      if (number == null) {
        Mention one = singular(tokens, words, wordEnd, subset, excluded, i);
        if (one != null) {
          mentions.add(one);
          i = one.end();
          continue;
        }
        if (words[i] != null && words[i].role() == Role.VAGUE) {
          int vagueEnd = wordEnd[i];
          // "several hundred", "عدة آلاف": a multiplier after a vague word is no number of its own
          while (vagueEnd < size && words[vagueEnd] != null && isMultiplier(words[vagueEnd])) {
            vagueEnd = wordEnd[vagueEnd];
          }
          Role kind = kindNear(tokens, words, wordEnd, subset, i, vagueEnd);
          if (kind == Role.KILLED || kind == Role.INJURED || kind == Role.CASUALTIES) {
            unspecified = true;
          }
          i = vagueEnd;
          continue;
        }
        if (words[i] != null && (words[i].role() == Role.CASUALTIES || words[i].role() == Role.KILLED
            || words[i].role() == Role.INJURED)) {
          // deaths or injuries mentioned; unspecified unless some number in the sentence counts them
          unspecified = true;
        }
        i++;
        continue;
      }
      int value = number[0];
      int end = number[1];
      int start = i;
      CountQualifier qualifier = CountQualifier.EXACT;
      int before = i - 1;
      for (int j = Math.max(0, i - 4); j < i; j++) {
        if (words[j] != null && words[j].role() == Role.QUALIFIER && wordEnd[j] == i) {
          qualifier = CountQualifier.valueOf(words[j].value());
          start = j;
          before = j - 1;
        }
      }
      // a range: "between 40 and 60", "10 to 15", "بين 20 و30" is at least its lower bound; "from 10 to 15", a
      // toll that rose, is its upper one
      int rangeStart = wordEndingAt(words, wordEnd, before + 1);
      boolean between = rangeStart >= 0 && is(words[rangeStart], Role.RANGE, "BETWEEN");
      boolean from = rangeStart >= 0 && is(words[rangeStart], Role.RANGE, "FROM");
      int joiner = end;
      boolean joined = joiner < size && (between && is(words[joiner], Role.AND, null)
          || !between && is(words[joiner], Role.RANGE, "TO"));
      int[] upper = null;
      if (joined) {
        upper = numberAt(tokens, words, wordEnd, excluded, joiner + 1);
      } else if (between && end < size && tokens.get(end).proclitic().startsWith("و")) {
        upper = numberAt(tokens, words, wordEnd, excluded, end);
      }
      if (upper != null && (between || !from && upper[0] > value)) {
        qualifier = qualifier == CountQualifier.EXACT ? CountQualifier.AT_LEAST : qualifier;
        start = between ? rangeStart : start;
        before = start - 1;
        end = upper[1];
      } else if (upper != null && from) {
        value = upper[0];
        start = rangeStart;
        before = start - 1;
        end = upper[1];
      }
      Role kind = kindNear(tokens, words, wordEnd, subset, before, end);
      if (kind == null && before >= 0 && is(words[before], Role.RANGE, "TO")) {
        kind = raisedToll(tokens, words, before);
      }
      if (is(words[i], Role.DUAL, "KILLED") || is(words[i], Role.DUAL, "INJURED")) {
        kind = Role.valueOf(words[i].value()); // "قتيلان", "جريحين": the dual noun is itself the count word
      }
      if (qualifier == CountQualifier.EXACT) {
        qualifier = trailingQualifier(words, wordEnd, end, size);
      }
      mentions.add(new Mention(value, qualifier, kind, start, end));
      i = end;
    }
    List<Count> counts = new ArrayList<>();
    for (Mention mention : sumParts(mentions, tokens, words)) {
      CountKind countKind = switch (mention.kind() == null ? Role.NUMBER : mention.kind()) {
        case KILLED -> CountKind.KILLED;
        case INJURED -> CountKind.INJURED;
        case TARGETS -> CountKind.TARGETS;
        case STRIKES -> CountKind.STRIKES;
        case MUNITIONS -> CountKind.MUNITIONS;
        default -> null;
      };
      if (countKind != null) {
        counts.add(new Count(countKind, mention.value(), mention.qualifier(), mention.start(), mention.end()));
      }
    }
    boolean hasToll = counts.stream().anyMatch(c -> c.kind() == CountKind.KILLED || c.kind() == CountKind.INJURED);
    return new Counts(List.copyOf(counts), unspecified && !hasToll);
  }

  /** The value and end of a number (digits or words) at token {@code i}, or null when none starts there. */
  private static int[] numberAt(List<Token> tokens, Word[] words, int[] wordEnd, boolean[] excluded, int i) {
    if (i >= tokens.size()) {
      return null;
    }
    if (tokens.get(i).kind() == Token.Kind.NUMBER && !excluded[i]) {
      Integer value = parse(tokens.get(i).normalized());
      return value == null ? null : new int[] {value, i + 1};
    }
    if (words[i] != null && words[i].role() == Role.NUMBER) {
      return numberWords(tokens, words, wordEnd, i);
    }
    if (words[i] != null && words[i].role() == Role.DUAL) {
      // "جنديين", "قتيلان": an Arabic dual is two, and "جنديان اثنان" is still two
      int end = wordEnd[i];
      if (end < tokens.size() && is(words[end], Role.NUMBER, "2")) {
        end = wordEnd[end];
      }
      return new int[] {2, end};
    }
    return null;
  }

  /**
   * One person killed or hurt, told without a number: "killing a soldier", "a civilian was wounded", a headline's
   * "Guard killed in raid", "مقتل جندي", "إصابة طفل", "قتيل في غارة". The person must be the victim, not the agent:
   * "a gunman killed five" and "قتل مسلح 3 أشخاص" name no toll of one.
   */
  private static Mention singular(List<Token> tokens, Word[] words, int[] wordEnd, boolean[] subset,
      boolean[] excluded, int i) {
    int size = tokens.size();
    Word word = words[i];
    if (word == null || subset[i] || negated(words, i)) {
      return null;
    }
    if (is(word, Role.ARTICLE, "indefinite") || is(word, Role.PERSON, "pronoun")
        || word.role() == Role.PERSON && i == 0) {
      int person = word.role() == Role.PERSON ? i : -1;
      for (int j = i + 1; person < 0 && j < Math.min(size, i + 4); j++) {
        if (tokens.get(j).isPunctuation() || tokens.get(j).kind() == Token.Kind.NUMBER
            || words[j] != null && words[j].role() != Role.PERSON) {
          break;
        }
        person = words[j] != null ? j : -1;
      }
      if (person < 0 || !singularPerson(tokens, wordEnd, person)) {
        return null;
      }
      int personEnd = wordEnd[person];
      int k = wordEndingAt(words, wordEnd, i);
      if (word.role() == Role.ARTICLE && k >= 0 && isTollKind(words[k].role())
          && !words[k].value().equals("after")) {
        return new Mention(1, CountQualifier.EXACT, words[k].role(), i, personEnd);
      }
      for (int j = personEnd; j < Math.min(size, personEnd + 3); j++) {
        if (tokens.get(j).isPunctuation() || numberAt(tokens, words, wordEnd, excluded, j) != null) {
          return null;
        }
        if (words[j] != null && isTollKind(words[j].role()) && !words[j].value().equals("before")) {
          int next = wordEnd[j];
          boolean object = next < size && (numberAt(tokens, words, wordEnd, excluded, next) != null
              || words[next] != null && (words[next].role() == Role.ARTICLE || words[next].role() == Role.PERSON));
          return object ? null : new Mention(1, CountQualifier.EXACT, words[j].role(), i, personEnd);
        }
        if (words[j] != null && words[j].role() != Role.AUXILIARY) {
          return null;
        }
      }
      return null;
    }
    if (isTollKind(word.role()) && !numberBefore(tokens, words, i)) {
      int after = wordEnd[i];
      if (after < size && is(words[after], Role.PERSON, null) && singularPerson(tokens, wordEnd, after)
          && !word.value().equals("after") && !numberBefore(tokens, words, Math.min(size, wordEnd[after] + 3))) {
        return new Mention(1, CountQualifier.EXACT, word.role(), i, wordEnd[after]);
      }
      if (word.value().equals("one") && !(after < size && numberAt(tokens, words, wordEnd, excluded,
          after) != null)) {
        return new Mention(1, CountQualifier.EXACT, word.role(), i, after);
      }
    }
    return null;
  }

  /**
   * The toll that a number after "to" raises: "bringing the death toll to 50", "لترتفع حصيلة القتلى في المدينة
   * إلى أربعين": a toll word up to twelve words back, with no other number or clause punctuation between.
   */
  private static Role raisedToll(List<Token> tokens, Word[] words, int to) {
    for (int j = to - 1; j >= Math.max(0, to - 12); j--) {
      Token token = tokens.get(j);
      if (token.kind() == Token.Kind.NUMBER || is(words[j], Role.NUMBER, null)
          || token.isPunctuation() && !token.normalized().equals(",")) {
        return null;
      }
      if (words[j] != null && isTollKind(words[j].role())) {
        return words[j].role();
      }
    }
    return null;
  }

  /** A person noun in the singular: English plurals match their singular's entry, and are many. */
  private static boolean singularPerson(List<Token> tokens, int[] wordEnd, int person) {
    String last = tokens.get(wordEnd[person] - 1).normalized();
    return !(!Script.isArabic(last) && last.endsWith("s"));
  }

  /** Whether a number, qualifier or vague quantity stands among the three tokens before {@code i}. */
  private static boolean numberBefore(List<Token> tokens, Word[] words, int i) {
    for (int j = Math.max(0, i - 3); j < Math.min(i, tokens.size()); j++) {
      if (tokens.get(j).kind() == Token.Kind.NUMBER || words[j] != null && (words[j].role() == Role.NUMBER
          || words[j].role() == Role.QUALIFIER || words[j].role() == Role.VAGUE || words[j].role() == Role.DUAL)) {
        return true;
      }
    }
    return false;
  }

  /** "no", "أي", "دون" just before: "لم يسجل أي قتيل" counts nobody. */
  private static boolean negated(Word[] words, int i) {
    for (int j = Math.max(0, i - 2); j < i; j++) {
      if (is(words[j], Role.NONE, null)) {
        return true;
      }
    }
    return false;
  }

  /**
   * One toll told in parts, "4 soldiers and 2 civilians were killed", "killed three in X and five in Y",
   * "مقتل جنديين وثلاثة مدنيين": numbers joined by "and", "و" or a comma, with only their nouns or places between
   * them, that count the same thing (or whose count word only one of them has) are one count, their sum.
   */
  private static List<Mention> sumParts(List<Mention> mentions, List<Token> tokens, Word[] words) {
    List<Mention> summed = new ArrayList<>();
    int m = 0;
    while (m < mentions.size()) {
      Mention first = mentions.get(m);
      int value = first.value();
      Role kind = first.kind();
      CountQualifier qualifier = first.qualifier();
      int end = first.end();
      int n = m + 1;
      while (n < mentions.size() && (kind == null || isTollKind(kind))) {
        Mention next = mentions.get(n);
        if (!(kind == null || next.kind() == null || next.kind() == kind)
            || next.kind() != null && !isTollKind(next.kind())
            || !coordinated(tokens, words, end, next.start(), kind == null)
            || isModifier(tokens, next.end()) || isModifier(tokens, end)) {
          break;
        }
        value += next.value();
        kind = kind == null ? next.kind() : kind;
        qualifier = qualifier == CountQualifier.EXACT ? next.qualifier() : qualifier;
        end = next.end();
        n++;
      }
      if (n > m + 1 && isTollKind(kind)) {
        summed.add(new Mention(value, qualifier, kind, first.start(), end));
        m = n;
      } else {
        summed.add(first);
        m++;
      }
    }
    return summed;
  }

  /**
   * Whether the tokens [from, to) join two parts of one toll: a conjunction ("and", a comma, the prefix و) just before
   * the second number, and between the numbers no more than a short noun phrase or place, with no count word, no other
   * punctuation, and no word that starts a clause of its own.
   */
  private static boolean coordinated(List<Token> tokens, Word[] words, int from, int to, boolean commaJoins) {
    if (to - from > 7 || to <= from && !tokens.get(to).proclitic().startsWith("و")) {
      return false;
    }
    // a comma lists parts only before their count word ("Three nurses, 8 pupils and 4 drivers died");
    // after it, "killing 5 people, 2 of them children", it opens an apposition
    boolean conjunction = to > from && (is(words[to - 1], Role.AND, null)
        || commaJoins && tokens.get(to - 1).normalized().equals(","))
        || tokens.get(to).proclitic().startsWith("و");
    if (!conjunction) {
      return false;
    }
    for (int j = from; j < to; j++) {
      Token token = tokens.get(j);
      Role role = words[j] == null ? null : words[j].role();
      if (role != null && role != Role.AND && role != Role.ARTICLE && role != Role.PERSON && role != Role.DUAL) {
        return false;
      }
      if (token.isPunctuation() && !token.normalized().equals(",") || token.normalized().equals("-")) {
        return false;
      }
    }
    return true;
  }

  /** "a 61-year-old", "a 10-day": a number joined by a hyphen to the next word qualifies it and counts nothing. */
  private static boolean isModifier(List<Token> tokens, int after) {
    return after < tokens.size() && tokens.get(after).normalized().equals("-");
  }

  private static boolean isTollKind(Role role) {
    return role == Role.KILLED || role == Role.INJURED;
  }

  /** The start of the lexicon word that ends just before token {@code end}, or -1. */
  private static int wordEndingAt(Word[] words, int[] wordEnd, int end) {
    for (int j = end - 1; j >= Math.max(0, end - 4); j--) {
      if (words[j] != null && wordEnd[j] == end) {
        return j;
      }
    }
    return -1;
  }

  private static boolean is(Word word, Role role, String value) {
    return word != null && word.role() == role && (value == null || word.value().equals(value));
  }

  /**
   * The count word nearest the number: after it ("85 targets", "12 killed") or before it ("مقتل 12", "killing 12");
   * the nearer wins, so that in "مقتل 12 شخصا وإصابة 30" each number takes its own word.
   */
  private static Role kindNear(List<Token> tokens, Word[] words, int[] wordEnd, boolean[] subset, int before,
      int after) {
    int size = tokens.size();
    Role afterKind = null;
    int afterDistance = Integer.MAX_VALUE;
    boolean crossed = false;
    int distance = 0;
    for (int j = after; j < size && distance < WINDOW_PASSIVE; j++) {
      if (subset[j]) {
        continue; // "Six men, including two doctors, died": the toll reads past its subset
      }
      if (words[j] != null && words[j].role() == Role.NUMBER) {
        break;
      }
      crossed |= tokens.get(j).isPunctuation();
      if (words[j] != null && isKind(words[j].role()) && !words[j].value().equals("before")) {
        // a long subject stays with its verb when the verb is passive: "Eleven young army recruits were killed"
        boolean passive = j > 0 && is(words[j - 1], Role.AUXILIARY, null) && !crossed;
        // "85 targets" stand next to their number; a toll may follow a parenthesis ("5, including 3 children, died")
        if ((distance < WINDOW_AFTER || passive) && !(crossed && !isTollKind(words[j].role()))) {
          afterKind = words[j].role();
          // a count word past a comma, or one that opens a clause with و ("قتل 4 وأصيب 7"), belongs to the next
          // clause more often than to this number
          boolean nextClause = crossed || tokens.get(j).proclitic().startsWith("و");
          afterDistance = distance + (nextClause ? 2 : 0);
        }
        break;
      }
      distance++;
    }
    for (int j = before; j >= Math.max(0, before - WINDOW_BEFORE); j--) {
      if (tokens.get(j).isPunctuation() && tokens.get(j).normalized().equals(",")) {
        // "Eight men were killed, six from one village": past a comma the count word is the last clause's, and the
        // number an apposition to its toll
        break;
      }
      if (words[j] != null && isKind(words[j].role()) && !words[j].value().equals("after")) {
        int beforeDistance = before - (wordEnd[j] - 1);
        return beforeDistance < afterDistance ? words[j].role() : afterKind;
      }
    }
    return afterKind;
  }

  /**
   * Tokens that tell a part of a toll already counted, not a toll: from a marker before it ("including three
   * children", "بينهم 3 أطفال") to the next punctuation or count word, or the number before a marker after it
   * ("2 of them children").
   */
  private static boolean[] subsets(List<Token> tokens, Word[] words, int[] wordEnd) {
    int size = tokens.size();
    boolean[] subset = new boolean[size];
    for (int j = 0; j < size; j++) {
      if (!is(words[j], Role.SUBSET, null)) {
        continue;
      }
      int from = j;
      if (words[j].value().equals("after")) {
        from = j - 1;
        while (from > 0 && !tokens.get(from - 1).isPunctuation() && words[from - 1] != null
            && words[from - 1].role() == Role.NUMBER) {
          from--;
        }
        if (from < 0 || !(tokens.get(from).kind() == Token.Kind.NUMBER || is(words[from], Role.NUMBER, null))) {
          continue;
        }
      }
      int to = wordEnd[j];
      while (to < size && to - j < 8 && !tokens.get(to).isPunctuation()
          && !(words[to] != null && isKind(words[to].role()))) {
        to++;
      }
      for (int k = from; k < to; k++) {
        subset[k] = true;
      }
    }
    return subset;
  }

  private static CountQualifier trailingQualifier(Word[] words, int[] wordEnd, int after, int size) {
    for (int j = after; j < Math.min(size, after + 3); j++) {
      if (words[j] != null && words[j].role() == Role.QUALIFIER && words[j].value().equals("AT_LEAST")) {
        return CountQualifier.AT_LEAST;
      }
    }
    return CountQualifier.EXACT;
  }

  private static boolean isKind(Role role) {
    return role == Role.KILLED || role == Role.INJURED || role == Role.TARGETS || role == Role.STRIKES
        || role == Role.MUNITIONS;
  }

  /**
   * A number spelt in words from token {@code i}: its value and end. Parts combine as the grammar of numbers allows:
   * a unit after a ten ("twenty-five"), a teen of unit and ten ("ستة عشر"), a unit joined by و to a ten
   * ("خمسة وعشرون"), hundreds and thousands as multipliers ("three hundred and twenty", "ثلاثة آلاف"). Two units in a
   * row ("اثنين وثلاثة") are two numbers, not one.
   */
  private static int[] numberWords(List<Token> tokens, Word[] words, int[] wordEnd, int i) {
    int size = tokens.size();
    long total = 0;
    long current = Integer.parseInt(words[i].value());
    int end = wordEnd[i];
    int j = end;
    while (j < size) {
      int next = j;
      Token joiner = tokens.get(j);
      boolean joined = false;
      if ((joiner.normalized().equals("and") || joiner.normalized().equals("-")) && j + 1 < size) {
        next = j + 1; // "hundred and five", "twenty-five"
        joined = true;
      }
      Word word = words[next];
      if (word == null || !(word.role() == Role.NUMBER || isMultiplier(word) && !joined)) {
        break;
      }
      int v = Integer.parseInt(word.value());
      long low = current % 100;
      boolean arabicAnd = tokens.get(next).proclitic().startsWith("و");
      boolean fits;
      if (v == 100 || v == 1000) {
        fits = !joined && !arabicAnd && current < v;
      } else if (v < 10) {
        fits = low == 0 && current >= 100 || low >= 20 && low % 10 == 0;
      } else if (v == 10) {
        fits = low >= 1 && low <= 9 && !arabicAnd && !joined; // "ستة عشر"
      } else if (v < 20) {
        fits = low == 0 && current >= 100;
      } else if (v < 100) {
        fits = low == 0 && current >= 100 || low >= 1 && low <= 9 && arabicAnd;
      } else {
        fits = false;
      }
      if (!fits) {
        break;
      }
      if (v == 1000) {
        total += current * 1000;
        current = 0;
      } else if (v == 100) {
        current *= 100;
      } else {
        current += v;
      }
      end = wordEnd[next];
      j = end;
    }
    return new int[] {(int) Math.min(Integer.MAX_VALUE, total + current), end};
  }

  /** "hundred", "thousand", "آلاف", "مئات": a word that multiplies the number before it. */
  private static boolean isMultiplier(Word word) {
    return (word.role() == Role.NUMBER || word.role() == Role.VAGUE)
        && (word.value().equals("100") || word.value().equals("1000"));
  }

  private static Integer parse(String digits) {
    String plain = digits.replace(",", "");
    if (plain.indexOf('.') >= 0 || plain.length() > 7) {
      return null;
    }
    return Integer.parseInt(plain);
  }
}
