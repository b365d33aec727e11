package io.sitrep.streams.clustering;

import static org.assertj.core.api.Assertions.assertThat;

import io.sitrep.model.ClusteredEvent;
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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

class EventClustererTest {

  private static final Instant T0 = Instant.parse("2024-02-03T10:00:00Z");
  private final EventClusterer clusterer = new EventClusterer();
  private final Map<String, EventClusterer.Member> members = new HashMap<>();

  /** Adds a report as the processor does: the clusterer sees the members stored so far, then the report is stored. */
  private EventClusterer.Update add(List<ClusteredEvent> block, MilitaryEvent event, Instant seenAt) {
    EventClusterer.Member member = new EventClusterer.Member(event, seenAt);
    EventClusterer.Update update = clusterer.add(block, membersOf(block), member);
    members.put(event.getEventId(), member);
    return update;
  }

  /** The members of these clusters, from the clusters' own lists (complete while a cluster is small). */
  private EventClusterer.Members membersOf(List<ClusteredEvent> block) {
    Map<String, ClusteredEvent> byId = new HashMap<>();
    block.forEach(cluster -> byId.put(cluster.getClusterId(), cluster));
    return new EventClusterer.Members() {
      @Override
      public boolean anyMatch(String clusterId, Predicate<MilitaryEvent> test) {
        return byId.get(clusterId).getMemberEventIds().stream().map(id -> members.get(id).event()).anyMatch(test);
      }

      @Override
      public boolean contains(String clusterId, String eventId) {
        return byId.get(clusterId).getMemberEventIds().contains(eventId);
      }

      @Override
      public int distinctSources(List<ClusteredEvent> clusters, String articleId) {
        Set<String> articles = new HashSet<>(List.of(articleId));
        clusters.forEach(cluster -> articles.addAll(cluster.getSourceArticleIds()));
        return articles.size();
      }
    };
  }

  @Test
  void startsAClusterNamedAfterItsFirstEvent() {
    EventClusterer.Update update = add(List.of(), event("e1", "a1", "2024-02-02", place("Deir ez-Zor", 35.33, 40.14)), T0);

    ClusteredEvent cluster = update.upserts().get(0);
    assertThat(cluster.getClusterId()).isEqualTo("e1");
    assertThat(cluster.getVersion()).isEqualTo(1);
    assertThat(cluster.getNumSources()).isEqualTo(1);
    assertThat(update.absorbed()).isEmpty();
  }

  @Test
  void mergesAReportOfTheSameStrikeFromAnotherArticleKeepingTheMostPreciseFieldsAndHighestToll() {
    MilitaryEvent vague = event("e1", "a1", "2024-02-02", country());
    vague.setKilled(5);
    vague.setKilledQualifier(CountQualifier.AT_LEAST);
    ClusteredEvent first = add(List.of(), vague, T0).upserts().get(0);
    MilitaryEvent precise = event("e2", "a2", "2024-02-02", place("Al-Mayadin", 35.02, 40.45));
    precise.setType(EventType.AIRSTRIKE);
    precise.setKilled(12);
    precise.setKilledQualifier(CountQualifier.EXACT);
    precise.setArticleUrl("https://example.org/a2");

    ClusteredEvent merged = add(List.of(first), precise, T0.plusSeconds(60)).upserts().get(0);

    assertThat(merged.getClusterId()).isEqualTo("e1");
    assertThat(merged.getVersion()).isEqualTo(2);
    assertThat(merged.getType()).as("ATTACK yields to the stated mode").isEqualTo(EventType.AIRSTRIKE);
    assertThat(merged.getLocation().getPlace()).isEqualTo("Al-Mayadin");
    assertThat(merged.getKilled()).isEqualTo(12);
    assertThat(merged.getKilledSource()).isEqualTo("a2");
    assertThat(merged.getMemberEventIds()).containsExactly("e1", "e2");
    assertThat(merged.getSourceArticleIds()).containsExactly("a1", "a2");
    assertThat(merged.getSourceUrls()).containsExactly("https://example.org/a2");
    assertThat(merged.getNumSources()).isEqualTo(2);
    assertThat(merged.getLastSeen()).isEqualTo(T0.plusSeconds(60));
  }

