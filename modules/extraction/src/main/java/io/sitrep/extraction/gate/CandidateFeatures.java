package io.sitrep.extraction.gate;

import io.sitrep.extraction.events.EventCandidate;
import io.sitrep.extraction.lexicon.CueClass;
import io.sitrep.extraction.lexicon.Language;
import io.sitrep.extraction.lexicon.SentenceCues;
import io.sitrep.extraction.lexicon.TsvResource;
import io.sitrep.extraction.lexicon.TsvRow;
import io.sitrep.extraction.lexicon.ViolentTypes;
import io.sitrep.extraction.quantities.CountKind;
import io.sitrep.extraction.text.PhraseIndex;
import io.sitrep.extraction.text.PhraseMatch;
import io.sitrep.extraction.text.Sentence;
import io.sitrep.extraction.text.TextNormalizer;
import io.sitrep.extraction.text.Token;
import io.sitrep.extraction.text.Tokenizer;
import io.sitrep.model.Factuality;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The features of one candidate event that the precision gate weighs: what the rules found (trigger, type, roles,
 * place, date, counts and which rule gave them), where its sentence stands in the article (headline, lede, later
 * paragraph, quote), words that mark habitual, historical, generic or negated statements, and hashed words, word pairs
 * and character n-grams of the sentence and of the words around the trigger. Every feature but the text n-grams is
 * also emitted joined to the language, so that one model learns what holds in both languages and what in one.
 */
final class CandidateFeatures {

  /** Window of words around the trigger whose words and character n-grams count apart from the sentence's. */
  private static final int WINDOW = 4;
  private static final int CHAR_GRAM = 4;

  /** The classes of the sentence reader's cue words that the gate weighs too. */
  private static final List<CueClass> SENTENCE_CUES = List.of(CueClass.REPORTING, CueClass.TODAY, CueClass.ANAPHOR,
      CueClass.LAUNCH, CueClass.PASSIVE_MARKER, CueClass.CASUALTIES);

  private final int dimensions;
  private final Map<Language, PhraseIndex<GateCue>> gateCues = new EnumMap<>(Language.class);

