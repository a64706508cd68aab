package org.okrkit.core;

import java.math.BigDecimal;
import java.util.Objects;
import org.immutables.value.Value;
import org.okrkit.core.internal.Decimals;
import org.okrkit.core.internal.OkrStyle;
import org.okrkit.core.internal.Require;

/**
 * One weighted milestone of a {@link Checklist}, named by an identifier such as
 * {@code "pilot-done"}. Immutable and thread-safe.
 */
@Value.Immutable(builder = false, copy = false)
@OkrStyle
public abstract class ChecklistItem {

  ChecklistItem() {}

  /**
   * Obtains an item of weight 1.
   *
   * @param name  the item's identifier, unique in its checklist, not blank
   * @return the item, not null
   * @throws OkrException if the name is not a valid identifier
   */
  public static ChecklistItem of(String name) {
    return of(name, BigDecimal.ONE);
  }

  /**
   * Obtains an item with a weight.
   *
   * @param name  the item's identifier, unique in its checklist, not blank
   * @param weight  the item's weight, positive
   * @return the item, not null
   * @throws OkrException if the name is blank or the weight not positive
   */
  public static ChecklistItem of(String name, BigDecimal weight) {
    Objects.requireNonNull(weight, "weight");
    return ImmutableChecklistItem.of(name, Decimals.canonical("weight", weight));
  }

  /**
   * Obtains an item with a weight given as a double, taken in its shortest decimal form.
   *
   * @param name  the item's identifier, unique in its checklist, not blank
   * @param weight  the item's weight, positive and finite
   * @return the item, not null
   * @throws OkrException if the name is blank, or the weight is NaN, infinite or not positive
   */
  public static ChecklistItem of(String name, double weight) {
    return of(name, Require.finite("weight", weight));
  }

  /**
   * Returns the item's identifier.
   *
   * @return the name, not null
   */
  @Value.Parameter
  public abstract String name();

  /**
   * Returns the item's weight in its checklist.
   *
   * @return the weight, positive, not null
   */
  @Value.Parameter
  public abstract BigDecimal weight();

  @Value.Check
  void check() {
    Require.identifier("name", name());
    Require.positive("weight", weight());
  }

  /** Returns the name and weight, for example {@code pilot-done×2}. */
  @Override
  public String toString() {
    return name() + "×" + weight().toPlainString();
  }
}
