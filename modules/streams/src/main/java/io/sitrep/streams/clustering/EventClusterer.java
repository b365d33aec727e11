package io.sitrep.streams.clustering;

import io.sitrep.extraction.lexicon.ViolentTypes;
import io.sitrep.model.ClusteredEvent;
import io.sitrep.model.DatePrecision;
import io.sitrep.model.EventType;
import io.sitrep.model.Location;
import io.sitrep.model.LocationPrecision;
import io.sitrep.model.MilitaryEvent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * Decides which reports describe the same real-world event and merges them. Two reports are of one event when they
 * share a blocking key (country and type family), their dates agree (the same day, or a day apart when one is only
 * dated by its publication), their named places are near (or their provinces equal when one names no place), and
 * their agents do not contradict; a cluster is a connected group of such reports.
 * Pure logic: the Kafka processor around it keeps the state.
 */
public final class EventClusterer {

  /** How many member events, source articles and URLs a cluster's record lists at most. */
  public static final int LISTED = 100;
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
    return ViolentTypes.includes(type) ? "VIOLENT" : type.name();
  }

  /** A report in a cluster, with the record time it was seen at. */
  public record Member(MilitaryEvent event, Instant seenAt) {}

  /** What the clusterer needs to know of the clusters' members, which live outside the cluster records. */
  public interface Members {

    /** Whether any member of the cluster passes the test (members are read until one does). */
    boolean anyMatch(String clusterId, Predicate<MilitaryEvent> test);

    /** Whether the cluster already holds this event. */
    boolean contains(String clusterId, String eventId);

    /** Distinct source articles over these clusters and one more article. */
    int distinctSources(List<ClusteredEvent> clusters, String articleId);
  }

  /**
   * Adds a report to the clusters near it in its block. Reports are linked pairwise (two reports of one event), and a
   * cluster is a connected group of linked reports, so the grouping does not depend on the order reports arrive in;
   * a cluster's fields are merged by rules that do not depend on order either (see {@link #mergeInto}), so a cluster
   * is updated from its current record and the newcomer alone, without reading back its members' fields.
   *
   * @param candidates the clusters of the block that could hold a report linked to the newcomer: at least those with
   *     a member dated within a day of it
   * @param members the members of those clusters
   * @param newcomer the report to add
   */
  public Update add(List<ClusteredEvent> candidates, Members members, Member newcomer) {
    MilitaryEvent event = newcomer.event();
    if (candidates.stream().anyMatch(cluster -> members.contains(cluster.getClusterId(), event.getEventId()))) {
      return Update.NONE; // replayed: already counted
    }
    List<ClusteredEvent> matches = candidates.stream()
        .filter(cluster -> members.anyMatch(cluster.getClusterId(), member -> sameEvent(member, event)))
        .sorted(Comparator.comparing(ClusteredEvent::getFirstSeen).thenComparing(ClusteredEvent::getClusterId))
        .toList();
    if (matches.isEmpty()) {
      return new Update(List.of(single(newcomer)), List.of());
    }
    // The report links clusters that turn out to be one: the oldest survives and names the others.
    ClusteredEvent survivor = ClusteredEvent.newBuilder(matches.get(0)).build();
    List<String> absorbed = new ArrayList<>();
    List<String> mergedFrom = new ArrayList<>(survivor.getMergedFrom());
    for (ClusteredEvent cluster : matches.subList(1, matches.size())) {
      mergeInto(survivor, cluster);
      absorbed.add(cluster.getClusterId());
      mergedFrom.add(cluster.getClusterId());
      mergedFrom.addAll(cluster.getMergedFrom());
    }
    mergeInto(survivor, single(newcomer));
    survivor.setNumSources(members.distinctSources(matches, event.getArticleId()));
    survivor.setVersion(survivor.getVersion() + 1);
    survivor.setMergedFrom(mergedFrom);
    return new Update(List.of(survivor), absorbed);
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

  /**
   * Folds what another cluster knows into this one: the more precise, the more specific, the higher figure. Ties are
   * broken by a fixed order of the values themselves, never by which cluster came first, so that merging is
   * commutative and associative: a cluster's record does not depend on the order its reports arrived in, and a replay
   * after a crash rebuilds the same records.
   */
  private static void mergeInto(ClusteredEvent survivor, ClusteredEvent other) {
    survivor.setType(moreSpecific(survivor.getType(), other.getType()));
    survivor.setAgent(knownAgent(survivor.getAgent(), other.getAgent()));
    survivor.setCounterparts(union(survivor.getCounterparts(), other.getCounterparts()));
    if (MOST_PRECISE_LOCATION.compare(other.getLocation(), survivor.getLocation()) < 0) {
      survivor.setLocation(other.getLocation());
    }
    if (MOST_PRECISE_DATE.compare(other, survivor) < 0) {
      survivor.setDate(other.getDate());
      survivor.setDatePrecision(other.getDatePrecision());
    }
    if (higherToll(other.getKilled(), other.getKilledSource(), survivor.getKilled(), survivor.getKilledSource())) {
      survivor.setKilled(other.getKilled());
      survivor.setKilledQualifier(other.getKilledQualifier());
      survivor.setKilledSource(other.getKilledSource());
    }
    if (higherToll(other.getInjured(), other.getInjuredSource(), survivor.getInjured(), survivor.getInjuredSource())) {
      survivor.setInjured(other.getInjured());
      survivor.setInjuredQualifier(other.getInjuredQualifier());
      survivor.setInjuredSource(other.getInjuredSource());
    }
    survivor.setCasualtiesUnspecified(survivor.getCasualtiesUnspecified() || other.getCasualtiesUnspecified());
    survivor.setMemberEventIds(firstListed(survivor.getMemberEventIds(), other.getMemberEventIds()));
    survivor.setSourceArticleIds(firstListed(survivor.getSourceArticleIds(), other.getSourceArticleIds()));
    survivor.setSourceUrls(firstListed(survivor.getSourceUrls(), other.getSourceUrls()));
    survivor.setLanguages(union(survivor.getLanguages(), other.getLanguages()));
    if (other.getFirstSeen().isBefore(survivor.getFirstSeen())) {
      survivor.setFirstSeen(other.getFirstSeen());
    }
    if (other.getLastSeen().isAfter(survivor.getLastSeen())) {
      survivor.setLastSeen(other.getLastSeen());
    }
  }

  /** Most precise first; among equally precise places, a fixed order of names and coordinates. */
  private static final Comparator<Location> MOST_PRECISE_LOCATION = Comparator
      .comparingInt((Location location) -> rank(location.getPrecision()))
      .thenComparing(Location::getPlace, Comparator.nullsLast(Comparator.naturalOrder()))
      .thenComparing(Location::getAdmin1, Comparator.nullsLast(Comparator.naturalOrder()))
      .thenComparing(Location::getLat, Comparator.nullsLast(Comparator.naturalOrder()))
      .thenComparing(Location::getLon, Comparator.nullsLast(Comparator.naturalOrder()));

  /** Most precise first; among equally precise dates, the earliest. */
  private static final Comparator<ClusteredEvent> MOST_PRECISE_DATE = Comparator
      .comparingInt((ClusteredEvent cluster) -> rank(cluster.getDatePrecision()))
      .thenComparing(ClusteredEvent::getDate);

  /** Whether a toll beats another: a figure beats none, a higher one a lower, and on a tie the first source by id. */
  private static boolean higherToll(Integer count, String source, Integer current, String currentSource) {
    if (count == null) {
      return false;
    }
    return current == null || count > current || (count.equals(current) && source.compareTo(currentSource) < 0);
  }

  /** ATTACK says only that there was violence; any other violent type says how (two modes: the first declared). */
  private static EventType moreSpecific(EventType current, EventType candidate) {
    if (current == EventType.ATTACK) {
      return candidate;
    }
    return candidate == EventType.ATTACK || current.compareTo(candidate) <= 0 ? current : candidate;
  }

  /** A named agent over UNKNOWN; two named agents (a chain of reports can hold both): the first by code. */
  private static String knownAgent(String current, String candidate) {
    if (current.equals(UNKNOWN)) {
      return candidate;
    }
    return candidate.equals(UNKNOWN) || current.compareTo(candidate) <= 0 ? current : candidate;
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

  /** Sorted, so that the order of a merge does not show in the record. */
  private static List<String> union(List<String> first, List<String> second) {
    Set<String> union = new TreeSet<>(first);
    union.addAll(second);
    return new ArrayList<>(union);
  }

  /**
   * The first {@link #LISTED} of a sorted union: a record names a sample of its members and sources, not all of
   * them, so that its size (and the cost of each update) stays bounded when thousands of articles report one event;
   * the counts stay exact, and every member's event is on the event topic. The smallest ids of a union do not depend
   * on the order of merges either.
   */
  private static List<String> firstListed(List<String> first, List<String> second) {
    List<String> union = union(first, second);
    return union.size() <= LISTED ? union : new ArrayList<>(union.subList(0, LISTED));
  }
}
