package io.sitrep.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import io.sitrep.extraction.Extractor;
import io.sitrep.model.Article;
import io.sitrep.model.DatePrecision;
import io.sitrep.model.EventCodes;
import io.sitrep.model.EventType;
import io.sitrep.model.Evidence;
import io.sitrep.model.Factuality;
import io.sitrep.model.Location;
import io.sitrep.model.LocationPrecision;
import io.sitrep.model.MilitaryEvent;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Scoring rules on a fixture: alt types, optional gold, one-to-one matching, only factual predictions, fields. */
class EvaluationTest {

  private static EvaluationReport report;

  /** Answers from a table, as if an extractor had read the fixture articles. */
  private record CannedExtractor(Map<String, List<MilitaryEvent>> answers) implements Extractor {
    @Override
    public List<MilitaryEvent> extract(Article article) {
      return answers.getOrDefault(article.getId(), List.of());
    }

    @Override
    public String version() {
      return "canned";
    }
  }

  private static MilitaryEvent event(EventType type, String country, Factuality factuality, Double lat, Double lon,
      Integer killed) {
    return MilitaryEvent.newBuilder().setEventId("x").setArticleId("x").setType(type).setFactuality(factuality)
        .setAgent("US")
        .setLocation(Location.newBuilder().setCountry(country).setLat(lat).setLon(lon)
            .setPrecision(lat == null ? LocationPrecision.COUNTRY : LocationPrecision.PLACE).build())
        .setDate(LocalDate.of(2024, 5, 15)).setDatePrecision(DatePrecision.DAY).setKilled(killed)
        .setEvidence(Evidence.newBuilder().setText("t").setStart(0).setEnd(1).build()).setConfidence(0.5)
        .setLanguage("en").setCodes(EventCodes.newBuilder().setCameo(List.of()).setAcledEventType("x").build())
        .setExtractorVersion("canned").build();
  }

  @BeforeAll
  static void evaluate() throws URISyntaxException {
    Path gold = Path.of(EvaluationTest.class.getClassLoader().getResource("fixture/gold.jsonl").toURI());
    report = Evaluation.run(List.of(gold), new CannedExtractor(Map.of(
        "a1", List.of(
            event(EventType.AIRSTRIKE, "SY", Factuality.FACTUAL, 35.5, 40.3, 3),   // matches, place within 50 km
            event(EventType.AIRSTRIKE, "SY", Factuality.FACTUAL, null, null, null), // second one: false positive
            event(EventType.ATTACK, "IQ", Factuality.FACTUAL, null, null, null),    // optional gold: neutral
            event(EventType.AIRSTRIKE, "LB", Factuality.FACTUAL, null, null, null), // alt type of the shelling
            event(EventType.BOMBING, "SY", Factuality.PLANNED, null, null, null)),  // not factual: ignored
        "a2", List.of(event(EventType.ATTACK, "SD", Factuality.FACTUAL, null, null, null)))));
  }

  @Test
  void countsAltTypesAsRightAndOptionalGoldAsNeutral() {
    assertThat(report.getStrict()).isEqualTo(new Score(2, 2, 1));
  }

  @Test
  void countsViolentTypesAsOneClassWhenLenient() {
    assertThat(report.getLenient()).isEqualTo(new Score(3, 1, 0));
  }

  @Test
  void scoresEachLanguageAndType() {
    assertThat(report.strict("ar")).isEqualTo(new Score(0, 1, 1));
    assertThat(report.getStrictByType().get("SHELLING")).isEqualTo(new Score(1, 0, 0));
  }

  @Test
  void measuresFieldsOverMatchedEvents() {
    // the Lebanese shelling has no coordinates or admin1 in gold: the same country is the right place
    assertThat(report.getFieldAccuracies().get("place")).isEqualTo(new FieldAccuracy(2, 2));
    assertThat(report.getFieldAccuracies().get("date")).isEqualTo(new FieldAccuracy(1, 2));
    assertThat(report.getFieldAccuracies().get("killed").compared()).isEqualTo(2);
  }

  @Test
  void formatsATableAndListsErrorsOnRequest() {
    assertThat(report.format()).contains("strict", "lenient", "AIRSTRIKE", "field accuracy").doesNotContain("MISS");
    assertThat(report.format(true)).contains("FP", "MISS", "a2");
  }

  @Test
  void binsFactualPredictionsByConfidenceLeavingOptionalMatchesOut() {
    // all canned events have confidence 0.5: four factual predictions but the optional match, two of them right
    EvaluationReport.ReliabilityBin half = report.getReliability().get(5);
    assertThat(half.predicted()).isEqualTo(4);
    assertThat(half.right()).isEqualTo(2);
    assertThat(report.getReliability()).hasSize(10).filteredOn(b -> b.predicted() > 0).hasSize(1);
  }

  @Test
  void measuresDistanceOnTheSphere() {
    assertThat(Evaluation.kilometres(35.336, 40.141, 35.5, 40.3)).isBetween(20.0, 25.0);
  }
}
