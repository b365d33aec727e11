package io.sitrep.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import io.sitrep.model.Article;
import io.sitrep.model.DatePrecision;
import io.sitrep.model.EventType;
import io.sitrep.model.Factuality;
import io.sitrep.model.MilitaryEvent;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The project's Arabic seed article (a copy of shared/data/dev/seed.jsonl): every required event, nothing false. */
class SeedArticleAcceptanceTest {

  private static List<MilitaryEvent> events;
  private static List<MilitaryEvent> factual;
  private static String text;

  @BeforeAll
  static void extract() throws IOException {
    text = seedText();
    Article article = Article.newBuilder().setId("seed-ar-001").setText(text).setLanguage("ar")
        .setPublished(Instant.parse("2024-03-03T00:00:00Z")).setReceived(Instant.parse("2024-03-03T00:00:00Z"))
        .build();
    events = extractor().extract(article);
    factual = events.stream().filter(e -> e.getFactuality() == Factuality.FACTUAL).toList();
  }

  /** The standard extractor, gate included: what the stream runs. */
  static RuleBasedExtractor extractor() {
    return RuleBasedExtractor.standard();
  }

  /** Reads the "text" field of the seed line without a JSON library: the extraction module has none. */
  private static String seedText() throws IOException {
    try (InputStream in = SeedArticleAcceptanceTest.class.getResourceAsStream("/seed.jsonl")) {
      String line = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      int i = line.indexOf("\"text\": \"") + 9;
      StringBuilder out = new StringBuilder();
      for (; line.charAt(i) != '"'; i++) {
        char c = line.charAt(i);
        if (c == '\\') {
          char escaped = line.charAt(++i);
          out.append(escaped == 'n' ? '\n' : escaped);
        } else {
          out.append(c);
        }
      }
      return out.toString();
    }
  }

  @Test
  void findsTheOngoingWithdrawalTalksInIraq() {
    assertThat(factual).anySatisfy(e -> {
      assertThat(e.getType()).isEqualTo(EventType.WITHDRAWAL_TALKS);
      assertThat(e.getLocation().getCountry()).isEqualTo("IQ");
      assertThat(e.getAgent()).isEqualTo("IQ");
      assertThat(e.getDate()).isEqualTo(LocalDate.of(2024, 3, 3));
      assertThat(e.getDatePrecision()).isEqualTo(DatePrecision.ARTICLE);
    });
  }

  @Test
  void findsTheJanuaryAgreementWithMonthPrecision() {
    assertThat(factual).anySatisfy(e -> {
      assertThat(e.getType()).isIn(EventType.AGREEMENT, EventType.WITHDRAWAL_TALKS);
      assertThat(e.getLocation().getCountry()).isEqualTo("IQ");
      assertThat(e.getAgent()).isEqualTo("IQ");
      assertThat(e.getDate()).isEqualTo(LocalDate.of(2024, 1, 1));
      assertThat(e.getDatePrecision()).isEqualTo(DatePrecision.MONTH);
    });
  }

  @Test
  void findsTheSecondOfFebruaryStrikesAsOneEventPerCountry() {
    for (String country : List.of("IQ", "SY")) {
      assertThat(factual).anySatisfy(e -> {
        assertThat(e.getType()).isEqualTo(EventType.AIRSTRIKE);
        assertThat(e.getLocation().getCountry()).isEqualTo(country);
        assertThat(e.getAgent()).isEqualTo("US");
        assertThat(e.getDate()).isEqualTo(LocalDate.of(2024, 2, 2));
        assertThat(e.getDatePrecision()).isEqualTo(DatePrecision.DAY);
        assertThat(e.getTargetsHit()).isEqualTo(85);
        assertThat(e.getTargetsHitQualifier()).hasToString("MORE_THAN");
        assertThat(e.getMunitions()).isEqualTo(125);
      });
    }
  }

  @Test
  void locatesTheDawnStrikeAtDeirEzZorWithUnspecifiedCasualties() {
    assertThat(factual).anySatisfy(e -> {
      assertThat(e.getType()).isEqualTo(EventType.AIRSTRIKE);
      assertThat(e.getAgent()).isEqualTo("UNKNOWN");
      assertThat(e.getLocation().getCountry()).isEqualTo("SY");
      assertThat(e.getLocation().getAdmin1()).isEqualTo("Deir ez-Zor");
      assertThat(e.getLocation().getLat()).isCloseTo(35.336, org.assertj.core.data.Offset.offset(0.45));
      assertThat(e.getLocation().getLon()).isCloseTo(40.141, org.assertj.core.data.Offset.offset(0.55));
      assertThat(e.getDate()).isEqualTo(LocalDate.of(2024, 3, 3));
      assertThat(e.getDatePrecision()).isEqualTo(DatePrecision.DAY);
      assertThat(e.getCasualtiesUnspecified()).isTrue();
    });
  }

  @Test
  void emitsNoFactualWithdrawalForTheConditionalOrPlannedOnes() {
    assertThat(factual).noneMatch(e -> e.getType() == EventType.WITHDRAWAL);
  }

  @Test
  void emitsNoFactualEventOutsideTheLabelledOnes() {
    // required: talks, January agreement, two strikes on 2 February, the dawn strike; optional: the second
    // agreement and the attacks on the resistance's positions
    assertThat(factual).allSatisfy(e -> assertThat(e.getType()).isIn(EventType.WITHDRAWAL_TALKS, EventType.AGREEMENT,
        EventType.AIRSTRIKE, EventType.ATTACK));
    assertThat(factual).allSatisfy(e -> assertThat(e.getLocation().getCountry()).isIn("IQ", "SY"));
    assertThat(factual.stream().filter(e -> e.getType() == EventType.AIRSTRIKE)).hasSize(3);
    assertThat(factual.stream().filter(e -> e.getType() == EventType.WITHDRAWAL_TALKS)).hasSize(1);
  }

  @Test
  void marksTheDavosDialogueAsPlanned() {
    assertThat(events).anySatisfy(e -> {
      assertThat(e.getType()).isEqualTo(EventType.WITHDRAWAL_TALKS);
      assertThat(e.getFactuality()).isEqualTo(Factuality.PLANNED);
    });
  }

  @Test
  void quotesEveryEvidenceVerbatimFromTheArticle() {
    assertThat(events).isNotEmpty().allSatisfy(e -> assertThat(
        text.substring(e.getEvidence().getStart(), e.getEvidence().getEnd())).isEqualTo(e.getEvidence().getText()));
  }
}
