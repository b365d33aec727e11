package io.sitrep.evaluation;

import io.sitrep.extraction.Extractor;
import io.sitrep.extraction.lexicon.ViolentTypes;
import io.sitrep.model.EventType;
import io.sitrep.model.Factuality;
import io.sitrep.model.MilitaryEvent;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * Scores an extractor against labelled articles. A FACTUAL prediction matches a gold event of the same country whose
 * type or alt_types contain the predicted type (lenient: any violent type matches any violent type); matching is
 * one-to-one, greedy by field agreement. A prediction matching an optional gold event is neither right nor wrong.
 */
public final class Evaluation {

  private static final double PLACE_TOLERANCE_KM = 50;

  private Evaluation() {}

  /** Runs the extractor over every labelled article of the files and scores it. */
  public static EvaluationReport run(List<Path> goldFiles, Extractor extractor) {
    return run(new GoldReader().read(goldFiles), extractor.version(), article -> extractor.extract(article.article()));
  }

  /** Scores the events predicted for each labelled article; only FACTUAL predictions count. */
  public static EvaluationReport run(List<GoldArticle> articles, String version,
      Function<GoldArticle, List<MilitaryEvent>> predictions) {
    EvaluationReport.Builder report = new EvaluationReport.Builder(version, articles.size());
    for (GoldArticle article : articles) {
      List<MilitaryEvent> predicted = predictions.apply(article).stream()
          .filter(e -> e.getFactuality() == Factuality.FACTUAL).toList();
      score(article, predicted, false, report);
      score(article, predicted, true, report);
    }
    return report.build();
  }

  /** What a factual prediction is worth against an article's labels. */
  public enum Outcome {
    /** it matches a required gold event. */
    RIGHT,
    /** it matches no gold event. */
    WRONG,
    /** it matches an optional gold event: neither right nor wrong. */
    OPTIONAL
  }

  /** The strict outcome of each factual prediction, under the same one-to-one matching as the scores. */
  public static List<Outcome> outcomes(GoldArticle article, List<MilitaryEvent> predicted) {
    int[] goldOfPrediction = match(predicted, article.events(), false);
    List<Outcome> outcomes = new ArrayList<>(predicted.size());
    for (int g : goldOfPrediction) {
      outcomes.add(g < 0 ? Outcome.WRONG : article.events().get(g).optional() ? Outcome.OPTIONAL : Outcome.RIGHT);
    }
    return outcomes;
  }

  private record Pair(int prediction, int gold, int agreement) {}

  private static void score(GoldArticle article, List<MilitaryEvent> predicted, boolean lenient,
      EvaluationReport.Builder report) {
    List<GoldEvent> gold = article.events();
    int[] goldOfPrediction = match(predicted, gold, lenient);
    boolean[] goldTaken = new boolean[gold.size()];
    for (int g : goldOfPrediction) {
      if (g >= 0) {
        goldTaken[g] = true;
      }
    }
    String language = article.language();
    String id = article.article().getId();
    for (int p = 0; p < predicted.size(); p++) {
      MilitaryEvent event = predicted.get(p);
      int g = goldOfPrediction[p];
      if (!lenient && (g < 0 || !gold.get(g).optional())) {
        report.calibration(event.getConfidence(), g >= 0);
      }
      if (g < 0) {
        report.falsePositive(lenient, language, event.getType().name(), new ScoredError(
            ScoredError.Kind.FALSE_POSITIVE, id, language, describe(event), event.getEvidence().getText()));
      } else if (!gold.get(g).optional()) {
        report.truePositive(lenient, language, gold.get(g).type());
        if (!lenient) {
          fields(event, gold.get(g), report);
          String wrong = wrongFields(event, gold.get(g));
          if (!wrong.isEmpty()) {
            report.wrongField(new ScoredError(ScoredError.Kind.WRONG_FIELD, id, language,
                describe(event) + " | gold " + wrong, event.getEvidence().getText()));
          }
        }
      }
    }
    for (int g = 0; g < gold.size(); g++) {
      GoldEvent event = gold.get(g);
      if (!goldTaken[g] && !event.optional()) {
        report.miss(lenient, language, event.type(), new ScoredError(ScoredError.Kind.MISS, id, language,
            describe(event), event.evidence()));
      }
    }
  }

