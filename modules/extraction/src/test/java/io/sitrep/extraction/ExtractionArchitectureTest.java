package io.sitrep.extraction;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Holds the module table of conventions.md true for the extractor: plain Java, no Kafka, no package cycles. */
@AnalyzeClasses(packages = "io.sitrep.extraction", importOptions = ImportOption.DoNotIncludeTests.class)
class ExtractionArchitectureTest {

  @ArchTest
  static final ArchRule extractionDoesNotUseKafka = noClasses().that().resideInAPackage("io.sitrep.extraction..")
      .should().dependOnClassesThat().resideInAPackage("org.apache.kafka..");

  @ArchTest
  static final ArchRule packagesHaveNoCycles = slices().matching("io.sitrep.(**)").should().beFreeOfCycles();
}
