package io.sitrep.evaluation;

import io.sitrep.model.Article;
import java.util.List;

/**
 * A labelled article: the article as the extractor sees it, its gold events, and its publisher (the {@code source}
 * field, or the file when it has none), which cross-validation keeps on one side of each split.
 */
public record GoldArticle(Article article, String language, List<GoldEvent> events, String publisher) {}
