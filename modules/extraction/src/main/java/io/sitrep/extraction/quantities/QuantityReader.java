package io.sitrep.extraction.quantities;

import io.sitrep.extraction.lexicon.Language;
import io.sitrep.extraction.lexicon.TsvResource;
import io.sitrep.extraction.lexicon.TsvRow;
import io.sitrep.extraction.text.PhraseIndex;
import io.sitrep.extraction.text.PhraseMatch;
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
 * the word that says what it counts, before it ("killing", "مقتل") or after it ("targets", "قتلى"). Words are data in
 * {@code lexicon/quantities.tsv} (columns: language, phrase, role, value).
 */
public final class QuantityReader {

  /** What a quantity word is. */
  private enum Role { NUMBER, QUALIFIER, VAGUE, CASUALTIES, KILLED, INJURED, TARGETS, STRIKES, MUNITIONS }

  private record Word(Role role, String value) {}

  private static final int WINDOW_AFTER = 5;
  private static final int WINDOW_BEFORE = 3;

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

  /** The counts of a sentence; tokens in {@code excluded} (dates) are not numbers. */
  public Counts read(List<Token> tokens, Language language, boolean[] excluded) {
    Word[] words = new Word[tokens.size()];
    int[] wordEnd = new int[tokens.size()];
    for (PhraseMatch<Word> match : indexes.get(language).findAll(tokens)) {
      words[match.start()] = match.value();
      wordEnd[match.start()] = match.end();
    }
    List<Count> counts = new ArrayList<>();
    boolean unspecified = false;
    int i = 0;
    while (i < tokens.size()) {
      Integer value = null;
      int end = i + 1;
      if (tokens.get(i).kind() == Token.Kind.NUMBER && !excluded[i]) {
        value = parse(tokens.get(i).normalized());
      } else if (words[i] != null && words[i].role() == Role.NUMBER) {
        value = Integer.parseInt(words[i].value());
        end = wordEnd[i];
        // "ستة عشر", "twenty five": a unit after ten or a ten
        if (end < tokens.size() && words[end] != null && words[end].role() == Role.NUMBER) {
          value += Integer.parseInt(words[end].value());
          end = wordEnd[end];
        }
      } else if (words[i] != null && words[i].role() == Role.VAGUE) {
        Role kind = kindNear(words, wordEnd, i, wordEnd[i], tokens.size());
        if (kind == Role.KILLED || kind == Role.INJURED || kind == Role.CASUALTIES) {
          unspecified = true;
        }
        i = wordEnd[i];
        continue;
      } else if (words[i] != null && (words[i].role() == Role.CASUALTIES || words[i].role() == Role.KILLED
          || words[i].role() == Role.INJURED)) {
        // deaths or injuries mentioned; unspecified unless some number in the sentence counts them
        unspecified = true;
      }
      if (value == null) {
        i++;
        continue;
      }
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
      Role kind = kindNear(words, wordEnd, before, end, tokens.size());
      if (qualifier == CountQualifier.EXACT) {
        qualifier = trailingQualifier(words, wordEnd, end, tokens.size());
      }
      CountKind countKind = switch (kind == null ? Role.NUMBER : kind) {
        case KILLED -> CountKind.KILLED;
        case INJURED -> CountKind.INJURED;
        case TARGETS -> CountKind.TARGETS;
        case STRIKES -> CountKind.STRIKES;
        case MUNITIONS -> CountKind.MUNITIONS;
        default -> null;
      };
      if (countKind != null) {
        counts.add(new Count(countKind, value, qualifier, start, end));
      }
      i = end;
    }
    boolean hasToll = counts.stream().anyMatch(c -> c.kind() == CountKind.KILLED || c.kind() == CountKind.INJURED);
    return new Counts(List.copyOf(counts), unspecified && !hasToll);
  }

  /**
   * The count word nearest the number: after it ("85 targets", "12 killed") or before it ("مقتل 12", "killing 12");
   * the nearer wins, so that in "مقتل 12 شخصا وإصابة 30" each number takes its own word.
   */
  private static Role kindNear(Word[] words, int[] wordEnd, int before, int after, int size) {
    Role afterKind = null;
    int afterDistance = Integer.MAX_VALUE;
    for (int j = after; j < Math.min(size, after + WINDOW_AFTER); j++) {
      if (words[j] != null && words[j].role() == Role.NUMBER) {
        break;
      }
      if (words[j] != null && isKind(words[j].role()) && !words[j].value().equals("before")) {
        afterKind = words[j].role();
        afterDistance = j - after;
        break;
      }
    }
    for (int j = before; j >= Math.max(0, before - WINDOW_BEFORE); j--) {
      if (words[j] != null && isKind(words[j].role()) && !words[j].value().equals("after")) {
        int distance = before - (wordEnd[j] - 1);
        return distance < afterDistance ? words[j].role() : afterKind;
      }
    }
    return afterKind;
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

  private static Integer parse(String digits) {
    String plain = digits.replace(",", "");
    if (plain.indexOf('.') >= 0 || plain.length() > 7) {
      return null;
    }
    return Integer.parseInt(plain);
  }
}
