package io.sitrep.extraction.places;

import io.sitrep.model.LocationPrecision;

/**
 * Where an event happened: country, admin1 (English), the place in the article's own words, coordinates, precision,
 * the gazetteer row that gave it, and the rule, with the words or code the rule went by ({@code detail}, "" for none).
 */
public record ResolvedLocation(String country, String admin1, String place, Double lat, Double lon,
    LocationPrecision precision, String source, PlaceRule rule, String detail) {

  /** The rule in words, for explanations: "home country of the target HOUTHIS". */
  public String ruleText() {
    return detail.isEmpty() ? rule.description() : rule.description() + " " + detail;
  }
}
