package org.okrkit.examples;

/**
 * Prints the report of {@link SampleCompany} ({@link Report#sampleCompany(boolean)}) to standard
 * output. Run it from the repository root with
 * {@code mvn -q -B -pl okr-examples -am -DskipTests compile exec:java}.
 *
 * <p>The text is coloured only for a terminal: when the JVM has a console and the environment
 * variable {@code NO_COLOR} is not set. This is the one class of okrkit that touches {@link
 * System}; the report itself is a plain string.
 */
public final class Main {

  private Main() {}

  /**
   * Prints the report.
   *
   * @param args  ignored
   */
  public static void main(String[] args) {
    boolean colour = System.console() != null && System.getenv("NO_COLOR") == null;
    System.out.print(Report.sampleCompany(colour));
    System.out.flush();
  }
}
