package io.sitrep.extraction.events;

import io.sitrep.extraction.actors.Roles;
import io.sitrep.extraction.lexicon.ViolentTypes;
import io.sitrep.extraction.quantities.Count;
import io.sitrep.extraction.quantities.Counts;
import io.sitrep.model.DatePrecision;
import io.sitrep.model.EventType;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Merges mentions of the same act in one article: same type (or a vague attack told elsewhere with its mode), country
 * and factuality, compatible agents (equal, or one unknown; any for the many-party political types), and compatible
 * dates (equal, one without a date of its own, or a day within a month the other names). The first mention's
 * evidence is kept; the more precise date, place and type win.
 */
public final class EventMerger {

  /** The events of an article with repeated mentions merged, in order of first mention. */
  public List<EventCandidate> merge(List<EventCandidate> candidates) {
    List<EventCandidate> merged = new ArrayList<>();
    for (EventCandidate candidate : candidates) {
      int match = -1;
      for (int i = 0; i < merged.size() && match < 0; i++) {
        if (sameAct(merged.get(i), candidate)) {
          match = i;
        }
      }
      if (match < 0) {
        merged.add(candidate);
      } else {
        merged.set(match, combine(merged.get(match), candidate));
      }
    }
    return merged;
  }

  /** The event with the counts a later definite mention adds ("killed in the attack"), its own counts kept. */
  public EventCandidate withCountsOf(EventCandidate event, EventCandidate mention) {
    return new EventCandidate(event.type(), event.factuality(), event.platform(), event.agent(), event.counterparts(),
        event.location(), event.date(), event.datePrecision(), combine(event.counts(), mention.counts()),
        event.trigger(), event.mentions() + 1, event.confidence(), event.anaphoric(), event.provenance());
  }

  private static boolean sameAct(EventCandidate a, EventCandidate b) {
    if (!sameKind(a, b) || a.factuality() != b.factuality()
        || !a.location().country().equals(b.location().country())) {
      return false;
    }
    // talks, agreements and ceasefires have several parties: who is named first varies between mentions
    boolean agentsCompatible = a.agent().equals(b.agent()) || a.agent().equals(Roles.UNKNOWN)
        || b.agent().equals(Roles.UNKNOWN) || !ViolentTypes.includes(a.type());
    return agentsCompatible && datesCompatible(a, b);
  }

  /** The same type, or a vague attack and a specific violent type, which is the attack told more precisely. */
  private static boolean sameKind(EventCandidate a, EventCandidate b) {
    if (a.type() == b.type()) {
      return true;
    }
    boolean aVague = a.type() == EventType.ATTACK && ViolentTypes.includes(b.type());
    boolean bVague = b.type() == EventType.ATTACK && ViolentTypes.includes(a.type());
    return (aVague || bVague)
        && (a.datePrecision() == DatePrecision.ARTICLE || b.datePrecision() == DatePrecision.ARTICLE);
  }

  /** Equal dates, one without a date of its own, or a day inside a month or year that the other names. */
  private static boolean datesCompatible(EventCandidate a, EventCandidate b) {
    if (a.datePrecision() == DatePrecision.ARTICLE || b.datePrecision() == DatePrecision.ARTICLE) {
      return true;
    }
    if (a.date().equals(b.date()) && a.datePrecision() == b.datePrecision()) {
      return true;
    }
    return within(a, b) || within(b, a);
  }

  private static boolean within(EventCandidate precise, EventCandidate coarse) {
    return switch (coarse.datePrecision()) {
      case MONTH -> precise.datePrecision() == DatePrecision.DAY
          && precise.date().withDayOfMonth(1).equals(coarse.date());
      case YEAR -> precise.date().getYear() == coarse.date().getYear();
      default -> false;
    };
  }

  private static EventCandidate combine(EventCandidate first, EventCandidate later) {
    boolean laterDated = later.datePrecision() != DatePrecision.ARTICLE
        && (first.datePrecision() == DatePrecision.ARTICLE
            || later.datePrecision().ordinal() < first.datePrecision().ordinal());
    EventType type = first.type() == EventType.ATTACK ? later.type() : first.type();
    Set<String> counterparts = new LinkedHashSet<>(first.counterparts());
    counterparts.addAll(later.counterparts());
    String agent = first.agent().equals(Roles.UNKNOWN) ? later.agent() : first.agent();
    counterparts.remove(agent);
    boolean laterMorePrecise = later.location().precision().ordinal() < first.location().precision().ordinal();
    return new EventCandidate(type, first.factuality(),
        first.platform() == null || first.platform() == io.sitrep.model.Platform.UNKNOWN ? later.platform() : first.platform(),
        agent, List.copyOf(counterparts),
        laterMorePrecise ? later.location() : first.location(),
        laterDated ? later.date() : first.date(),
        laterDated ? later.datePrecision() : first.datePrecision(),
        combine(first.counts(), later.counts()),
        first.trigger(), first.mentions() + later.mentions(),
        Math.min(0.95, Math.max(first.confidence(), later.confidence()) + 0.03), first.anaphoric(),
        // the first mention's trigger stands for all: concatenating every mention would grow without bound
        new EventCandidate.Provenance(first.provenance().trigger(),
            first.agent().equals(Roles.UNKNOWN) ? later.provenance().agent() : first.provenance().agent(),
            laterMorePrecise ? later.provenance().place() : first.provenance().place(),
            laterDated ? later.provenance().date() : first.provenance().date(),
            first.provenance().factuality()));
  }

  private static Counts combine(Counts a, Counts b) {
    List<Count> counts = new ArrayList<>(a.counts());
    for (Count count : b.counts()) {
      if (counts.stream().noneMatch(c -> c.kind() == count.kind())) {
        counts.add(count);
      }
    }
    boolean hasToll = counts.stream().anyMatch(c -> c.kind() == io.sitrep.extraction.quantities.CountKind.KILLED
        || c.kind() == io.sitrep.extraction.quantities.CountKind.INJURED);
    return new Counts(List.copyOf(counts), (a.casualtiesUnspecified() || b.casualtiesUnspecified()) && !hasToll);
  }
}
