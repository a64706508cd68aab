package org.example.sneaky;

import org.okrkit.core.internal.Require;

/** Uses okrkit's internal validation directly, which okrkit's module does not allow. */
public final class Sneaky {

  private Sneaky() {
  }

  public static String check(String name) {
    return Require.identifier("name", name);
  }
}
