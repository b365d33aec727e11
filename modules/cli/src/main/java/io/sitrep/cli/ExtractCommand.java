package io.sitrep.cli;

import io.sitrep.extraction.ExplainedEvent;
import io.sitrep.extraction.Explanation;
import io.sitrep.extraction.RuleBasedExtractor;
import io.sitrep.extraction.UnsupportedLanguageException;
import io.sitrep.json.ArticleJson;
import io.sitrep.json.EventJson;
import io.sitrep.json.InvalidArticleException;
import io.sitrep.model.Article;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Offline extraction: JSON Lines of articles in, JSON Lines of events out, no Kafka. */
@Command(name = "extract", mixinStandardHelpOptions = true,
    description = {"Extract events offline: one article per input line (the spec's input form), one line per article",
        "out: {\"id\": ..., \"events\": [...]}. No Kafka involved."})
final class ExtractCommand implements Callable<Integer> {

  @Parameters(index = "0", defaultValue = "-", paramLabel = "FILE", description = "JSON Lines file, or - for standard input.")
  String input;

  @Option(names = "--explain", description = {"Add to each event an 'explanation': the lexicon entry, actor, place,",
      "date and factuality rule that produced its fields."})
  boolean explain;

  @Override
  public Integer call() throws IOException {
    RuleBasedExtractor extractor = RuleBasedExtractor.standard();
    ArticleJson articles = new ArticleJson();
    EventJson json = new EventJson();
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    int skipped = 0;
    try (BufferedReader reader = open()) {
      long lineNumber = 0;
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        lineNumber++;
        if (line.isBlank()) {
          continue;
        }
        Article article;
        try {
          article = articles.parse(line, Instant.now());
        } catch (InvalidArticleException e) {
          System.err.println("skipped " + input + ":" + lineNumber + ": " + e.getMessage());
          skipped++;
          continue;
        }
        try {
          out.println(explain ? explainedLine(extractor, json, article) : json.articleLine(article.getId(),
              extractor.extract(article)));
        } catch (UnsupportedLanguageException e) {
          System.err.println("no events for " + article.getId() + " (" + input + ":" + lineNumber + "): " + e.getMessage());
          out.println(json.articleLine(article.getId(), List.of()));
        }
      }
    } catch (NoSuchFileException e) {
      throw new UserError("no such file: " + input);
    }
    return skipped == 0 ? 0 : 3;
  }

  private static String explainedLine(RuleBasedExtractor extractor, EventJson json, Article article) {
    List<ExplainedEvent> explained = extractor.explain(article);
    List<Map<String, String>> explanations = explained.stream().map(e -> {
      Explanation why = e.explanation();
      Map<String, String> fields = new LinkedHashMap<>();
      fields.put("trigger", why.trigger());
      fields.put("agent", why.agent());
      fields.put("place", why.place());
      fields.put("date", why.date());
      fields.put("factuality", why.factuality());
      fields.put("gate", why.gate());
      return fields;
    }).toList();
    return json.explainedArticleLine(article.getId(), explained.stream().map(ExplainedEvent::event).toList(),
        explanations);
  }

  private BufferedReader open() throws IOException {
    return input.equals("-")
        ? new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))
        : Files.newBufferedReader(Path.of(input), StandardCharsets.UTF_8);
  }
}
