package org.okrkit.alignment;

import static org.okrkit.alignment.CascadeTestPlans.id;
import static org.okrkit.alignment.CascadeTestPlans.kr;
import static org.okrkit.alignment.CascadeTestPlans.unit;

import com.google.common.collect.ImmutableMap;
import com.google.common.testing.EqualsTester;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.okrkit.core.AlignmentTarget;
import org.okrkit.core.Level;

/** Equality of the queries' values: equal parts, equal values. */
class CascadeValuesTest {

  @Test
  void coverageShare() {
    new EqualsTester()
        .addEqualityGroup(CoverageShare.of(1, 2), CoverageShare.of(1, 2))
        .addEqualityGroup(CoverageShare.of(2, 4))
        .addEqualityGroup(CoverageShare.of(0, 0))
        .testEquals();
  }

  @Test
  void cascadePath() {
    List<AlignmentTarget> steps = List.of(AlignmentTarget.of(id("p"), kr("k")));
    new EqualsTester()
        .addEqualityGroup(CascadePath.of(id("a"), steps, id("p"), true),
            CascadePath.of(id("a"), steps, id("p"), true))
        .addEqualityGroup(CascadePath.of(id("b"), steps, id("p"), true))
        .addEqualityGroup(CascadePath.of(id("a"), List.of(), id("p"), true))
        .addEqualityGroup(CascadePath.of(id("a"), steps, id("q"), true))
        .addEqualityGroup(CascadePath.of(id("a"), steps, id("p"), false))
        .testEquals();
  }

  @Test
  void dependency() {
    new EqualsTester()
        .addEqualityGroup(Dependency.of(id("a"), unit("x"), id("b"), unit("y")),
            Dependency.of(id("a"), unit("x"), id("b"), unit("y")))
        .addEqualityGroup(Dependency.of(id("c"), unit("x"), id("b"), unit("y")))
        .addEqualityGroup(Dependency.of(id("a"), unit("z"), id("b"), unit("y")))
        .addEqualityGroup(Dependency.of(id("a"), unit("x"), id("c"), unit("y")))
        .addEqualityGroup(Dependency.of(id("a"), unit("x"), id("b"), unit("z")))
        .testEquals();
  }

  @Test
  void coverage() {
    CoverageShare half = CoverageShare.of(1, 2);
    Map<Level, CoverageShare> levels = ImmutableMap.of(Level.COMPANY, half);
    List<AlignmentTarget> unsupported = List.of(AlignmentTarget.of(id("a"), kr("k")));
    Map<org.okrkit.core.OrgUnitId, CoverageShare> units = ImmutableMap.of(unit("x"), half);
    new EqualsTester()
        .addEqualityGroup(Coverage.of(half, levels, unsupported, units),
            Coverage.of(CoverageShare.of(1, 2), levels, unsupported, units))
        .addEqualityGroup(Coverage.of(CoverageShare.of(2, 2), levels, unsupported, units))
        .addEqualityGroup(Coverage.of(half, ImmutableMap.of(), unsupported, units))
        .addEqualityGroup(Coverage.of(half, levels, List.of(), units))
        .addEqualityGroup(Coverage.of(half, levels, unsupported, ImmutableMap.of()))
        .testEquals();
  }
}