  @Test
  void keepsStrikesInDifferentProvincesOnTheSameDayApart() {
    ClusteredEvent north = add(List.of(), event("e1", "a1", "2024-02-02", admin1("Aleppo")), T0).upserts().get(0);

    EventClusterer.Update update = add(List.of(north), event("e2", "a2", "2024-02-02", admin1("Daraa")), T0);

    assertThat(update.upserts()).extracting(ClusteredEvent::getClusterId).containsExactly("e2");
  }

  @Test
  void keepsPlacesMoreThanFiftyKilometresApartApart() {
    MilitaryEvent raqqa = event("e1", "a1", "2024-02-02", place("Raqqa", 35.95, 39.01));

    assertThat(clusterer.sameEvent(raqqa, event("e2", "a2", "2024-02-02", place("Deir ez-Zor", 35.33, 40.14)))).isFalse();
    assertThat(clusterer.sameEvent(raqqa, event("e3", "a3", "2024-02-02", place("Raqqa outskirts", 35.98, 39.05)))).isTrue();
  }

  @Test
  void linksReportsOnConsecutiveDaysOnlyWhenOneIsDatedByItsPublication() {
    MilitaryEvent monday = event("e1", "a1", "2024-02-05", country());
    MilitaryEvent tuesday = event("e2", "a2", "2024-02-06", country());
    MilitaryEvent publishedTuesday = event("e3", "a3", "2024-02-06", country());
    publishedTuesday.setDatePrecision(DatePrecision.ARTICLE);

    assertThat(clusterer.sameEvent(monday, tuesday)).as("daily strikes stay apart").isFalse();
    assertThat(clusterer.sameEvent(monday, publishedTuesday)).isTrue();
  }

  @Test
  void letsAReportDatedOnlyToAMonthLinkOnlyToReportsOfThatMonth() {
    MilitaryEvent january = event("e1", "a1", "2024-01-01", country());
    january.setDatePrecision(DatePrecision.MONTH);
    MilitaryEvent alsoJanuary = event("e2", "a2", "2024-01-01", country());
    alsoJanuary.setDatePrecision(DatePrecision.MONTH);

    assertThat(clusterer.sameEvent(january, alsoJanuary)).isTrue();
    assertThat(clusterer.sameEvent(january, event("e3", "a3", "2024-01-01", country()))).isFalse();
    assertThat(clusterer.sameEvent(january, event("e4", "a4", "2024-01-17", country()))).isFalse();
  }

  @Test
  void doesNotTakeTheRepresentativePointOfAProvinceForWhereItHappened() {
    MilitaryEvent town = event("e1", "a1", "2024-02-02", place("Al-Mayadin", 35.02, 40.45));
    Location province = admin1("Deir ez-Zor");
    province.setLat(35.75); // 80 km from the town
    province.setLon(40.14);

    assertThat(clusterer.sameEvent(town, event("e2", "a2", "2024-02-02", province))).isTrue();
  }

  @Test
  void keepsEventsDaysApartOrWithContradictingAgentsApart() {
    MilitaryEvent first = event("e1", "a1", "2024-02-02", country());

    assertThat(clusterer.sameEvent(first, event("e2", "a2", "2024-02-06", country()))).isFalse();
    MilitaryEvent otherAgent = event("e3", "a3", "2024-02-02", country());
    otherAgent.setAgent("RU");
    assertThat(clusterer.sameEvent(first, otherAgent)).isFalse();
    MilitaryEvent unknownAgent = event("e4", "a4", "2024-02-02", country());
    unknownAgent.setAgent("UNKNOWN");
    assertThat(clusterer.sameEvent(first, unknownAgent)).isTrue();
  }

