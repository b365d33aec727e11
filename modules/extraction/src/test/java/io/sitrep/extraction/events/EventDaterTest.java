package io.sitrep.extraction.events;

import static org.assertj.core.api.Assertions.assertThat;

import io.sitrep.extraction.lexicon.Language;
import io.sitrep.extraction.lexicon.Trigger;
import io.sitrep.extraction.text.PhraseMatch;
import io.sitrep.extraction.time.DateResolver;
import io.sitrep.model.DatePrecision;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The date stage on sentences written for it. */
class EventDaterTest {

  private static final LocalDate PUBLISHED = LocalDate.of(2024, 5, 15);

  /** The dating of the sentence's first trigger whose phrase is {@code trigger}. */
  private static EventDater.Dating date(String text, Language language, String trigger) {
    SentenceFixture fixture = SentenceFixture.of(text, language);
    PhraseMatch<Trigger> match = fixture.trigger(trigger);
    return EventDater.date(fixture.sentence(), fixture.cues(),
        new DateResolver().find(fixture.sentence().tokens(), PUBLISHED), match, fixture.clause(match), PUBLISHED);
  }

  @Test
  void takesTheDateNearestTheTriggerAndSaysWhichWordsGaveIt() {
    EventDater.Dating dating = date("Rebels shelled the town on Sunday.", Language.EN, "shelled");
    assertThat(dating.date()).isEqualTo(LocalDate.of(2024, 5, 12));
    assertThat(dating.precision()).isEqualTo(DatePrecision.DAY);
    assertThat(dating.source()).startsWith("\"Sunday\" by rule");
  }

  @Test
  void passesOverADateBeyondAWordThatTiesTheTriggerToAnotherAct() {
    assertThat(date("Talks resumed on Monday after rebels shelled the eastern districts for a week in March.",
        Language.EN, "shelled").date().getMonthValue()).isEqualTo(3);
  }

  @Test
  void datesAnEventTheSentenceSaysIsTodayOnThePublicationDay() {
    EventDater.Dating dating = date("قصفت الطائرات المدينة اليوم.", Language.AR, "قصفت");
    assertThat(dating.date()).isEqualTo(PUBLISHED);
    assertThat(dating.precision()).isEqualTo(DatePrecision.DAY);
  }

  @Test
  void givesTheArticlesDateWhenTheSentenceHasNone() {
    EventDater.Dating dating = date("Rebels shelled the town.", Language.EN, "shelled");
    assertThat(dating.date()).isEqualTo(PUBLISHED);
    assertThat(dating.precision()).isEqualTo(DatePrecision.ARTICLE);
    assertThat(dating.future()).isFalse();
  }

  @Test
  void knowsADateInTheFuture() {
    assertThat(date("Troops will withdraw from the base next month.", Language.EN, "withdraw").future()).isTrue();
  }

  @Test
  void prefersTheTimeOfTheActOverTheDayTheSourceSpoke() {
    // PUBLISHED is Wednesday 15 May 2024
    assertThat(date("Officials said on Wednesday militants stormed the village late on Monday.", Language.EN,
        "stormed").date()).isEqualTo(LocalDate.of(2024, 5, 13));
    assertThat(date("قال مسؤولون يوم الأربعاء إن قوة اقتحمت القرية مساء الاثنين.", Language.AR, "اقتحمت")
        .date()).isEqualTo(LocalDate.of(2024, 5, 13));
  }

  @Test
  void putsAnOvernightActTheNightBeforeTheDayItWasTold() {
    assertThat(date("Rebels shelled the town overnight, officials said on Wednesday.", Language.EN, "shelled")
        .date()).isEqualTo(LocalDate.of(2024, 5, 14));
    assertThat(date("قصفت الطائرات المدينة ليلا، وقال مسؤولون يوم الأربعاء إن عشرة قتلوا.", Language.AR, "قصفت")
        .date()).isEqualTo(LocalDate.of(2024, 5, 14));
    // the night word after the day told is the night just ended: the day stands
    assertThat(date("Officials said on Wednesday an overnight raid hit the town.", Language.EN, "raid").date())
        .isEqualTo(LocalDate.of(2024, 5, 15));
    // "an overnight raid" names the raid by the night ending on the day told
    assertThat(date("Rebels launched an overnight raid on the town, officials said on Wednesday.", Language.EN,
        "raid").date()).isEqualTo(LocalDate.of(2024, 5, 15));
  }

  @Test
  void countsTheDaysBetweenTwoActsTiedByAfter() {
    assertThat(date("The army captured the town on Tuesday, a day after rebels withdrew from it.", Language.EN,
        "withdrew").date()).isEqualTo(LocalDate.of(2024, 5, 13));
    assertThat(date("The rebels withdrew on Sunday, two days before the army captured the town.", Language.EN,
        "captured").date()).isEqualTo(LocalDate.of(2024, 5, 14));
    assertThat(date("سيطر الجيش على البلدة يوم الثلاثاء بعد يوم من انسحاب المسلحين منها.", Language.AR,
        "انسحاب").date()).isEqualTo(LocalDate.of(2024, 5, 13));
  }
}
