package io.sitrep.bench.load;

import static org.assertj.core.api.Assertions.assertThat;

import io.sitrep.model.Article;
import io.sitrep.model.MilitaryEvent;
import io.sitrep.model.topics.Topics;
import io.sitrep.streams.PipelineObserver;
import io.sitrep.streams.StreamsAppConfig;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.apache.kafka.streams.TopologyTestDriver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PassthroughTopologyTest {

  @Test
  void writesOneValidEventRecordPerArticleKeyedByTheArticle(@TempDir Path stateDir) {
    Topics topics = Topics.standard();
    StreamsAppConfig config = StreamsAppConfig.defaults("unused:9092", "passthrough-test", stateDir);
    try (TopologyTestDriver driver = new TopologyTestDriver(PassthroughTopology.build(config, topics),
        config.streamsProperties(topics.deadLetters().name(), PipelineObserver.NONE))) {
      var articles = driver.createInputTopic(topics.articles().name(), topics.articles().keySerde().serializer(),
          topics.articles().valueSerde().serializer());
      var events = driver.createOutputTopic(topics.events().name(), topics.events().keySerde().deserializer(),
          topics.events().valueSerde().deserializer());

      for (Article article : BenchCorpus.fromDevArticles().generate("p", 3, 1)) {
        articles.pipeInput(article.getId(), article);
      }

      Map<String, MilitaryEvent> out = events.readKeyValuesToMap();
      assertThat(out).containsOnlyKeys("p-0", "p-1", "p-2");
      assertThat(out.get("p-1").getArticleId()).isEqualTo("p-1");
      assertThat(out.get("p-1").getExtractorVersion()).isEqualTo("passthrough");
    }
  }
}
