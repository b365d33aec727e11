package io.sitrep.extraction.events;

import io.sitrep.extraction.factuality.FactualityClassifier;
import io.sitrep.extraction.factuality.FactualityCue;
import io.sitrep.extraction.factuality.FactualityJudgement;
import io.sitrep.extraction.lexicon.Language;
import io.sitrep.extraction.lexicon.SentenceCues;
import io.sitrep.extraction.lexicon.Trigger;
import io.sitrep.extraction.text.PhraseMatch;
import io.sitrep.extraction.text.Token;
import io.sitrep.model.EventType;
import io.sitrep.model.Factuality;
import java.util.List;

/**
 * The factuality stage of reading a trigger: what the cue words of its clause say (factuality/), then what the rest of
 * the sentence says of it. A withdrawal named after an agreement in its sentence is what the agreement provides for,
 * and an act dated in the future is planned.
 */
final class EventFactuality {

  private final FactualityClassifier classifier;

  EventFactuality(FactualityClassifier classifier) {
    this.classifier = classifier;
  }

  /** The sentence's factuality cues, found once and shared by its triggers. */
  List<PhraseMatch<FactualityCue>> cues(List<Token> tokens, Language language) {
    return classifier.cues(tokens, language);
  }

  /**
   * The factuality of a trigger of {@code type}; {@code firstAgreement} is the first token of an agreement trigger in
   * the sentence ({@link Integer#MAX_VALUE} for none).
   */
  FactualityJudgement judge(List<Token> tokens, PhraseMatch<Trigger> match, EventType type,
      List<PhraseMatch<FactualityCue>> factualityCues, SentenceCues cues, Language language, int firstAgreement,
      EventDater.Dating dating) {
    FactualityJudgement judgement = classifier.judge(tokens, match.start(), match.end(), factualityCues, cues, language,
        match.value().voice() != Trigger.Voice.NOUN);
    if (judgement.factuality() != Factuality.FACTUAL) {
      return judgement;
    }
    if (type == EventType.WITHDRAWAL && match.start() > firstAgreement) {
      return new FactualityJudgement(Factuality.PLANNED, "withdrawal provided for by an agreement in the same sentence");
    }
    if (dating.future()) {
      return new FactualityJudgement(Factuality.PLANNED, "future date");
    }
    return judgement;
  }
}
