package io.sitrep.extraction.factuality;

import io.sitrep.model.Factuality;

/** The factuality of one trigger and the cue that decided it (null when none: factual). */
public record FactualityJudgement(Factuality factuality, String cue) {

  public static final FactualityJudgement FACTUAL = new FactualityJudgement(Factuality.FACTUAL, null);
}
