package org.okrkit.json;

import com.google.common.collect.ImmutableMap;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The format's names of enum constants: the Java name in lower case, for example {@code
 * stay_at_or_above}. The golden documents pin them, so renaming a constant shows as a format change.
 */
final class EnumNames {

  private EnumNames() {}

  static String of(Enum<?> constant) {
    return constant.name().toLowerCase(Locale.ROOT);
  }

  static <E extends Enum<E>> ImmutableMap<String, E> byName(Class<E> type) {
    return Stream.of(type.getEnumConstants())
        .collect(ImmutableMap.toImmutableMap(EnumNames::of, constant -> constant));
  }

  static String choices(java.util.Map<String, ?> byName) {
    return byName.keySet().stream().collect(Collectors.joining(", "));
  }
}