  /** For each prediction the gold event it matches, -1 for none: one-to-one, greedy by field agreement. */
  private static int[] match(List<MilitaryEvent> predicted, List<GoldEvent> gold, boolean lenient) {
    List<Pair> pairs = new ArrayList<>();
    for (int p = 0; p < predicted.size(); p++) {
      for (int g = 0; g < gold.size(); g++) {
        if (compatible(predicted.get(p), gold.get(g), lenient)) {
          pairs.add(new Pair(p, g, agreement(predicted.get(p), gold.get(g))));
        }
      }
    }
    // best agreement first; on a tie, required gold before optional gold
    pairs.sort(Comparator.comparingInt((Pair pair) -> -pair.agreement())
        .thenComparing(pair -> gold.get(pair.gold()).optional()));
    int[] goldOfPrediction = new int[predicted.size()];
    java.util.Arrays.fill(goldOfPrediction, -1);
    boolean[] goldTaken = new boolean[gold.size()];
    for (Pair pair : pairs) {
      if (goldOfPrediction[pair.prediction()] < 0 && !goldTaken[pair.gold()]) {
        goldOfPrediction[pair.prediction()] = pair.gold();
        goldTaken[pair.gold()] = true;
      }
    }
    return goldOfPrediction;
  }

  private static boolean compatible(MilitaryEvent predicted, GoldEvent gold, boolean lenient) {
    if (!Objects.equals(predicted.getLocation().getCountry(), gold.country())) {
      return false;
    }
    String type = predicted.getType().name();
    if (gold.accepts(type)) {
      return true;
    }
    return lenient && ViolentTypes.includes(predicted.getType()) && ViolentTypes.includes(EventType.valueOf(gold.type()));
  }

  private static int agreement(MilitaryEvent predicted, GoldEvent gold) {
    int agreement = 0;
    agreement += dateRight(predicted, gold) ? 1 : 0;
    agreement += placeRight(predicted, gold) ? 1 : 0;
    agreement += predicted.getAgent().equals(gold.agent()) ? 1 : 0;
    agreement += Objects.equals(predicted.getKilled(), gold.killed()) ? 1 : 0;
    agreement += gold.type().equals(predicted.getType().name()) ? 1 : 0;
    return agreement;
  }

  private static void fields(MilitaryEvent predicted, GoldEvent gold, EvaluationReport.Builder report) {
    report.field("date", dateRight(predicted, gold));
    report.field("place", placeRight(predicted, gold));
    report.field("agent", predicted.getAgent().equals(gold.agent()));
    report.field("killed", Objects.equals(predicted.getKilled(), gold.killed()));
  }

  private static String wrongFields(MilitaryEvent predicted, GoldEvent gold) {
    StringBuilder wrong = new StringBuilder();
    if (!dateRight(predicted, gold)) {
      wrong.append(" date=").append(gold.date());
    }
    if (!placeRight(predicted, gold)) {
      wrong.append(" place=").append(gold.place()).append('/').append(gold.admin1());
    }
    if (!predicted.getAgent().equals(gold.agent())) {
      wrong.append(" agent=").append(gold.agent());
    }
    if (!Objects.equals(predicted.getKilled(), gold.killed())) {
      wrong.append(" killed=").append(gold.killed());
    }
    return wrong.toString().strip();
  }

  private static boolean dateRight(MilitaryEvent predicted, GoldEvent gold) {
    return gold.date() != null && gold.date().equals(predicted.getDate().toString());
  }

  /** Within 50 km when both have coordinates; else the same admin1 when gold names one; else the same country. */
  static boolean placeRight(MilitaryEvent predicted, GoldEvent gold) {
    var location = predicted.getLocation();
    if (gold.lat() != null && gold.lon() != null && location.getLat() != null && location.getLon() != null
        && location.getPrecision() != io.sitrep.model.LocationPrecision.COUNTRY) {
      return kilometres(gold.lat(), gold.lon(), location.getLat(), location.getLon()) <= PLACE_TOLERANCE_KM;
    }
    if (gold.admin1() != null) {
      return gold.admin1().equalsIgnoreCase(String.valueOf(location.getAdmin1()));
    }
    return Objects.equals(gold.country(), location.getCountry());
  }

  static double kilometres(double lat1, double lon1, double lat2, double lon2) {
    double dLat = Math.toRadians(lat2 - lat1);
    double dLon = Math.toRadians(lon2 - lon1);
    double a = Math.sin(dLat / 2) * Math.sin(dLat / 2) + Math.cos(Math.toRadians(lat1))
        * Math.cos(Math.toRadians(lat2)) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
    return 6371.0 * 2 * Math.atan2(Math.sqrt(a), Math.sqrt(1 - a));
  }

  private static String describe(MilitaryEvent e) {
    return e.getType() + " " + e.getLocation().getCountry() + " " + e.getDate() + " agent=" + e.getAgent()
        + (e.getLocation().getPlace() == null ? "" : " place=" + e.getLocation().getPlace());
  }

  private static String describe(GoldEvent e) {
    return e.type() + " " + e.country() + " " + e.date() + " agent=" + e.agent()
        + (e.place() == null ? "" : " place=" + e.place());
  }
}
