package io.sitrep.extraction.places;

import io.sitrep.extraction.lexicon.TsvResource;
import io.sitrep.extraction.lexicon.TsvRow;
import io.sitrep.extraction.text.PhraseIndex;
import io.sitrep.extraction.text.TextNormalizer;
import io.sitrep.extraction.text.Tokenizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Countries, first-level divisions and places from {@code places/countries.tsv}, {@code admin1.tsv} and
 * {@code places.tsv}, indexed by every English and Arabic name. Country demonyms are kept for the actor dictionary.
 */
public final class Gazetteer {

  /** Where the bundled gazetteer files are. */
  public static final String BUNDLED = "/io/sitrep/extraction/places/";

  private final PhraseIndex<GazetteerEntry> names;
  private final PhraseIndex<String> commonWords;
  private final Map<String, GazetteerEntry> countries = new HashMap<>();
  private final Map<String, GazetteerEntry> admin1ByKey = new HashMap<>();
  private final List<Demonym> demonyms = new ArrayList<>();

  /** A word for the people or forces of a country ("Iraqi", "العراقية") or the country's own name. */
  public record Demonym(String country, String word, String source) {}

  /** Reads countries.tsv, admin1.tsv and places.tsv from a classpath directory such as {@link #BUNDLED}. */
  public Gazetteer(TextNormalizer normalizer, Tokenizer tokenizer, String directory) {
    PhraseIndex.Builder<GazetteerEntry> builder = PhraseIndex.builder(normalizer, tokenizer);
    // countries: code name_en aliases_en names_ar demonyms_en demonyms_ar lat lon needs_context
    for (TsvRow row : TsvResource.read(directory + "countries.tsv")) {
      String code = row.field(0).toUpperCase(Locale.ROOT);
      if (code.length() != 2) {
        continue;
      }
      GazetteerEntry entry = new GazetteerEntry(row.source(), PlaceKind.COUNTRY, code, null, row.field(1),
          number(row.field(6)), number(row.field(7)), yes(row.field(8)));
      countries.put(code, entry);
      addNames(builder, entry, row, 1, 2, 3);
      for (int column : new int[] {1, 2, 3, 4, 5}) {
        for (String word : row.alternatives(column)) {
          demonyms.add(new Demonym(code, word, row.source()));
        }
      }
    }
    // admin1: country admin1 aliases_en names_ar lat lon needs_context
    for (TsvRow row : TsvResource.read(directory + "admin1.tsv")) {
      String country = row.field(0).toUpperCase(Locale.ROOT);
      GazetteerEntry entry = new GazetteerEntry(row.source(), PlaceKind.ADMIN1, country, row.field(1), row.field(1),
          number(row.field(4)), number(row.field(5)), yes(row.field(6)));
      admin1ByKey.put(country + "/" + row.field(1).toLowerCase(Locale.ROOT), entry);
      addNames(builder, entry, row, 1, 2, 3);
    }
    // places: country admin1 name_en aliases_en names_ar lat lon kind needs_context
    for (TsvRow row : TsvResource.read(directory + "places.tsv")) {
      String country = row.field(0).toUpperCase(Locale.ROOT);
      GazetteerEntry entry = new GazetteerEntry(row.source(), PlaceKind.PLACE, country, emptyToNull(row.field(1)),
          row.field(2), number(row.field(5)), number(row.field(6)), yes(row.field(8)));
      addNames(builder, entry, row, 2, 3, 4);
    }
    this.names = builder.writtenFormsOnly().build();
    PhraseIndex.Builder<String> common = PhraseIndex.builder(normalizer, tokenizer);
    for (TsvRow row : TsvResource.read("/io/sitrep/extraction/lexicon/common-words.tsv")) {
      common.add(row.field(1), row.field(1));
    }
    this.commonWords = common.writtenFormsOnly().build();
  }

  /** The name index over every entry. */
  public PhraseIndex<GazetteerEntry> names() {
    return names;
  }

  /** Everyday words ("العديد", "many") that are a place only after a locative word, whatever the row says. */
  public PhraseIndex<String> commonWords() {
    return commonWords;
  }

  /** The country entry of an ISO code, if listed. */
  public Optional<GazetteerEntry> country(String code) {
    return Optional.ofNullable(countries.get(code));
  }

  /** The admin1 entry of a country by English name, if listed. */
  public Optional<GazetteerEntry> admin1(String country, String name) {
    return name == null ? Optional.empty()
        : Optional.ofNullable(admin1ByKey.get(country + "/" + name.toLowerCase(Locale.ROOT)));
  }

  /** Every country's names and demonyms in both languages. */
  public List<Demonym> demonyms() {
    return List.copyOf(demonyms);
  }

  private static void addNames(PhraseIndex.Builder<GazetteerEntry> builder, GazetteerEntry entry, TsvRow row,
      int... columns) {
    for (int column : columns) {
      for (String name : row.alternatives(column)) {
        builder.add(name, entry);
      }
    }
  }

  private static Double number(String value) {
    if (value.isEmpty()) {
      return null;
    }
    try {
      return Double.parseDouble(value);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static boolean yes(String value) {
    return value.equalsIgnoreCase("yes") || value.equalsIgnoreCase("true") || value.equals("1");
  }

  private static String emptyToNull(String value) {
    return value.isEmpty() ? null : value;
  }
}
