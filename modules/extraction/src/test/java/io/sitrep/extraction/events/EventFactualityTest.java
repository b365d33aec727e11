package io.sitrep.extraction.events;

import static org.assertj.core.api.Assertions.assertThat;

import io.sitrep.extraction.factuality.FactualityClassifier;
import io.sitrep.extraction.factuality.FactualityJudgement;
import io.sitrep.extraction.lexicon.Language;
import io.sitrep.extraction.lexicon.SentenceCues;
import io.sitrep.extraction.lexicon.Trigger;
import io.sitrep.extraction.text.PhraseMatch;
import io.sitrep.extraction.text.Sentence;
import io.sitrep.extraction.time.DateResolver;
import io.sitrep.model.Factuality;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The factuality stage on sentences written for it. */
class EventFactualityTest {

  private static final LocalDate PUBLISHED = LocalDate.of(2024, 5, 15);
  private final EventFactuality factuality = new EventFactuality(
      new FactualityClassifier(SentenceFixture.NORMALIZER, SentenceFixture.TOKENIZER));

  /** The judgement of the sentence's trigger whose phrase is {@code trigger}. */
  private FactualityJudgement judge(String text, Language language, String trigger) {
    SentenceFixture fixture = SentenceFixture.of(text, language);
    Sentence sentence = fixture.sentence();
    SentenceCues cues = fixture.cues();
    PhraseMatch<Trigger> match = fixture.trigger(trigger);
    int firstAgreement = fixture.triggers().stream().filter(m -> m.value().type() == io.sitrep.model.EventType.AGREEMENT)
        .mapToInt(PhraseMatch::start).min().orElse(Integer.MAX_VALUE);
    EventDater.Dating dating = EventDater.date(sentence, cues, new DateResolver().find(sentence.tokens(), PUBLISHED),
        match, fixture.clause(match), PUBLISHED);
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
