package io.sitrep.testkit;

import io.sitrep.model.Article;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Many distinct, realistic-looking short reports in English and Arabic, for load and fault tests that need
 * thousands of articles which produce events. Deterministic for a given seed.
 */
public final class SyntheticArticles {

  private static final String[] EN_PLACES = {"Idlib", "Deir ez-Zor", "Raqqa", "Mosul", "Kirkuk", "Marib", "Hodeidah",
      "Sanaa", "Khan Yunis", "Kharkiv", "Donetsk", "Mogadishu", "Kunduz", "Aleppo", "Homs"};
  private static final String[] AR_PLACES = {"إدلب", "دير الزور", "الرقة", "الموصل", "كركوك", "مأرب", "الحديدة", "صنعاء",
      "خان يونس", "حلب", "حمص", "درعا"};
  private static final String[] EN_TEMPLATES = {
      "Warplanes carried out airstrikes on positions near %s on Sunday, killing %d fighters, officials said.",
      "Artillery shelled villages east of %s overnight, wounding %d civilians, according to local medics.",
      "Fierce clashes broke out between government forces and rebels in %s on Saturday, leaving %d dead.",
      "A car bomb exploded at a checkpoint in %s on Monday, killing %d people and injuring dozens."};
  private static final String[] AR_TEMPLATES = {
      "شنت طائرات حربية غارات جوية على مواقع قرب %s فجر اليوم، ما أسفر عن مقتل %d مسلحين.",
      "قصفت المدفعية قرى شرق %s الليلة الماضية، ما أدى إلى إصابة %d مدنيين.",
      "اندلعت اشتباكات عنيفة بين القوات الحكومية ومسلحين في %s أمس، أسفرت عن مقتل %d أشخاص.",
      "انفجرت سيارة مفخخة عند حاجز في %s اليوم، ما أدى إلى مقتل %d أشخاص."};

  private SyntheticArticles() {}

  /** {@code count} articles with ids {@code <prefix>-0 ...}, alternating languages, published over a month. */
  public static List<Article> generate(String prefix, int count, long seed) {
    Random random = new Random(seed);
    LocalDate firstDay = LocalDate.of(2024, 2, 1);
    List<Article> articles = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      boolean arabic = i % 2 == 1;
      String place = arabic ? AR_PLACES[random.nextInt(AR_PLACES.length)] : EN_PLACES[random.nextInt(EN_PLACES.length)];
      String template = arabic ? AR_TEMPLATES[random.nextInt(AR_TEMPLATES.length)]
          : EN_TEMPLATES[random.nextInt(EN_TEMPLATES.length)];
      String text = String.format(template, place, 2 + random.nextInt(40));
      Instant published = firstDay.plusDays(random.nextInt(28)).atStartOfDay(ZoneOffset.UTC).toInstant()
          .plusSeconds(random.nextInt(86_400));
      articles.add(Article.newBuilder()
          .setId(prefix + "-" + i)
          .setText(text)
          .setLanguage(arabic ? "ar" : "en")
          .setPublished(published)
          .setReceived(published.plusSeconds(30))
          .build());
    }
    return articles;
  }
}
