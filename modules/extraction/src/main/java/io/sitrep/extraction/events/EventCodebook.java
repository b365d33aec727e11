package io.sitrep.extraction.events;

import io.sitrep.model.EventCodes;
import io.sitrep.model.EventType;
import java.util.List;

/** The CAMEO codes and ACLED event and sub-event types of each event type, as tabled in the event-model spec. */
public final class EventCodebook {

  /** The codes of a type. */
  public EventCodes codes(EventType type) {
    return switch (type) {
      case AIRSTRIKE -> codes(List.of("195"), "Explosions/Remote violence", "Air/drone strike");
      case SHELLING -> codes(List.of("194"), "Explosions/Remote violence", "Shelling/artillery/missile attack");
      case ARMED_CLASH -> codes(List.of("190", "193"), "Battles", "Armed clash");
      case BOMBING -> codes(List.of("183"), "Explosions/Remote violence", "Remote explosive/landmine/IED");
      case GROUND_ASSAULT -> codes(List.of("192", "193"), "Battles", null);
      case ATTACK -> codes(List.of("190", "180"), "Violence against civilians", "Attack");
      case WITHDRAWAL -> codes(List.of("0874", "087"), "Strategic developments", null);
      case WITHDRAWAL_TALKS -> codes(List.of("046"), "Strategic developments", null);
      case AGREEMENT -> codes(List.of("057", "06"), "Strategic developments", "Agreement");
      case CEASEFIRE -> codes(List.of("0871"), "Strategic developments", "Agreement");
      case DEPLOYMENT -> codes(List.of("154", "152"), "Strategic developments", "Headquarters or base established");
    };
  }

  private static EventCodes codes(List<String> cameo, String acledType, String acledSubType) {
    return EventCodes.newBuilder().setCameo(cameo).setAcledEventType(acledType).setAcledSubEventType(acledSubType)
        .build();
  }
}
