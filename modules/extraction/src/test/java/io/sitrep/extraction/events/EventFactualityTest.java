package io.sitrep.extraction.events;

import static org.assertj.core.api.Assertions.assertThat;

import io.sitrep.extraction.factuality.FactualityClassifier;
import io.sitrep.extraction.factuality.FactualityJudgement;
import io.sitrep.extraction.lexicon.Clause;
import io.sitrep.extraction.lexicon.CueLexicon;
import io.sitrep.extraction.lexicon.Language;
import io.sitrep.extraction.lexicon.SentenceCues;
import io.sitrep.extraction.lexicon.Trigger;
import io.sitrep.extraction.lexicon.TriggerLexicon;
import io.sitrep.extraction.text.PhraseMatch;
import io.sitrep.extraction.text.Sentence;
import io.sitrep.extraction.text.SentenceSplitter;
import io.sitrep.extraction.text.TextAnalyzer;
import io.sitrep.extraction.text.TextNormalizer;
import io.sitrep.extraction.text.Tokenizer;
import io.sitrep.extraction.time.DateResolver;
import io.sitrep.model.Factuality;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The factuality stage on sentences written for it. */
class EventFactualityTest {

  private static final TextNormalizer NORMALIZER = new TextNormalizer();
  private static final Tokenizer TOKENIZER = new Tokenizer();
  private static final TextAnalyzer ANALYZER = new TextAnalyzer(NORMALIZER, TOKENIZER, new SentenceSplitter());
  private static final TriggerLexicon TRIGGERS = new TriggerLexicon(NORMALIZER, TOKENIZER);
  private static final CueLexicon CUES = new CueLexicon(NORMALIZER, TOKENIZER);
  private static final LocalDate PUBLISHED = LocalDate.of(2024, 5, 15);
  private final EventFactuality factuality = new EventFactuality(new FactualityClassifier(NORMALIZER, TOKENIZER));

  /** The judgement of the sentence's trigger whose phrase is {@code trigger}. */
  private FactualityJudgement judge(String text, Language language, String trigger) {
    Sentence sentence = ANALYZER.sentences(text).get(0);
    SentenceCues cues = new SentenceCues(CUES.cues(language).findOverlapping(sentence.tokens()),
        sentence.tokens().size());
    List<PhraseMatch<Trigger>> matches = TRIGGERS.triggers(language).findAll(sentence.tokens());
    PhraseMatch<Trigger> match = matches.stream().filter(m -> m.value().phrase().equals(trigger)).findFirst()
        .orElseThrow();
    int firstAgreement = matches.stream().filter(m -> m.value().type() == io.sitrep.model.EventType.AGREEMENT)
        .mapToInt(PhraseMatch::start).min().orElse(Integer.MAX_VALUE);
    Clause clause = Clause.around(sentence.tokens(), cues, match.start(), match.end());
    EventDater.Dating dating = EventDater.date(sentence, cues, new DateResolver().find(sentence.tokens(), PUBLISHED),
        match, clause, PUBLISHED);
    return factuality.judge(sentence.tokens(), match, match.value().type(),
        factuality.cues(sentence.tokens(), language), cues, language, firstAgreement, dating);
  }

  @Test
  void readsAPlainReportAsFactual() {
    FactualityJudgement judgement = judge("Troops withdrew from the base on Monday.", Language.EN, "withdrew");
    assertThat(judgement.factuality()).isEqualTo(Factuality.FACTUAL);
    assertThat(judgement.cue()).isNull();
  }

  @Test
  void readsAWithdrawalThatAnAgreementProvidesForAsPlanned() {
    FactualityJudgement judgement = judge("The two governments signed a security agreement on the withdrawal of "
        + "troops.", Language.EN, "withdrawal");
    assertThat(judgement.factuality()).isEqualTo(Factuality.PLANNED);
    assertThat(judgement.cue()).contains("agreement");
  }

  @Test
  void readsAnActDatedInTheFutureAsPlanned() {
    assertThat(judge("انسحبت القوات من القاعدة الشهر المقبل.", Language.AR, "انسحبت").factuality())
        .isEqualTo(Factuality.PLANNED);
  }
}
