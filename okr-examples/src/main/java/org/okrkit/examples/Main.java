package org.okrkit.examples;

/**
 * Prints the report of {@link SampleCompany} ({@link Report#sampleCompany(boolean)}) to standard
 * output. Run it from the repository root with {@code mvn -q -pl okr-examples -am -Prun compile}.
 *
 * <p>The text is coloured only for a terminal: when the JVM's console is a terminal and the
 * environment variable {@code NO_COLOR} is not set. This is the one class of okrkit that touches {@link
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
    boolean colour = isTerminal(System.console()) && System.getenv("NO_COLOR") == null;
    System.out.print(Report.sampleCompany(colour));
    System.out.flush();
  }

  /**
   * Tells whether the console is a terminal. From JDK 22 a console exists even when the output is
   * piped, and {@code Console.isTerminal()} (not in Java 17, so called reflectively) tells them
   * apart; before, a console exists only for a terminal.
   */
  private static boolean isTerminal(java.io.Console console) {
    if (console == null) {
      return false;
    }
    try {
      return (Boolean) java.io.Console.class.getMethod("isTerminal").invoke(console);
    } catch (ReflectiveOperationException olderJdk) {
      return true;
    }
  }
}
