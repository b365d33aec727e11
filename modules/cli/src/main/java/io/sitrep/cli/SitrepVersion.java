package io.sitrep.cli;

import picocli.CommandLine.IVersionProvider;

/** The version printed by {@code sitrep --version}: the jar's, or "development" when run from classes. */
final class SitrepVersion implements IVersionProvider {

  @Override
  public String[] getVersion() {
    String version = Sitrep.class.getPackage().getImplementationVersion();
    return new String[] {"sitrep " + (version == null ? "development" : version)};
  }
}
