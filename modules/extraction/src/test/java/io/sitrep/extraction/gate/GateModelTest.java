package io.sitrep.extraction.gate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sitrep.extraction.lexicon.Language;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GateModelTest {

  private static GateModel model() {
    float[] weights = new float[17];
    weights[3] = 2.5f;
    weights[7] = -1.25f;
    return new GateModel("gate-test", 16, -0.5, Map.of(Language.EN, 0.6, Language.AR, 0.4), weights);
  }

  @Test
  void scoresTheLogisticOfBiasPlusTheWeightsOfPresentFeatures() {
    assertThat(model().probability(new FeatureVector(new int[] {3}))).isCloseTo(1 / (1 + Math.exp(-2.0)),
        org.assertj.core.data.Offset.offset(1e-9));
    assertThat(model().probability(new FeatureVector(new int[] {}))).isLessThan(0.5);
  }

  @Test
  void readsBackWhatItWrites() throws IOException {
    StringWriter out = new StringWriter();
    model().write(out);
    GateModel read = GateModel.read(new ByteArrayInputStream(out.toString().getBytes(StandardCharsets.UTF_8)), "t");
    assertThat(read.version()).isEqualTo("gate-test");
    assertThat(read.weights()).isEqualTo(model().weights());
    assertThat(read.threshold(Language.AR)).isEqualTo(0.4);
    assertThat(out.toString()).contains("weight\t3\t2.50000").doesNotContain("weight\t4\t");
  }

  @Test
  void namesTheLineOfABadModelFile() {
    String bad = "version\tx\ndimensions\t4\nweight\tnine\t1\n";
    assertThatThrownBy(() -> GateModel.read(new ByteArrayInputStream(bad.getBytes(StandardCharsets.UTF_8)), "m"))
        .hasMessageStartingWith("m:3:");
  }

  @Test
  void refusesWeightsThatDoNotFitTheDimensions() {
    assertThatThrownBy(() -> new GateModel("x", 16, 0, Map.of(), new float[4]))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
