package io.sitrep.extraction.places;

/**
 * One gazetteer row: a country, a first-level division or a place, with the country and admin1 it lies in (admin1 in
 * English), coordinates when known, and whether its name is only a place after a locative preposition.
 */
public record GazetteerEntry(String source, PlaceKind kind, String country, String admin1, String name,
    Double lat, Double lon, boolean needsContext) {}
