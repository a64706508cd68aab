package org.okrkit.json;

import com.google.common.collect.ImmutableMap;
import java.util.function.Function;
import org.okrkit.core.Adjustment;
import org.okrkit.core.Alignment;
import org.okrkit.core.AlignmentTarget;
import org.okrkit.core.CheckIn;
import org.okrkit.core.CheckInValue;
import org.okrkit.core.ChecklistItem;
import org.okrkit.core.Confidence;
import org.okrkit.core.HealthTarget;
import org.okrkit.core.KeyResult;
import org.okrkit.core.Kpi;
import org.okrkit.core.KpiLink;
import org.okrkit.core.KpiReading;
import org.okrkit.core.Lifecycle;
import org.okrkit.core.LifecycleEvent;
import org.okrkit.core.Measure;
import org.okrkit.core.Objective;
import org.okrkit.core.Period;
import org.okrkit.core.Plan;

/**
 * The values of okr-core that are written and read on their own, each with its writer and reader:
 * one table that the Jackson module and {@link OkrJson} share.
 */
final class CoreValues {

  private CoreValues() {}

  static final ImmutableMap<Class<?>, PlanWriter.ValueWriter<?>> WRITERS =
      ImmutableMap.<Class<?>, PlanWriter.ValueWriter<?>>builder()
          .put(Plan.class, (PlanWriter.ValueWriter<Plan>) PlanWriter::plan)
          .put(Objective.class, (PlanWriter.ValueWriter<Objective>) PlanWriter::objective)
          .put(KeyResult.class, (PlanWriter.ValueWriter<KeyResult>) PlanWriter::keyResult)
          .put(Measure.class, (PlanWriter.ValueWriter<Measure>) PlanWriter::measure)
          .put(ChecklistItem.class, (PlanWriter.ValueWriter<ChecklistItem>) PlanWriter::checklistItem)
          .put(KpiLink.class, (PlanWriter.ValueWriter<KpiLink>) PlanWriter::kpiLink)
          .put(CheckIn.class, (PlanWriter.ValueWriter<CheckIn>) PlanWriter::checkIn)
          .put(CheckInValue.class, (PlanWriter.ValueWriter<CheckInValue>) PlanWriter::checkInValue)
          .put(Adjustment.class, (PlanWriter.ValueWriter<Adjustment>) PlanWriter::adjustment)
          .put(Alignment.class, (PlanWriter.ValueWriter<Alignment>) PlanWriter::alignment)
          .put(AlignmentTarget.class,
              (PlanWriter.ValueWriter<AlignmentTarget>) PlanWriter::alignmentTarget)
          .put(LifecycleEvent.class,
              (PlanWriter.ValueWriter<LifecycleEvent>) PlanWriter::lifecycleEvent)
          .put(Period.class, (PlanWriter.ValueWriter<Period>) PlanWriter::period)
          .put(Confidence.class, (PlanWriter.ValueWriter<Confidence>) PlanWriter::confidence)
          .put(Lifecycle.class, (PlanWriter.ValueWriter<Lifecycle>) PlanWriter::lifecycle)
          .put(Kpi.class, (PlanWriter.ValueWriter<Kpi>) PlanWriter::kpi)
          .put(HealthTarget.class, (PlanWriter.ValueWriter<HealthTarget>) PlanWriter::healthTarget)
          .put(KpiReading.class, (PlanWriter.ValueWriter<KpiReading>) PlanWriter::kpiReading)
          .build();

  static final ImmutableMap<Class<?>, Function<PlanReader, ?>> READERS =
      ImmutableMap.<Class<?>, Function<PlanReader, ?>>builder()
          .put(Plan.class, PlanReader::plan)
          .put(Objective.class, PlanReader::objective)
          .put(KeyResult.class, PlanReader::keyResult)
          .put(Measure.class, PlanReader::measure)
          .put(ChecklistItem.class, PlanReader::checklistItem)
          .put(KpiLink.class, PlanReader::kpiLink)
          .put(CheckIn.class, PlanReader::checkIn)
          .put(CheckInValue.class, PlanReader::checkInValue)
          .put(Adjustment.class, PlanReader::adjustment)
          .put(Alignment.class, PlanReader::alignment)
          .put(LifecycleEvent.class, PlanReader::lifecycleEvent)
          .put(Period.class, PlanReader::period)
          .put(Kpi.class, PlanReader::kpi)
          .put(HealthTarget.class, PlanReader::healthTarget)
          .put(KpiReading.class, PlanReader::kpiReading)
          .build();
}
