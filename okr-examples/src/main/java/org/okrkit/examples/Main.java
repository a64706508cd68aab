package org.okrkit.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import org.okrkit.core.OkrException;
import org.okrkit.core.Period;
import org.okrkit.core.Plan;
import org.okrkit.json.OkrJson;

/**
 * Prints the report of {@link SampleCompany} ({@link Report#sampleCompany(boolean)}), or of a plan
 * file of the user's own, to standard output. Run it from the repository root with {@code mvn -q
 * -pl okr-examples -am -Prun compile}, adding {@code -Dplan=path/to/plan.yaml} for a plan file.
 *
 * <p>Options, each {@code --name=value}; an empty value counts as not given, since the {@code run}
 * profile passes every option, empty unless set on Maven's command line:
 *
 * <ul>
 *   <li>{@code --plan=FILE}: a plan document, read as YAML when the name ends in {@code .yaml} or
 *       {@code .yml} and as JSON when it ends in {@code .json}. A relative name is resolved
 *       against the working directory, which under {@code exec:java} is the directory Maven was
 *       started in. The report then leaves out the sample's explanation and accountability
 *       sections ({@link Report#render(Plan, Period, LocalDate, boolean)});
 *   <li>{@code --period=2026-Q1} (a calendar quarter) or {@code --period=2026} (a calendar year):
 *       the period the retrospective reviews; by default the quarter of the plan's objectives that
 *       starts last ({@link Report#latestPeriod(Plan)});
 *   <li>{@code --as-of=2026-03-31}: the date everything is computed for; by default the latest
 *       date in the plan's history ({@link Report#latestDate(Plan, Period)}).
 * </ul>
 *
 * <p>A file that cannot be read, or that is not a valid plan document, is reported in one line on
 * standard error (for a document, okrkit's message: the JSON path, the value and the rule) and the
 * JVM exits with status 1; a bad option exits with status 2. The text is coloured only for a
 * terminal: when the JVM's console is a terminal and the environment variable {@code NO_COLOR} is
 * not set. This is the one class of okrkit that touches {@link System} or opens a file; the report
 * itself is a plain string.
 */
public final class Main {

  /** The exit status for a plan file that cannot be read or reported. */
  static final int BAD_PLAN = 1;
  /** The exit status for an option that is not understood. */
  static final int BAD_OPTION = 2;

  private static final String PLAN = "--plan=";
  private static final String PERIOD = "--period=";
  private static final String AS_OF = "--as-of=";

  private Main() {}

  /**
   * Prints the report, or the reason there is none and exits with a non-zero status.
   *
   * @param args  the options above, each at most once, not null
   */
  public static void main(String[] args) {
    boolean colour = isTerminal(System.console()) && System.getenv("NO_COLOR") == null;
    int status = run(args, colour, System.out, System.err);
    System.out.flush();
    System.err.flush();
    if (status != 0) {
      System.exit(status);
    }
  }

  /**
   * Prints the report to {@code out}, or one line saying why there is none to {@code err}.
   *
   * @return 0, {@link #BAD_PLAN} or {@link #BAD_OPTION}
   */
  static int run(String[] args, boolean colour, PrintStream out, PrintStream err) {
    Optional<String> planFile = Optional.empty();
    Optional<String> periodOption = Optional.empty();
    Optional<String> asOfOption = Optional.empty();
    for (String arg : args) {
      if (arg.startsWith(PLAN)) {
        planFile = given(arg, PLAN);
      } else if (arg.startsWith(PERIOD)) {
        periodOption = given(arg, PERIOD);
      } else if (arg.startsWith(AS_OF)) {
        asOfOption = given(arg, AS_OF);
      } else {
        err.println("okrkit example: unknown option " + arg + "; the options are " + PLAN
            + "FILE, " + PERIOD + "2026-Q1 and " + AS_OF + "2026-03-31");
        return BAD_OPTION;
      }
    }
    if (planFile.isEmpty()) {
      if (periodOption.isPresent() || asOfOption.isPresent()) {
        err.println("okrkit example: the period and the date are chosen only for a plan file"
            + " (-Dplan=...); the sample company's are fixed");
        return BAD_OPTION;
      }
      out.print(Report.sampleCompany(colour));
      return 0;
    }
    Path path = Path.of(planFile.get()).toAbsolutePath().normalize();
    Optional<OkrJson> format = formatOf(path);
    if (format.isEmpty()) {
      err.println("okrkit example: " + path + " must end in .yaml or .yml (YAML) or .json (JSON)");
      return BAD_OPTION;
    }
    Optional<Period> period;
    Optional<LocalDate> asOf;
    try {
      period = periodOption.map(Main::period);
      asOf = asOfOption.map(Main::date);
    } catch (OkrException badOption) {
      err.println("okrkit example: " + badOption.getMessage());
      return BAD_OPTION;
    }
    try (InputStream document = Files.newInputStream(path)) {
      Plan plan = format.get().readPlan(document);
      Period reviewed = period.orElseGet(() -> Report.latestPeriod(plan));
      LocalDate computedFor = asOf.orElseGet(() -> Report.latestDate(plan, reviewed));
      out.print(Report.render(plan, reviewed, computedFor, colour));
      return 0;
    } catch (OkrException invalid) {
      err.println(path + ": " + invalid.getMessage());
      return BAD_PLAN;
    } catch (NoSuchFileException missing) {
      err.println(path + ": no such file");
      return BAD_PLAN;
    } catch (AccessDeniedException denied) {
      err.println(path + ": not readable");
      return BAD_PLAN;
    } catch (IOException unreadable) {
      err.println(path + ": cannot be read: " + unreadable);
      return BAD_PLAN;
    }
  }

  /** An option's value; empty when blank, as the run profile passes options not set. */
  private static Optional<String> given(String arg, String option) {
    String value = arg.substring(option.length()).strip();
    return value.isEmpty() ? Optional.empty() : Optional.of(value);
  }

  private static Optional<OkrJson> formatOf(Path path) {
    String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".yaml") || name.endsWith(".yml")) {
      return Optional.of(OkrJson.yaml());
    }
    return name.endsWith(".json") ? Optional.of(OkrJson.json()) : Optional.empty();
  }

  /** A calendar year ("2026") or quarter ("2026-Q1"). */
  private static Period period(String text) {
    java.util.regex.Matcher matcher =
        java.util.regex.Pattern.compile("(\\d{4})(?:-[Qq]([1-4]))?").matcher(text);
    if (!matcher.matches()) {
      throw new OkrException("period", text,
          "must be a calendar quarter such as 2026-Q1 or a calendar year such as 2026");
    }
    int year = Integer.parseInt(matcher.group(1));
    return matcher.group(2) == null ? Period.calendarYear(year)
        : Period.calendarQuarter(year, Integer.parseInt(matcher.group(2)));
  }

  private static LocalDate date(String text) {
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException notADate) {
      throw new OkrException("asOf", text, "must be an ISO-8601 date such as 2026-03-31");
    }
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
