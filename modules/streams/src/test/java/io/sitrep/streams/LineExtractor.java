package io.sitrep.streams;

import io.sitrep.extraction.Extractor;
import io.sitrep.extraction.UnsupportedLanguageException;
import io.sitrep.model.Article;
import io.sitrep.model.CountQualifier;
import io.sitrep.model.DatePrecision;
import io.sitrep.model.EventCodes;
import io.sitrep.model.EventType;
import io.sitrep.model.Evidence;
import io.sitrep.model.Factuality;
import io.sitrep.model.Location;
import io.sitrep.model.LocationPrecision;
import io.sitrep.model.MilitaryEvent;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * Articles for topology tests, and a deliberately simple extractor that emits one event per line containing
 * "strike", so that the tests exercise the topology's plumbing independently of the real rules.
 */
final class LineExtractor {

  private LineExtractor() {}

  static Article article(String id, String text) {
    return Article.newBuilder()
        .setId(id)
        .setText(text)
        .setLanguage("en")
        .setPublished(Instant.parse("2024-03-03T08:00:00Z"))
        .setReceived(Instant.parse("2024-03-03T08:00:01Z"))
        .build();
  }

  static final Extractor LINE_EXTRACTOR = new Extractor() {
    @Override
    public List<MilitaryEvent> extract(Article article) {
      if (!"en".equals(article.getLanguage())) {
        throw new UnsupportedLanguageException(String.valueOf(article.getLanguage()));
      }
      List<MilitaryEvent> events = new ArrayList<>();
      int start = 0;
      for (String line : article.getText().split("\n", -1)) {
        if (line.contains("strike")) {
          events.add(event(article, line, start));
        }
        start += line.length() + 1;
      }
      return events;
    }

    @Override
    public String version() {
      return "test-lines";
    }
  };

  private static MilitaryEvent event(Article article, String line, int start) {
    return MilitaryEvent.newBuilder()
        .setEventId(article.getId() + "@" + start)
        .setArticleId(article.getId())
        .setType(EventType.AIRSTRIKE)
        .setFactuality(Factuality.FACTUAL)
        .setAgent("UNKNOWN")
        .setLocation(Location.newBuilder().setPrecision(LocationPrecision.UNKNOWN).build())
        .setDate(LocalDate.ofInstant(article.getPublished(), ZoneOffset.UTC))
        .setDatePrecision(DatePrecision.ARTICLE)
        .setTargetsHit(1)
        .setTargetsHitQualifier(CountQualifier.EXACT)
        .setEvidence(new Evidence(line, start, start + line.length()))
        .setConfidence(0.5)
        .setLanguage("en")
        .setCodes(EventCodes.newBuilder().setCameo(List.of("195")).setAcledEventType("Explosions/Remote violence").build())
        .setExtractorVersion("test-lines")
        .build();
  }
}
