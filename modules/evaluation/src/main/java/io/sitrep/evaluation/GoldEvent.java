package io.sitrep.evaluation;

import java.util.List;

/** One labelled event in the flat gold form of the event-model spec. */
public record GoldEvent(String type, List<String> altTypes, String agent, String country, String admin1, String place,
    Double lat, Double lon, String date, String datePrecision, Integer killed, boolean casualtiesUnspecified,
    String evidence, boolean optional) {

  /** Whether a predicted type counts as this event's type. */
  public boolean accepts(String predictedType) {
    return type.equals(predictedType) || altTypes.contains(predictedType);
  }
}
