package io.sitrep.extraction.places;

/** How precise a gazetteer entry is; a more precise mention wins. */
public enum PlaceKind {
  COUNTRY, ADMIN1, PLACE
}
