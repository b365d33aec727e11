package io.sitrep.extraction.factuality;

import io.sitrep.extraction.lexicon.Clause;
import io.sitrep.extraction.lexicon.Language;
import io.sitrep.extraction.lexicon.SentenceCues;
import io.sitrep.extraction.lexicon.TsvResource;
import io.sitrep.extraction.lexicon.TsvRow;
import io.sitrep.extraction.text.PhraseIndex;
import io.sitrep.extraction.text.PhraseMatch;
import io.sitrep.extraction.text.TextNormalizer;
import io.sitrep.extraction.text.Token;
import io.sitrep.extraction.text.Tokenizer;
import io.sitrep.model.Factuality;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Decides whether a trigger states a fact, a plan, a hypothesis or a denial, from cue words in the clause that
 * governs it ({@code lexicon/factuality.tsv}: language, phrase, factuality, scope, window) and the Arabic future
 * prefix سـ on a verb next to the trigger. A clause ends at a comma, semicolon, colon or a word like "but"/"لكن";
 * conditionals ("if", "في حال") reach to the end of the sentence, and marks of a sentence that states no act (a photo
 * caption's "as seen from") govern it whole.
 */
public final class FactualityClassifier {

  /** Words that start with سي/ست/سن/سا but are not future verbs. */
  private static final Set<String> NOT_FUTURE = Set.of(
      "سياره", "سيارات", "سياسي", "سياسيه", "سياسه", "سيطره", "سيطر", "سيطرت", "سته", "ستين", "سنه", "سنوات",
      "سنوي", "سنويه", "سيناء", "سيول", "سيف", "ستار", "سنتكوم", "سياق", "سيادي", "سيادة", "سياده", "سيد", "سيده",
      "ساحه", "ساعه", "ساعات", "سابق", "سابقا", "سابقه", "ساحل", "ساحليه", "سامراء", "سانا", "سنجار", "سيدي",
      "سنغافوره", "سيبيريا", "سيناتور");

  private final Map<Language, PhraseIndex<FactualityCue>> indexes = new EnumMap<>(Language.class);

  public FactualityClassifier(TextNormalizer normalizer, Tokenizer tokenizer) {
    Map<Language, PhraseIndex.Builder<FactualityCue>> builders = new EnumMap<>(Language.class);
    for (Language language : Language.values()) {
      builders.put(language, PhraseIndex.builder(normalizer, tokenizer));
    }
    for (TsvRow row : TsvResource.read("/io/sitrep/extraction/lexicon/factuality.tsv")) {
      Language language = Language.of(row.field(0))
          .orElseThrow(() -> new IllegalStateException("bad language in " + row.source()));
      FactualityCue cue = new FactualityCue(row.source(), row.field(1),
          Factuality.valueOf(row.field(2).toUpperCase(Locale.ROOT)),
          FactualityCue.Scope.valueOf(row.field(3).toUpperCase(Locale.ROOT)),
          row.field(4).isEmpty() ? 6 : Integer.parseInt(row.field(4)));
      builders.get(language).add(row.field(1), cue);
    }
    builders.forEach((language, builder) -> indexes.put(language, builder.build()));
  }

  /** The cues of a sentence, found once and shared by its triggers. */
  public List<PhraseMatch<FactualityCue>> cues(List<Token> tokens, Language language) {
    return indexes.get(language).findOverlapping(tokens);
  }

  /** The factuality of the trigger over tokens [start, end). */
  public FactualityJudgement judge(List<Token> tokens, int start, int end, List<PhraseMatch<FactualityCue>> cues,
      SentenceCues context, Language language, boolean verbTrigger) {
    Clause clause = Clause.around(tokens, context, start, end);
    int clauseStart = clause.start();
    int clauseEnd = clause.end();
    FactualityJudgement best = null;
    for (PhraseMatch<FactualityCue> match : cues) {
      FactualityCue cue = match.value();
      boolean applies = switch (cue.scope()) {
        case BEFORE -> match.end() <= start && match.start() >= clauseStart && start - match.end() < cue.window();
        case AFTER -> match.start() >= end && match.end() <= clauseEnd && match.start() - end < cue.window();
        case BOTH -> match.end() <= start && match.start() >= clauseStart && start - match.end() < cue.window()
            || match.start() >= end && match.end() <= clauseEnd && match.start() - end < cue.window();
        case SENTENCE -> match.end() <= start && start - match.end() < cue.window();
        case ANYWHERE -> match.end() <= start && start - match.end() < cue.window()
            || match.start() >= end && match.start() - end < cue.window();
        case VERB_BEFORE -> verbTrigger && match.end() <= start && match.start() >= clauseStart
            && start - match.end() < cue.window();
      };
      if (match.start() < end && match.end() > start) {
        applies = false;
      }
      if (applies && (best == null || rank(cue.factuality()) > rank(best.factuality()))) {
        best = new FactualityJudgement(cue.factuality(), cue.source() + " \"" + cue.phrase() + "\"");
      }
    }
    if (best == null && language == Language.AR) {
      best = arabicFuture(tokens, start, end, clauseStart, clauseEnd);
    }
    return best == null ? FactualityJudgement.FACTUAL : best;
  }

  /** A verb with the future prefix سـ governing the trigger: the trigger itself, or a word right before or after it. */
  private static FactualityJudgement arabicFuture(List<Token> tokens, int start, int end, int clauseStart,
      int clauseEnd) {
    for (int i = Math.max(clauseStart, start - 3); i < Math.min(clauseEnd, end + 2); i++) {
      Token token = tokens.get(i);
      if (token.isWord() && isFutureVerb(token)) {
        return new FactualityJudgement(Factuality.PLANNED, "future prefix \"" + token.normalized() + "\"");
      }
    }
    return null;
  }

  private static boolean isFutureVerb(Token token) {
    String word = token.forms().size() > 1 && !token.proclitic().isEmpty() ? token.forms().get(1) : token.normalized();
    if (word.length() < 5 || word.charAt(0) != 'س') {
      return false;
    }
    char person = word.charAt(1);
    if (person != 'ي' && person != 'ت' && person != 'ن' && person != 'ا') {
      return false;
    }
    return !NOT_FUTURE.contains(word) && !NOT_FUTURE.contains(token.stem());
  }

  private static int rank(Factuality factuality) {
    return switch (factuality) {
      case NEGATED -> 3;
      case HYPOTHETICAL -> 2;
      case PLANNED -> 1;
      case FACTUAL -> 0;
    };
  }
}
