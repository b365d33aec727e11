package io.sitrep.extraction.actors;

import java.util.List;

/** Who carried out an event and who it was aimed at or agreed with, and the alias and rule that decided the agent. */
public record Roles(String agent, List<String> counterparts, String agentAlias, String rule) {

  public static final String UNKNOWN = "UNKNOWN";
}
