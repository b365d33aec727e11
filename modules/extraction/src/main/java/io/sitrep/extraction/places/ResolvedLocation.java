package io.sitrep.extraction.places;

import io.sitrep.model.LocationPrecision;

/**
 * Where an event happened: country, admin1 (English), the place in the article's own words, coordinates, precision,
 * and which gazetteer row and rule gave it.
 */
public record ResolvedLocation(String country, String admin1, String place, Double lat, Double lon,
    LocationPrecision precision, String source, String rule) {}