  @Test
  void mergesTwoClustersThatAnEventBridgesAndNamesTheAbsorbedOne() {
    ClusteredEvent west = add(List.of(), event("e1", "a1", "2024-02-02", place("West", 35.00, 40.00)), T0)
        .upserts().get(0);
    ClusteredEvent east = add(List.of(), event("e2", "a2", "2024-02-02", place("East", 35.00, 40.80)),
        T0.plusSeconds(5)).upserts().get(0);
    assertThat(clusterer.sameEvent(members.get("e1").event(), members.get("e2").event())).isFalse();

    // Between them, near enough to both, and dated: it links the two reports.
    MilitaryEvent bridge = event("e3", "a3", "2024-02-02", admin1("Deir ez-Zor"));
    bridge.getLocation().setLat(null);
    EventClusterer.Update update = add(new ArrayList<>(List.of(west, east)), bridge, T0.plusSeconds(10));

    assertThat(update.absorbed()).containsExactly("e2");
    ClusteredEvent survivor = update.upserts().get(0);
    assertThat(survivor.getClusterId()).isEqualTo("e1");
    assertThat(survivor.getMergedFrom()).containsExactly("e2");
    assertThat(survivor.getMemberEventIds()).containsExactlyInAnyOrder("e1", "e2", "e3");
  }

  @Test
  void groupsTheSameReportsWhateverTheOrderTheyArriveIn() {
    // Two towns 73 km apart and a report naming only their province: the province report links both towns'
    // reports, whether it comes first or last. Folding into a cluster's merged place instead would depend on order.
    MilitaryEvent west = event("w", "a1", "2024-02-02", place("West", 35.00, 40.00));
    MilitaryEvent east = event("e", "a2", "2024-02-02", place("East", 35.00, 40.80));
    MilitaryEvent province = event("p", "a3", "2024-02-02", admin1("Deir ez-Zor"));
    MilitaryEvent elsewhere = event("x", "a4", "2024-02-02", admin1("Homs"));

    List<java.util.Set<String>> provinceFirst = grouping(List.of(province, west, east, elsewhere));
    members.clear();
    List<java.util.Set<String>> provinceLast = grouping(List.of(elsewhere, west, east, province));
    members.clear();
    List<java.util.Set<String>> provinceBetween = grouping(List.of(west, province, elsewhere, east));

    assertThat(provinceFirst).containsExactlyInAnyOrder(java.util.Set.of("w", "e", "p"), java.util.Set.of("x"));
    assertThat(provinceLast).containsExactlyInAnyOrderElementsOf(provinceFirst);
    assertThat(provinceBetween).containsExactlyInAnyOrderElementsOf(provinceFirst);
  }

  @Test
  void mergesToTheSameRecordWhateverTheOrderTheReportsArriveIn() {
    // Three reports of one strike that disagree where a merge must choose: two modes, two equally precise nearby
    // places, two agents (through an UNKNOWN one), equal tolls from different articles.
    MilitaryEvent first = event("e1", "a1", "2024-02-02", place("Al-Mayadin", 35.02, 40.45));
    first.setType(EventType.SHELLING);
    first.setKilled(5);
    MilitaryEvent second = event("e2", "a2", "2024-02-02", place("Mayadin outskirts", 35.05, 40.40));
    second.setType(EventType.AIRSTRIKE);
    second.setAgent("UNKNOWN");
    second.setKilled(5);
    MilitaryEvent third = event("e3", "a3", "2024-02-02", place("Al-Mayadin", 35.02, 40.45));
    third.setAgent("IR"); // contradicts the first report: the two link only through the second
    third.setCounterparts(List.of("SY"));
    List<List<MilitaryEvent>> orders = List.of(List.of(first, second, third), List.of(third, second, first),
        List.of(second, third, first), List.of(first, third, second));

    List<ClusteredEvent> records = new ArrayList<>();
    for (List<MilitaryEvent> order : orders) {
      members.clear();
      Map<String, ClusteredEvent> clusters = new HashMap<>();
      for (MilitaryEvent report : order) {
        // Each report is seen at the same time in every order, as on a replay of the same records.
        Instant seenAt = T0.plusSeconds(Integer.parseInt(report.getEventId().substring(1)));
        EventClusterer.Update update = add(new ArrayList<>(clusters.values()), report, seenAt);
        update.absorbed().forEach(clusters::remove);
        update.upserts().forEach(cluster -> clusters.put(cluster.getClusterId(), cluster));
      }
      assertThat(clusters).hasSize(1);
      ClusteredEvent merged = clusters.values().iterator().next();
      // Only the record's history tells the order: its name (the first report's), version and absorbed clusters.
      merged.setClusterId("any");
      merged.setVersion(0);
      merged.setMergedFrom(List.of());
      records.add(merged);
    }

    assertThat(records).allSatisfy(record -> assertThat(record).isEqualTo(records.get(0)));
    assertThat(records.get(0).getType()).isEqualTo(EventType.AIRSTRIKE);
    assertThat(records.get(0).getAgent()).isEqualTo("IR");
    assertThat(records.get(0).getLocation().getPlace()).isEqualTo("Al-Mayadin");
    assertThat(records.get(0).getKilledSource()).isEqualTo("a1");
    assertThat(records.get(0).getMemberEventIds()).containsExactly("e1", "e2", "e3");
  }

