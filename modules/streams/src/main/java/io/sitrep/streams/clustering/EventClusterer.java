package io.sitrep.streams.clustering;

import io.sitrep.model.ClusteredEvent;
import io.sitrep.model.DatePrecision;
import io.sitrep.model.EventType;
import io.sitrep.model.Location;
import io.sitrep.model.LocationPrecision;
import io.sitrep.model.MilitaryEvent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * Decides which reports describe the same real-world event and merges them. Two reports are of one event when they
 * share a blocking key (country and type family), their dates agree (the same day, or a day apart when one is only
 * dated by its publication), their named places are near (or their provinces equal when one names no place), and
 * their agents do not contradict; a cluster is a connected group of such reports.
 * Pure logic: the Kafka processor around it keeps the state.
 */
public final class EventClusterer {

  /** Reports of one strike rarely place it further apart than a city's reach. */
  static final double MAX_DISTANCE_KM = 50;
  private static final double EARTH_RADIUS_KM = 6371;
  private static final String UNKNOWN = "UNKNOWN";

  /** What one event does to the clusters of its block: clusters to write, and clusters absorbed into another. */
  public record Update(List<ClusteredEvent> upserts, List<String> absorbed) {
    static final Update NONE = new Update(List.of(), List.of());
  }

  /** The key that all events that could cluster together share: {@code country|family}. */
  public static String blockKey(MilitaryEvent event) {
    String country = event.getLocation().getCountry();
    return (country == null ? "??" : country) + "|" + family(event.getType());
  }

  /** VIOLENT for the violent types (reports disagree on the mode), else the type itself. */
  public static String family(EventType type) {
    return switch (type) {
      case AIRSTRIKE, SHELLING, ARMED_CLASH, BOMBING, GROUND_ASSAULT, ATTACK -> "VIOLENT";
      default -> type.name();
    };
  }

  /** A report in a cluster, with the record time it was seen at. */
  public record Member(MilitaryEvent event, Instant seenAt) {}

  /**
   * Adds a report to the clusters of its block. Reports are linked pairwise (two reports of one event), and a cluster
   * is a connected group of linked reports, so the grouping does not depend on the order reports arrive in; a
   * cluster's fields are folded from its members in event-id order, so they do not either.
   *
   * @param block the block's current clusters
   * @param members the members of those clusters, by event id
   * @param newcomer the report to add
   */
  public Update add(List<ClusteredEvent> block, Function<String, Member> members, Member newcomer) {
    MilitaryEvent event = newcomer.event();
    if (block.stream().anyMatch(cluster -> cluster.getMemberEventIds().contains(event.getEventId()))) {
      return Update.NONE; // replayed: already counted
    }
    List<ClusteredEvent> matches = block.stream()
        .filter(cluster -> cluster.getMemberEventIds().stream()
            .anyMatch(id -> sameEvent(members.apply(id).event(), event)))
        .sorted(Comparator.comparing(ClusteredEvent::getFirstSeen).thenComparing(ClusteredEvent::getClusterId))
        .toList();
    if (matches.isEmpty()) {
      return new Update(List.of(fold(event.getEventId(), 1, List.of(), List.of(newcomer))), List.of());
    }
    // The report links clusters that turn out to be one: the oldest survives and names the others.
    ClusteredEvent survivor = matches.get(0);
    List<String> absorbed = new ArrayList<>();
    List<String> mergedFrom = new ArrayList<>(survivor.getMergedFrom());
    List<Member> all = new ArrayList<>(List.of(newcomer));
    for (ClusteredEvent cluster : matches) {
      cluster.getMemberEventIds().forEach(id -> all.add(members.apply(id)));
      if (cluster != survivor) {
        absorbed.add(cluster.getClusterId());
        mergedFrom.add(cluster.getClusterId());
        mergedFrom.addAll(cluster.getMergedFrom());
      }
    }
    return new Update(List.of(fold(survivor.getClusterId(), survivor.getVersion() + 1, mergedFrom, all)), absorbed);
  }

