package io.sitrep.extraction;

import io.sitrep.model.Article;
import io.sitrep.model.MilitaryEvent;
import java.util.List;

/** Turns one article into the military events it states. Implementations are thread-safe and do no I/O. */
public interface Extractor {

  /**
   * The events the article states, in the order of their evidence; empty when it states none.
   *
   * @throws UnsupportedLanguageException when the article is in a language without rules
   */
  List<MilitaryEvent> extract(Article article);

  /** The version stamped on every event this extractor emits, so that replays can tell outputs apart. */
  String version();
}
