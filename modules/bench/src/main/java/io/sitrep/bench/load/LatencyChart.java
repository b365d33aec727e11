package io.sitrep.bench.load;

import io.sitrep.bench.load.BenchResults.Latency;
import io.sitrep.bench.load.BenchResults.SubjectRun;
import java.util.List;
import java.util.Locale;
import java.util.function.ToLongFunction;

/**
 * Latency against offered load as an SVG line chart: p50 and p99 of both topologies, the x axis in percent of each
 * topology's own saturation rate (their rates differ by orders of magnitude), the legend giving each rate. Plain SVG,
 * so that any browser or Markdown viewer shows it.
 */
public final class LatencyChart {

  private static final int WIDTH = 800;
  private static final int HEIGHT = 420;
  private static final int LEFT = 70;
  private static final int RIGHT = 250;
  private static final int TOP = 40;
  private static final int BOTTOM = 60;

  private LatencyChart() {}

  public static String svg(BenchResults results) {
    List<SubjectRun> runs = List.of(results.baseline(), results.sitrep());
    long maxMillis = Math.max(1, runs.stream().flatMap(run -> run.latencies().stream())
        .mapToLong(latency -> latency.millis().p99()).max().orElse(1));
    double xMax = 100;
    double yMax = niceCeiling(maxMillis);
    StringBuilder svg = new StringBuilder();
    svg.append(format("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" font-family=\"sans-serif\" font-size=\"12\">%n",
        WIDTH, HEIGHT));
    svg.append(format("<rect width=\"%d\" height=\"%d\" fill=\"white\"/>%n", WIDTH, HEIGHT));
    svg.append(format("<text x=\"%d\" y=\"22\" font-size=\"15\">End-to-end latency against offered load</text>%n", LEFT));
    int plotWidth = WIDTH - LEFT - RIGHT;
    int plotHeight = HEIGHT - TOP - BOTTOM;
    for (int tick = 0; tick <= 5; tick++) {
      double y = TOP + plotHeight - tick * plotHeight / 5.0;
      double x = LEFT + tick * plotWidth / 5.0;
      svg.append(format("<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#ddd\"/>%n", LEFT, y, LEFT + plotWidth, y));
      svg.append(format("<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%.0f</text>%n", LEFT - 6, y + 4, yMax * tick / 5));
      svg.append(format("<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%.0f</text>%n", x, TOP + plotHeight + 18, xMax * tick / 5));
    }
    svg.append(format("<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"black\"/>%n", LEFT, TOP + plotHeight, LEFT + plotWidth, TOP + plotHeight));
    svg.append(format("<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"black\"/>%n", LEFT, TOP, LEFT, TOP + plotHeight));
    svg.append(format("<text x=\"%d\" y=\"%d\" text-anchor=\"middle\">offered load, %% of the topology's saturation rate</text>%n",
        LEFT + plotWidth / 2, HEIGHT - 18));
    svg.append(format("<text x=\"18\" y=\"%d\" text-anchor=\"middle\" transform=\"rotate(-90 18 %d)\">latency, ms</text>%n",
        TOP + plotHeight / 2, TOP + plotHeight / 2));

    String[] colours = {"#1f77b4", "#d62728"};
    int legendY = TOP + 10;
    for (int i = 0; i < runs.size(); i++) {
      SubjectRun run = runs.get(i);
      String colour = colours[i];
      String label = run.saturation().subject().label();
      legendY = series(svg, run, Percentiles::p50, colour, "", label + " p50", xMax, yMax, legendY);
      legendY = series(svg, run, Percentiles::p99, colour, " stroke-dasharray=\"6 4\"", label + " p99", xMax, yMax, legendY);
      svg.append(format("<text x=\"%d\" y=\"%d\" fill=\"%s\">%s: 100%% = %,.0f articles/s</text>%n",
          WIDTH - RIGHT + 15, legendY + 4, colour, label, run.saturation().articlesPerSecond()));
      legendY += 28;
    }
    svg.append("</svg>\n");
    return svg.toString();
  }

  private static int series(StringBuilder svg, SubjectRun run, ToLongFunction<Percentiles> statistic, String colour,
      String dash, String label, double xMax, double yMax, int legendY) {
    int plotWidth = WIDTH - LEFT - RIGHT;
    int plotHeight = HEIGHT - TOP - BOTTOM;
    StringBuilder points = new StringBuilder();
    for (Latency latency : run.latencies()) {
      double x = LEFT + latency.load() * 100 / xMax * plotWidth;
      double y = TOP + plotHeight - statistic.applyAsLong(latency.millis()) / yMax * plotHeight;
      points.append(format("%.1f,%.1f ", x, y));
      svg.append(format("<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3\" fill=\"%s\"/>%n", x, y, colour));
    }
    svg.append(format("<polyline points=\"%s\" fill=\"none\" stroke=\"%s\" stroke-width=\"2\"%s/>%n",
        points.toString().trim(), colour, dash));
    int legendX = WIDTH - RIGHT + 15;
    svg.append(format("<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"%s\" stroke-width=\"2\"%s/>%n",
        legendX, legendY, legendX + 25, legendY, colour, dash));
    svg.append(format("<text x=\"%d\" y=\"%d\">%s</text>%n", legendX + 32, legendY + 4, label));
    return legendY + 20;
  }

  /** The smallest of 1, 2 or 5 times a power of ten that is at least {@code value}: round axis ends. */
  static double niceCeiling(double value) {
    double power = Math.pow(10, Math.floor(Math.log10(Math.max(value, 1))));
    for (double step : new double[] {1, 2, 5, 10}) {
      if (step * power >= value) {
        return step * power;
      }
    }
    return 10 * power;
  }

  private static String format(String pattern, Object... args) {
    return String.format(Locale.ROOT, pattern, args);
  }
}