  /** Whether two reports describe the same real-world event. */
  boolean sameEvent(MilitaryEvent a, MilitaryEvent b) {
    return family(a.getType()).equals(family(b.getType()))
        && Objects.equals(a.getLocation().getCountry(), b.getLocation().getCountry())
        && datesCompatible(a.getDate().toEpochDay(), a.getDatePrecision(), b.getDate().toEpochDay(),
            b.getDatePrecision())
        && placesCompatible(a.getLocation(), b.getLocation())
        && (a.getAgent().equals(UNKNOWN) || b.getAgent().equals(UNKNOWN) || a.getAgent().equals(b.getAgent()));
  }

  /** A cluster's record from its members, folded in event-id order so that arrival order does not matter. */
  private static ClusteredEvent fold(String clusterId, int version, List<String> mergedFrom, List<Member> members) {
    List<Member> ordered = members.stream()
        .sorted(Comparator.comparing(member -> member.event().getEventId()))
        .toList();
    ClusteredEvent cluster = single(ordered.get(0));
    for (Member member : ordered.subList(1, ordered.size())) {
      mergeInto(cluster, single(member));
    }
    cluster.setClusterId(clusterId);
    cluster.setVersion(version);
    cluster.setMergedFrom(new ArrayList<>(mergedFrom));
    return cluster;
  }

  /**
   * Dated reports link within a day of each other only when one of them is dated by its publication; reports dated
   * only to a month or a year (background mentions) link only to reports of that same month or year, so that they
   * never chain distinct events of the period into one.
   */
  private static boolean datesCompatible(long a, DatePrecision precisionA, long b, DatePrecision precisionB) {
    if (isVague(precisionA) || isVague(precisionB)) {
      return precisionA == precisionB && a == b;
    }
    long window = precisionA == DatePrecision.ARTICLE || precisionB == DatePrecision.ARTICLE ? 1 : 0;
    return Math.abs(a - b) <= window;
  }

  private static boolean isVague(DatePrecision precision) {
    return precision == DatePrecision.MONTH || precision == DatePrecision.YEAR;
  }

  private static boolean placesCompatible(Location a, Location b) {
    // Coordinates of a province or a country are a representative point, not where it happened: only two named
    // places are compared by distance.
    if (hasPlaceCoordinates(a) && hasPlaceCoordinates(b)) {
      return distanceKm(a.getLat(), a.getLon(), b.getLat(), b.getLon()) <= MAX_DISTANCE_KM;
    }
    if (a.getAdmin1() != null && b.getAdmin1() != null) {
      return a.getAdmin1().toLowerCase(Locale.ROOT).equals(b.getAdmin1().toLowerCase(Locale.ROOT));
    }
    return true; // one report does not say where within the country: no contradiction
  }

  private static boolean hasPlaceCoordinates(Location location) {
    return location.getPrecision() == LocationPrecision.PLACE && location.getLat() != null && location.getLon() != null;
  }

  static double distanceKm(double lat1, double lon1, double lat2, double lon2) {
    double dLat = Math.toRadians(lat2 - lat1);
    double dLon = Math.toRadians(lon2 - lon1);
    double h = Math.pow(Math.sin(dLat / 2), 2)
        + Math.cos(Math.toRadians(lat1)) * Math.cos(Math.toRadians(lat2)) * Math.pow(Math.sin(dLon / 2), 2);
    return 2 * EARTH_RADIUS_KM * Math.asin(Math.sqrt(h));
  }