  CandidateFeatures(int dimensions, TextNormalizer normalizer, Tokenizer tokenizer) {
    this.dimensions = dimensions;
    Map<Language, PhraseIndex.Builder<GateCue>> builders = new EnumMap<>(Language.class);
    for (Language language : Language.values()) {
      builders.put(language, PhraseIndex.builder(normalizer, tokenizer));
    }
    for (TsvRow row : TsvResource.read("/io/sitrep/extraction/lexicon/gate-cues.tsv")) {
      Language language = Language.of(row.field(0))
          .orElseThrow(() -> new IllegalStateException("bad language in " + row.source()));
      GateCue cue;
      try {
        cue = GateCue.valueOf(row.field(1).toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new IllegalStateException("bad gate cue class in " + row.source(), e);
      }
      builders.get(language).add(row.field(2), cue);
    }
    builders.forEach((language, builder) -> gateCues.put(language, builder.build()));
  }

  /** What the gate knows of an article: its text's layout, language, year and all its candidates. */
  record ArticleContext(ArticleLayout layout, Language language, int publishedYear, List<EventCandidate> candidates) {}

  FeatureVector features(EventCandidate candidate, ArticleContext article) {
    Features f = new Features(article.language());
    ruleFeatures(candidate, f);
    articleFeatures(candidate, article, f);
    Sentence sentence = candidate.trigger().sentence();
    List<Token> tokens = sentence.tokens();
    int triggerStart = candidate.trigger().start();
    int triggerEnd = candidate.trigger().end();
    cueFeatures(tokens, candidate.trigger().cues(), triggerStart, triggerEnd, article.language(), f);
    positionFeatures(sentence, triggerStart, article, f);
    textFeatures(tokens, triggerStart, triggerEnd, article.publishedYear(), f);
    return f.vector.build();
  }

  private static void ruleFeatures(EventCandidate c, Features f) {
    String type = c.type().name();
    f.add("type=" + type);
    f.add("violent=" + ViolentTypes.includes(c.type()));
    f.add("trigger=" + type + ":" + c.trigger().trigger().phrase());
    f.add("voice=" + c.trigger().trigger().voice());
    f.add("weight=" + Math.round(c.trigger().trigger().weight() * 10));
    f.add("type-voice=" + type + ":" + c.trigger().trigger().voice());
    f.add("platform=" + c.platform());
    f.add("agent=" + c.agent());
    f.add("agent-known=" + !c.agent().equals("UNKNOWN"));
    f.add("type-agent-known=" + type + ":" + !c.agent().equals("UNKNOWN"));
    f.add("counterparts=" + Math.min(2, c.counterparts().size()));
    f.add("place=" + c.location().precision());
    f.add("place-rule=" + c.location().rule());
    f.add("type-place=" + type + ":" + c.location().precision());
    f.add("date=" + c.datePrecision());
    f.add("type-date=" + type + ":" + c.datePrecision());
    boolean killed = c.counts().first(CountKind.KILLED).isPresent();
    boolean injured = c.counts().first(CountKind.INJURED).isPresent();
    f.add("killed=" + killed);
    f.add("injured=" + injured);
    f.add("casualties-unspecified=" + c.counts().casualtiesUnspecified());
    f.add("type-toll=" + type + ":" + (killed || injured || c.counts().casualtiesUnspecified()));
    f.add("anaphoric=" + c.anaphoric());
    f.add("mentions=" + Math.min(3, c.mentions()));
    f.add("confidence=" + Math.round(c.confidence() * 10));
  }


  private static void articleFeatures(EventCandidate c, ArticleContext article, Features f) {
    int sameType = 0;
    int factual = 0;
    for (EventCandidate other : article.candidates()) {
      sameType += other.type() == c.type() ? 1 : 0;
      factual += other.factuality() == Factuality.FACTUAL ? 1 : 0;
    }
    f.add("article-events=" + bucket(factual, 1, 2, 3, 5, 8));
    f.add("article-same-type=" + bucket(sameType, 1, 2, 3));
  }

  private void cueFeatures(List<Token> tokens, SentenceCues cues, int triggerStart, int triggerEnd, Language language,
      Features f) {
    for (PhraseMatch<GateCue> cue : gateCues.get(language).findOverlapping(tokens)) {
      f.add("cue=" + cue.value());
      int distance = cue.end() <= triggerStart ? triggerStart - cue.end() : cue.start() - triggerEnd;
      if (distance <= WINDOW) {
        f.add("cue-near=" + cue.value() + (cue.end() <= triggerStart ? ":before" : ":after"));
      }
    }
    for (CueClass cueClass : SENTENCE_CUES) {
      for (PhraseMatch<CueClass> cue : cues.of(cueClass)) {
        f.add("cue=" + cueClass);
        if (cue.end() <= triggerStart && triggerStart - cue.end() <= 2
            || cue.start() >= triggerEnd && cue.start() - triggerEnd <= 2) {
          f.add("cue-near=" + cueClass);
        }
      }
    }
  }

  private static void positionFeatures(Sentence sentence, int triggerStart, ArticleContext article, Features f) {
    ArticleLayout layout = article.layout();
    int line = layout.line(sentence.start());
    int paragraph = layout.paragraph(sentence.start());
    f.add("sentence=" + bucket(sentence.index(), 0, 1, 2, 3, 5, 8, 12));
    f.add("line=" + bucket(line, 0, 1, 2, 4, 8));
    f.add("paragraph=" + bucket(paragraph, 0, 1, 2, 3, 5, 8));
    f.add("share=" + (int) Math.min(4, layout.share(sentence.start()) * 5));
    String text = sentence.text().strip();
    char last = text.isEmpty() ? ' ' : text.charAt(text.length() - 1);
    boolean terminated = last == '.' || last == '!' || last == '?' || last == '"' || last == '”' || last == '»';
    f.add("terminated=" + terminated);
    f.add("headline=" + (line == 0 && !terminated));
    int quotesBefore = 0;
    int quotes = 0;
    int triggerOffset = sentence.tokens().get(triggerStart).start() - sentence.start();
    for (int i = 0; i < sentence.text().length(); i++) {
      char c = sentence.text().charAt(i);
      if (c == '"' || c == '“' || c == '”' || c == '«' || c == '»') {
        quotes++;
        quotesBefore += i < triggerOffset ? 1 : 0;
      }
    }
    f.add("quoted=" + (quotes > 0));
    f.add("inside-quote=" + (quotesBefore % 2 == 1));
    f.add("length=" + bucket(sentence.tokens().size(), 8, 15, 25, 40, 60));
  }

  private void textFeatures(List<Token> tokens, int triggerStart, int triggerEnd, int publishedYear, Features f) {
    String previous = "<s>";
    boolean otherYear = false;
    boolean number = false;
    for (int i = 0; i < tokens.size(); i++) {
      Token token = tokens.get(i);
      if (token.kind() == Token.Kind.NUMBER) {
        number = true;
        String digits = token.normalized();
        if (digits.length() == 4 && (digits.startsWith("19") || digits.startsWith("20"))
            && !digits.equals(Integer.toString(publishedYear))) {
          otherYear = true;
        }
      }
      if (token.isPunctuation()) {
        previous = "<p>";
        continue;
      }
      String word = token.kind() == Token.Kind.NUMBER ? "<n>" : token.stem();
      f.addText("w=", word);
      f.addText("b=", previous, "_", word);
      previous = word;
      boolean inWindow = i >= triggerStart - WINDOW && i < triggerEnd + WINDOW && (i < triggerStart || i >= triggerEnd);
      if (inWindow) {
        String side = i < triggerStart ? "<" : ">";
        f.addText("win", side, word);
        String padded = "_" + word + "_";
        for (int g = 0; g + CHAR_GRAM <= padded.length(); g++) {
          f.addCharGram(side, padded, g);
        }
      }
    }
    f.add("other-year=" + otherYear);
    f.add("number=" + number);
  }

  /** The first of the bounds that the value does not exceed, or "more" past the last. */
  private static String bucket(int value, int... bounds) {
    for (int bound : bounds) {
      if (value <= bound) {
        return Integer.toString(bound);
      }
    }
    return "more";
  }

  /** Feature names of one candidate, each joined to the language as well, hashed as they come. */
  private final class Features {
    private final FeatureVector.Builder vector = new FeatureVector.Builder(dimensions);
    private final String language;

    Features(Language language) {
      this.language = language.code() + "|";
    }

    void add(String name) {
      vector.add(name);
      vector.add(language + name);
    }

    /** The character n-gram of {@code word} at {@code from}, on one side of the trigger. */
    void addCharGram(String side, String word, int from) {
      vector.add("c", side, word, from, from + CHAR_GRAM);
    }

    /** Words are of one language already: the parts of the name are hashed, never joined. */
    void addText(String... parts) {
      vector.add(parts);
    }
  }
}
