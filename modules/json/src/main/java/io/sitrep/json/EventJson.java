package io.sitrep.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.sitrep.model.EventCodes;
import io.sitrep.model.Location;
import io.sitrep.model.MilitaryEvent;
import java.util.List;

/** Writes events in the JSON form of the event-model spec; the names are those of the Avro record. */
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

  /** One event as a single JSON line. */
  public String eventLine(MilitaryEvent event) {
    return write(toNode(event));
  }

  /** One event as a JSON tree. */
  public ObjectNode toNode(MilitaryEvent e) {
    ObjectNode node = mapper.createObjectNode();
    node.put("event_id", e.getEventId());
    node.put("article_id", e.getArticleId());
    node.put("type", e.getType().name());
    node.put("factuality", e.getFactuality().name());
    node.put("platform", e.getPlatform() == null ? null : e.getPlatform().name());
    node.put("agent", e.getAgent());
    ArrayNode counterparts = node.putArray("counterparts");
    e.getCounterparts().forEach(counterparts::add);
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
    ArrayNode cameo = node.putArray("cameo");
    c.getCameo().forEach(cameo::add);
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
