package io.sitrep.ops.lag;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;

/** Renders a {@link LagReport} as JSON: the same rows as {@link LagTable}, for scripts and dashboards. */
public final class LagJson {

  private final ObjectMapper mapper = new ObjectMapper();

  /** One JSON document: {@code {"takenAt":..., "groups":[{"group":..., "status":..., "partitions":[...]}]}}. */
  public String render(LagReport report) {
    ObjectNode root = mapper.createObjectNode();
    root.put("takenAt", report.takenAt().toString());
    ArrayNode groups = root.putArray("groups");
    for (LagReport.GroupLag group : report.groups()) {
      ObjectNode g = groups.addObject();
      g.put("group", group.group());
      g.put("status", group.status().name());
      g.put("state", group.state());
      g.put("totalLag", group.totalLag());
      g.put("maxLagSeconds", group.maxLagSeconds());
      ArrayNode partitions = g.putArray("partitions");
      for (LagReport.PartitionLag p : group.partitions()) {
        ObjectNode row = partitions.addObject();
        row.put("topic", p.topic());
        row.put("partition", p.partition());
        row.put("committedOffset", p.committedOffset());
        row.put("logEndOffset", p.logEndOffset());
        row.put("lag", p.lag());
        row.put("lagSeconds", p.lagSeconds());
        row.put("lagSecondsEstimated", p.lagSecondsEstimated());
        row.put("commitAgeSeconds", p.commitAgeSeconds());
        row.put("status", p.status().name());
      }
    }
    try {
      return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(root);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
