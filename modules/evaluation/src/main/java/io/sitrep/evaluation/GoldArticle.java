package io.sitrep.evaluation;

import io.sitrep.model.Article;
import java.util.List;

/** A labelled article: the article as the extractor sees it, and its gold events. */
public record GoldArticle(Article article, String language, List<GoldEvent> events) {}
