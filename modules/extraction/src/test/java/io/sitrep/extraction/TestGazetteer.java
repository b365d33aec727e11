package io.sitrep.extraction;

/** The small gazetteer under test resources, in the bundled files' format, so that tests do not depend on its data. */
public final class TestGazetteer {

  public static final String DIRECTORY = "/io/sitrep/extraction/fixture-places/";

  private TestGazetteer() {}
}
