package io.sitrep.evaluation.training;

import io.sitrep.evaluation.Evaluation;
import io.sitrep.evaluation.GoldArticle;
import io.sitrep.extraction.RuleBasedExtractor;
import io.sitrep.extraction.lexicon.Language;
import io.sitrep.model.MilitaryEvent;
import java.util.ArrayList;
import java.util.List;

/**
 * The rules' factual candidates of one labelled article, each with its gate features and its strict outcome against
 * the labels: what the precision gate learns from.
 */
public record GateExamples(GoldArticle article, Language language, List<RuleBasedExtractor.GateExample> candidates,
    List<Evaluation.Outcome> outcomes) {

  /** The examples of every article, read by the rules alone. */
  public static List<GateExamples> of(List<GoldArticle> articles, RuleBasedExtractor rulesAlone) {
    List<GateExamples> examples = new ArrayList<>(articles.size());
    for (GoldArticle article : articles) {
      List<RuleBasedExtractor.GateExample> candidates = rulesAlone.gateExamples(article.article());
      List<MilitaryEvent> events = candidates.stream().map(RuleBasedExtractor.GateExample::event).toList();
      Language language = Language.of(events.isEmpty() ? article.language() : events.get(0).getLanguage())
          .orElseThrow(() -> new IllegalArgumentException("article " + article.article().getId()
              + " is in a language without rules: " + article.language()));
      examples.add(new GateExamples(article, language, candidates, Evaluation.outcomes(article, events)));
    }
    return examples;
  }
}
