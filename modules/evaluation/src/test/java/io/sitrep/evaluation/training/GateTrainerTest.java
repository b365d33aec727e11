package io.sitrep.evaluation.training;

import static org.assertj.core.api.Assertions.assertThat;

import io.sitrep.evaluation.Evaluation;
import io.sitrep.evaluation.GoldArticle;
import io.sitrep.evaluation.GoldReader;
import io.sitrep.extraction.RuleBasedExtractor;
import io.sitrep.extraction.lexicon.Language;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Training and cross-validating the gate on the bundled open-licence dev set. */
class GateTrainerTest {

  private static final GateTrainer TRAINER = new GateTrainer(new GateTrainer.Settings(3, 0.5, 3, 0.5, 0));
  private static List<GoldArticle> articles;
  private static List<GateExamples> examples;

  @BeforeAll
  static void read() throws URISyntaxException {
    articles = new GoldReader().read(List.of(resource("dev/open-licence.jsonl"), resource("dev/open-licence-2.jsonl"),
        resource("dev/seed.jsonl")));
    examples = GateExamples.of(articles, RuleBasedExtractor.rulesAlone());
  }

  private static Path resource(String name) throws URISyntaxException {
    return Path.of(GateTrainerTest.class.getClassLoader().getResource(name).toURI());
  }

  @Test
  void labelsEachFactualCandidateByTheScorersMatching() {
    long right = examples.stream().flatMap(e -> e.outcomes().stream()).filter(o -> o == Evaluation.Outcome.RIGHT)
        .count();
    long wrong = examples.stream().flatMap(e -> e.outcomes().stream()).filter(o -> o == Evaluation.Outcome.WRONG)
        .count();
    // the rules' strict scores on this set: more right than wrong, and some of each
    assertThat(right).isGreaterThan(wrong);
    assertThat(wrong).isPositive();
  }

  @Test
  void ranksRightCandidatesAboveWrongOnesOnItsTrainingData() {
    GateTrainer.TrainedGate gate = TRAINER.train(examples, "t");
    double right = 0;
    double wrong = 0;
    int rights = 0;
    int wrongs = 0;
    for (GateExamples article : examples) {
      for (int c = 0; c < article.candidates().size(); c++) {
        double p = gate.model().probability(article.candidates().get(c).features());
        if (article.outcomes().get(c) == Evaluation.Outcome.RIGHT) {
          right += p;
          rights++;
        } else if (article.outcomes().get(c) == Evaluation.Outcome.WRONG) {
          wrong += p;
          wrongs++;
        }
      }
    }
    assertThat(right / rights).isGreaterThan(wrong / wrongs + 0.2);
    assertThat(gate.thresholds()).allSatisfy(t -> assertThat(t.threshold()).isBetween(0.0, 1.0));
  }

  @Test
  void writesTheSameModelFileForTheSameDataAndSettings() {
    GateTraining.Output first = GateTraining.run(articles, List.of("dev"), TRAINER, null, LocalDate.EPOCH);
    GateTraining.Output second = GateTraining.run(articles, List.of("dev"), TRAINER, null, LocalDate.EPOCH);
    assertThat(first.modelFile()).isEqualTo(second.modelFile()).contains("version\tgate-");
    assertThat(first.modelCard()).contains(first.model().version()).contains("| en |").contains("| ar |");
  }

  @Test
  void crossValidatesOnHeldOutPublishersOnly() {
    CrossValidation.Result result = CrossValidation.run(articles, TRAINER, 3, 3);
    assertThat(result.folds()).hasSize(3);
    assertThat(result.folds().stream().mapToInt(CrossValidation.Fold::articles).sum()).isEqualTo(articles.size());
    assertThat(result.format()).contains("mean ± sd").contains("en over");
  }

  @Test
  void gatesOnlyTheLanguagesWhoseHeldOutFoldsItHelped() {
    CrossValidation.Result result = CrossValidation.run(articles, TRAINER, 3, 3);
    GateTraining.Output output = GateTraining.run(articles, List.of("dev"), TRAINER, result, LocalDate.EPOCH);
    for (Language language : Language.values()) {
      boolean helps = result.gateHelps(language.code(), TRAINER.settings().beta());
      assertThat(output.model().threshold(language) == 0.0).as(language.code()).isEqualTo(!helps);
    }
    assertThat(output.modelCard()).contains("## Cross-validation");
  }
}
