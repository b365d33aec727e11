package io.sitrep.evaluation;

/** How many matched events got a field right, out of how many were compared. */
public record FieldAccuracy(int correct, int compared) {

  public FieldAccuracy add(boolean right) {
    return new FieldAccuracy(correct + (right ? 1 : 0), compared + 1);
  }

  /** Share right; 1 when nothing was compared. */
  public double accuracy() {
    return compared == 0 ? 1.0 : (double) correct / compared;
  }
}
