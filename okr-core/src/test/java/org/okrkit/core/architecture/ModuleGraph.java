package org.okrkit.core.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.File;
import java.lang.module.Configuration;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Checks a module's compiled descriptor and resolves it as an application would at run time. The
 * tests run on the class path, so without this nothing would exercise the module graph.
 */
public final class ModuleGraph {

  private ModuleGraph() {}

  /**
   * Returns the descriptor compiled into this module's {@code target/classes}.
   *
   * @param module  the module name
   */
  public static ModuleDescriptor compiled(String module) {
    return ModuleFinder.of(Path.of("target/classes")).find(module).orElseThrow().descriptor();
  }

  /**
   * Asserts the packages a module exports to everyone.
   *
   * @param module  the module name
   * @param packages  the exported packages expected
   */
  public static void assertExportsOnly(String module, String... packages) {
    Set<String> exported = compiled(module).exports().stream()
        .filter(export -> !export.isQualified())
        .map(ModuleDescriptor.Exports::source)
        .collect(Collectors.toCollection(TreeSet::new));
    assertEquals(new TreeSet<>(List.of(packages)), exported, module + " exports API packages only");
  }

  /**
   * Resolves a module from its classes and the class path's jars whose names start with one of
   * the given prefixes, as an application on the module path would, and returns the names of the
   * resolved modules.
   *
   * @param module  the module name
   * @param jarPrefixes  file name prefixes of the jars to offer, for example {@code "guava-"}
   */
  public static Set<String> resolve(String module, String... jarPrefixes) {
    Path[] offered = java.util.stream.Stream.concat(
            java.util.stream.Stream.of(Path.of("target/classes")),
            java.util.Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .map(Path::of)
                .filter(path -> {
                  String name = path.getFileName().toString();
                  boolean ourClasses = path.endsWith(Path.of("target", "classes"))
                      && !path.equals(Path.of("target/classes").toAbsolutePath());
                  return ourClasses || List.of(jarPrefixes).stream().anyMatch(name::startsWith);
                }))
        .toArray(Path[]::new);
    Configuration configuration = ModuleLayer.boot().configuration()
        .resolve(ModuleFinder.of(offered), ModuleFinder.of(), Set.of(module));
    return configuration.modules().stream()
        .map(resolved -> resolved.name())
        .collect(Collectors.toCollection(TreeSet::new));
  }
}
