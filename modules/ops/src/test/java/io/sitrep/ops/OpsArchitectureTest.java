package io.sitrep.ops;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Holds the module table of conventions.md true for ops: Kafka clients and Micrometer, no Streams, no cycles. */
@AnalyzeClasses(packages = "io.sitrep.ops", importOptions = ImportOption.DoNotIncludeTests.class)
class OpsArchitectureTest {

  @ArchTest
  static final ArchRule opsDoesNotUseKafkaStreams = noClasses().that().resideInAPackage("io.sitrep.ops..")
      .should().dependOnClassesThat().resideInAPackage("org.apache.kafka.streams..");

  @ArchTest
  static final ArchRule lagKnowsNothingOfMetricsOrHttp = noClasses().that().resideInAPackage("io.sitrep.ops.lag..")
      .should().dependOnClassesThat().resideInAnyPackage("io.sitrep.ops.metrics..", "io.sitrep.ops.http..",
          "io.micrometer..");

  @ArchTest
  static final ArchRule packagesHaveNoCycles = slices().matching("io.sitrep.ops.(**)").should().beFreeOfCycles();
}
