package org.okrkit.alignment;

import org.immutables.value.Value;
import org.okrkit.core.ObjectiveId;
import org.okrkit.core.OrgUnitId;
import org.okrkit.core.internal.OkrStyle;

/**
 * A lateral dependency between objectives of two organisational units: {@link #objective()},
 * held by {@link #unit()}, depends on {@link #dependsOn()}, held by {@link #dependsOnUnit()}.
 * Immutable and thread-safe.
 */
@Value.Immutable(builder = false, copy = false)
@OkrStyle
public abstract class Dependency {

  Dependency() {}

  static Dependency of(
      ObjectiveId objective, OrgUnitId unit, ObjectiveId dependsOn, OrgUnitId dependsOnUnit) {
    return ImmutableDependency.of(objective, unit, dependsOn, dependsOnUnit);
  }

  /**
   * Returns the objective that depends on another.
   *
   * @return its id, not null
   */
  @Value.Parameter
  public abstract ObjectiveId objective();

  /**
   * Returns the unit that holds {@link #objective()}.
   *
   * @return the unit, not null
   */
  @Value.Parameter
  public abstract OrgUnitId unit();

  /**
   * Returns the objective depended on.
   *
   * @return its id, not null
   */
  @Value.Parameter
  public abstract ObjectiveId dependsOn();

  /**
   * Returns the unit that holds {@link #dependsOn()}, another than {@link #unit()}.
   *
   * @return the unit, not null
   */
  @Value.Parameter
  public abstract OrgUnitId dependsOnUnit();

  /**
   * Returns the dependency as text, for example {@code sales: obj-3 depends on platform: obj-7}.
   */
  @Override
  public String toString() {
    return unit() + ": " + objective() + " depends on " + dependsOnUnit() + ": " + dependsOn();
  }
}
