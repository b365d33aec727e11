package io.sitrep.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.sitrep.model.ClusteredEvent;
import io.sitrep.model.EventCodes;
import io.sitrep.model.Location;
import io.sitrep.model.MilitaryEvent;
import java.util.List;
import java.util.Map;

/** Writes events and clustered events in the JSON form of the event-model spec; the names are those of the Avro records. */
public final class EventJson {

  private final ObjectMapper mapper = new ObjectMapper();

  /** One article's line of {@code sitrep extract} output: {@code {"id": ..., "events": [...]}}. */
  public String articleLine(String articleId, List<MilitaryEvent> events) {
    ObjectNode line = mapper.createObjectNode();
    line.put("id", articleId);
    ArrayNode array = line.putArray("events");
    events.forEach(event -> array.add(toNode(event)));
    return write(line);
  }

  /**
   * One article's line with, beside each event, how it was read: {@code explanations.get(i)} (field → rule) belongs
   * to {@code events.get(i)}.
   */
  public String explainedArticleLine(String articleId, List<MilitaryEvent> events,
      List<Map<String, String>> explanations) {
    ObjectNode line = mapper.createObjectNode();
    line.put("id", articleId);
    ArrayNode array = line.putArray("events");
    for (int i = 0; i < events.size(); i++) {
      ObjectNode event = toNode(events.get(i));
      ObjectNode explanation = event.putObject("explanation");
      explanations.get(i).forEach(explanation::put);
      array.add(event);
    }
    return write(line);
  }

  /** One event as a single JSON line. */
  public String eventLine(MilitaryEvent event) {
    return write(toNode(event));
  }

  /** One event as a JSON tree. */
  public ObjectNode toNode(MilitaryEvent e) {
    ObjectNode node = mapper.createObjectNode();
    node.put("event_id", e.getEventId());
    node.put("article_id", e.getArticleId());
    node.put("article_url", e.getArticleUrl());
    node.put("type", e.getType().name());
    node.put("factuality", e.getFactuality().name());
    node.put("platform", e.getPlatform() == null ? null : e.getPlatform().name());
    node.put("agent", e.getAgent());
    strings(node.putArray("counterparts"), e.getCounterparts());
    node.set("location", location(e.getLocation()));
    node.put("date", e.getDate().toString());
    node.put("date_precision", e.getDatePrecision().name());
    node.put("killed", e.getKilled());
    node.put("killed_qualifier", name(e.getKilledQualifier()));
    node.put("injured", e.getInjured());
    node.put("injured_qualifier", name(e.getInjuredQualifier()));
    node.put("casualties_unspecified", e.getCasualtiesUnspecified());
    node.put("targets_hit", e.getTargetsHit());
    node.put("targets_hit_qualifier", name(e.getTargetsHitQualifier()));
    node.put("strikes", e.getStrikes());
    node.put("strikes_qualifier", name(e.getStrikesQualifier()));
    node.put("munitions", e.getMunitions());
    node.put("munitions_qualifier", name(e.getMunitionsQualifier()));
    ObjectNode evidence = node.putObject("evidence");
    evidence.put("text", e.getEvidence().getText());
    evidence.put("start", e.getEvidence().getStart());
    evidence.put("end", e.getEvidence().getEnd());
    node.put("confidence", e.getConfidence());
    node.put("language", e.getLanguage());
    node.set("codes", codes(e.getCodes()));
    node.put("extractor_version", e.getExtractorVersion());
    return node;
  }

  /** One clustered event as a single JSON line, with the same field names as the Avro record. */
  public String clusterLine(ClusteredEvent c) {
    ObjectNode node = mapper.createObjectNode();
    node.put("cluster_id", c.getClusterId());
    node.put("version", c.getVersion());
    node.put("type", c.getType().name());
    node.put("type_family", c.getTypeFamily());
    node.put("agent", c.getAgent());
    strings(node.putArray("counterparts"), c.getCounterparts());
    node.set("location", location(c.getLocation()));
    node.put("date", c.getDate().toString());
    node.put("date_precision", c.getDatePrecision().name());
    node.put("killed", c.getKilled());
    node.put("killed_qualifier", name(c.getKilledQualifier()));
    node.put("killed_source", c.getKilledSource());
    node.put("injured", c.getInjured());
    node.put("injured_qualifier", name(c.getInjuredQualifier()));
    node.put("injured_source", c.getInjuredSource());
    node.put("casualties_unspecified", c.getCasualtiesUnspecified());
    strings(node.putArray("member_event_ids"), c.getMemberEventIds());
    strings(node.putArray("source_article_ids"), c.getSourceArticleIds());
    strings(node.putArray("source_urls"), c.getSourceUrls());
    strings(node.putArray("languages"), c.getLanguages());
    node.put("num_sources", c.getNumSources());
    node.put("first_seen", c.getFirstSeen().toString());
    node.put("last_seen", c.getLastSeen().toString());
    strings(node.putArray("merged_from"), c.getMergedFrom());
    return write(node);
  }

  private static void strings(ArrayNode array, List<String> values) {
    values.forEach(array::add);
  }

  private ObjectNode location(Location l) {
    ObjectNode node = mapper.createObjectNode();
    node.put("country", l.getCountry());
    node.put("admin1", l.getAdmin1());
    node.put("place", l.getPlace());
    node.put("lat", l.getLat());
    node.put("lon", l.getLon());
    node.put("precision", l.getPrecision().name());
    return node;
  }

  private ObjectNode codes(EventCodes c) {
    ObjectNode node = mapper.createObjectNode();
    strings(node.putArray("cameo"), c.getCameo());
    node.put("acled_event_type", c.getAcledEventType());
    node.put("acled_sub_event_type", c.getAcledSubEventType());
    return node;
  }

  private static String name(Enum<?> value) {
    return value == null ? null : value.name();
  }

  private String write(ObjectNode node) {
    try {
      return mapper.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a tree of plain values always serialises", e);
    }
  }
}