  private List<java.util.Set<String>> grouping(List<MilitaryEvent> reports) {
    Map<String, ClusteredEvent> clusters = new HashMap<>();
    Instant time = T0;
    for (MilitaryEvent report : reports) {
      EventClusterer.Update update = add(new java.util.ArrayList<>(clusters.values()), report, time);
      update.absorbed().forEach(clusters::remove);
      update.upserts().forEach(cluster -> clusters.put(cluster.getClusterId(), cluster));
      time = time.plusSeconds(1);
    }
    return clusters.values().stream().map(cluster -> java.util.Set.copyOf(cluster.getMemberEventIds())).toList();
  }

  @Test
  void ignoresAnEventItHasAlreadyCounted() {
    MilitaryEvent strike = event("e1", "a1", "2024-02-02", country());
    ClusteredEvent cluster = add(List.of(), strike, T0).upserts().get(0);

    assertThat(add(List.of(cluster), strike, T0.plusSeconds(1)).upserts()).isEmpty();
  }

  @Test
  void blocksByCountryAndTypeFamily() {
    MilitaryEvent strike = event("e1", "a1", "2024-02-02", country());
    strike.setType(EventType.SHELLING);
    MilitaryEvent talks = event("e2", "a1", "2024-02-02", country());
    talks.setType(EventType.WITHDRAWAL_TALKS);

    assertThat(EventClusterer.blockKey(strike)).isEqualTo("SY|VIOLENT");
    assertThat(EventClusterer.blockKey(talks)).isEqualTo("SY|WITHDRAWAL_TALKS");
  }

  static MilitaryEvent event(String id, String articleId, String date, Location location) {
    return MilitaryEvent.newBuilder()
        .setEventId(id)
        .setArticleId(articleId)
        .setType(EventType.ATTACK)
        .setFactuality(Factuality.FACTUAL)
        .setAgent("US")
        .setLocation(location)
        .setDate(LocalDate.parse(date))
        .setDatePrecision(DatePrecision.DAY)
        .setEvidence(new Evidence("...", 0, 3))
        .setConfidence(0.8)
        .setLanguage("en")
        .setCodes(EventCodes.newBuilder().setCameo(List.of("190")).setAcledEventType("Battles").build())
        .setExtractorVersion("test")
        .build();
  }

  static Location country() {
    return Location.newBuilder().setCountry("SY").setPrecision(LocationPrecision.COUNTRY).build();
  }

  static Location admin1(String admin1) {
    return Location.newBuilder().setCountry("SY").setAdmin1(admin1).setPrecision(LocationPrecision.ADMIN1).build();
  }

  static Location place(String place, double lat, double lon) {
    return Location.newBuilder().setCountry("SY").setAdmin1("Deir ez-Zor").setPlace(place).setLat(lat).setLon(lon)
        .setPrecision(LocationPrecision.PLACE).build();
  }
}