  /** A cluster of one report. */
  private static ClusteredEvent single(Member member) {
    MilitaryEvent event = member.event();
    Instant seenAt = member.seenAt();
    return ClusteredEvent.newBuilder()
        .setClusterId(event.getEventId())
        .setVersion(1)
        .setType(event.getType())
        .setTypeFamily(family(event.getType()))
        .setAgent(event.getAgent())
        .setCounterparts(new ArrayList<>(event.getCounterparts()))
        .setLocation(Location.newBuilder(event.getLocation()).build())
        .setDate(event.getDate())
        .setDatePrecision(event.getDatePrecision())
        .setKilled(event.getKilled())
        .setKilledQualifier(event.getKilledQualifier())
        .setKilledSource(event.getKilled() == null ? null : event.getArticleId())
        .setInjured(event.getInjured())
        .setInjuredQualifier(event.getInjuredQualifier())
        .setInjuredSource(event.getInjured() == null ? null : event.getArticleId())
        .setCasualtiesUnspecified(event.getCasualtiesUnspecified())
        .setMemberEventIds(new ArrayList<>(List.of(event.getEventId())))
        .setSourceArticleIds(new ArrayList<>(List.of(event.getArticleId())))
        .setSourceUrls(event.getArticleUrl() == null ? new ArrayList<>() : new ArrayList<>(List.of(event.getArticleUrl())))
        .setLanguages(new ArrayList<>(List.of(event.getLanguage())))
        .setNumSources(1)
        .setFirstSeen(seenAt)
        .setLastSeen(seenAt)
        .setMergedFrom(new ArrayList<>())
        .build();
  }

  /** Folds what another cluster knows into this one: the more precise, the more specific, the higher figure. */
  private static void mergeInto(ClusteredEvent survivor, ClusteredEvent other) {
    survivor.setType(moreSpecific(survivor.getType(), other.getType()));
    if (survivor.getAgent().equals(UNKNOWN)) {
      survivor.setAgent(other.getAgent());
    }
    survivor.setCounterparts(union(survivor.getCounterparts(), other.getCounterparts()));
    if (rank(other.getLocation().getPrecision()) < rank(survivor.getLocation().getPrecision())) {
      survivor.setLocation(other.getLocation());
    }
    if (rank(other.getDatePrecision()) < rank(survivor.getDatePrecision())) {
      survivor.setDate(other.getDate());
      survivor.setDatePrecision(other.getDatePrecision());
    }
    if (other.getKilled() != null && (survivor.getKilled() == null || other.getKilled() > survivor.getKilled())) {
      survivor.setKilled(other.getKilled());
      survivor.setKilledQualifier(other.getKilledQualifier());
      survivor.setKilledSource(other.getKilledSource());
    }
    if (other.getInjured() != null && (survivor.getInjured() == null || other.getInjured() > survivor.getInjured())) {
      survivor.setInjured(other.getInjured());
      survivor.setInjuredQualifier(other.getInjuredQualifier());
      survivor.setInjuredSource(other.getInjuredSource());
    }
    survivor.setCasualtiesUnspecified(survivor.getCasualtiesUnspecified() || other.getCasualtiesUnspecified());
    survivor.setMemberEventIds(union(survivor.getMemberEventIds(), other.getMemberEventIds()));
    survivor.setSourceArticleIds(union(survivor.getSourceArticleIds(), other.getSourceArticleIds()));
    survivor.setSourceUrls(union(survivor.getSourceUrls(), other.getSourceUrls()));
    survivor.setLanguages(union(survivor.getLanguages(), other.getLanguages()));
    survivor.setNumSources(survivor.getSourceArticleIds().size());
    if (other.getFirstSeen().isBefore(survivor.getFirstSeen())) {
      survivor.setFirstSeen(other.getFirstSeen());
    }
    if (other.getLastSeen().isAfter(survivor.getLastSeen())) {
      survivor.setLastSeen(other.getLastSeen());
    }
  }

  /** ATTACK says only that there was violence; any other violent type says how. */
  private static EventType moreSpecific(EventType current, EventType candidate) {
    return current == EventType.ATTACK ? candidate : current;
  }

  private static int rank(LocationPrecision precision) {
    return precision.ordinal(); // PLACE, ADMIN1, COUNTRY, UNKNOWN: declared from most to least precise
  }

  private static int rank(DatePrecision precision) {
    return switch (precision) {
      case DAY -> 0;
      case ARTICLE -> 1;
      case MONTH -> 2;
      case YEAR -> 3;
    };
  }

  private static List<String> union(List<String> first, List<String> second) {
    Set<String> union = new LinkedHashSet<>(first);
    union.addAll(second);
    return new ArrayList<>(union);
  }
}
