package io.sitrep.extraction.places;

/** Which rule placed an event, from the most direct evidence to the least; explanations print its description. */
public enum PlaceRule {
  /** the place named nearest the trigger, in its clause or close by in its sentence. */
  NEAREST_PLACE("nearest place"),
  /** one of several places named together ("in Iraq and Syria"): one event per country. */
  COORDINATED_PLACE("coordinated place"),
  /** the country a truce or agreement is of ("هدنة السودان", "Sudan's truce"). */
  COUNTRY_IT_IS_OF("the country it is of"),
  /** "Ukrainian villages": a state's adjective on a place noun. */
  STATE_ADJECTIVE("a place noun qualified by"),
  /** the home country of a target group named in the sentence. */
  HOME_OF_TARGET("home country of the target"),
  /** the home country of the agent group. */
  HOME_OF_AGENT("home country of"),
  /** talks or an agreement in a city of a third country: the agent state, the city being the venue. */
  AGENT_STATE_NOT_VENUE("the agent state (the place named is the venue)"),
  /** the country the article names most. */
  ARTICLE_COUNTRY("the article's main country"),
  /** where the dateline says the report was filed. */
  DATELINE("the dateline"),
  /** a political event with no place: the agent state's own. */
  AGENT_STATE("the agent state"),
  /** "in the town": the place the article named last in that country. */
  PLACE_NAMED_BEFORE("the place named before");

  private final String description;

  PlaceRule(String description) {
    this.description = description;
  }

  public String description() {
    return description;
  }
}
