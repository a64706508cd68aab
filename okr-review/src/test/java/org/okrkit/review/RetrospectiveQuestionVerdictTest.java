package org.okrkit.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.okrkit.alignment.AlignmentIndex;
import org.okrkit.alignment.AlignmentRule;
import org.okrkit.alignment.Severity;
import org.okrkit.alignment.Violation;
import org.okrkit.core.AlignmentTarget;
import org.okrkit.core.KeyResultId;
import org.okrkit.core.ObjectiveId;
import org.okrkit.core.OkrException;
import org.okrkit.core.OrgUnitId;
import org.okrkit.core.PersonId;

/**
 * Each question's wording and verdict, in every branch its class comment names, with the counts
 * written out; built from the records directly, so each verdict is pinned on its own.
 */
class RetrospectiveQuestionVerdictTest {

  private static final ObjectiveId A = ObjectiveId.of("a");
  private static final ObjectiveId B = ObjectiveId.of("b");
  private static final AlignmentTarget A_KR = AlignmentTarget.of(A, KeyResultId.of("kr"));
  private static final AlignmentTarget B_KR = AlignmentTarget.of(B, KeyResultId.of("kr"));

  /** A rule of our own, only to obtain violations of a chosen severity. */
  private static Violation finding(Severity severity) {
    AlignmentRule rule = new AlignmentRule() {
      @Override
      public String id() {
        return "test-" + severity.name().toLowerCase(java.util.Locale.ROOT);
      }

      @Override
      public Severity severity() {
        return severity;
      }

      @Override
      public void check(AlignmentIndex index, Consumer<Violation> report) {}
    };
    return Violation.of(rule, List.of(A), "found on a");
  }

  @Test
  void setting_isSound_onlyWithNoFindingAndNothingTooSafe() {
    QuestionSetting sound = ImmutableQuestionSetting.of(List.of(), List.of());
    assertEquals(1, sound.number());
    assertEquals("Was the setting sound?", sound.question());
    assertEquals("sound: no validation finding and no objective set too safe", sound.verdict());
    assertEquals("Was the setting sound? sound: no validation finding and no objective set too safe",
        sound.toString());
    // one too-safe objective and no finding is already something to improve
    assertEquals("to improve: 0 validation findings (0 errors, 0 warnings, 0 infos), "
        + "1 objectives set too safe",
        ImmutableQuestionSetting.of(List.of(), List.of(A)).verdict());
  }

  @Test
  void setting_countsFindingsBySeverity() {
    // 1 error, 2 warnings, 1 info: 4 findings; infos are the rest, 4 - 1 - 2 = 1
    QuestionSetting setting = ImmutableQuestionSetting.of(List.of(finding(Severity.WARNING),
        finding(Severity.ERROR), finding(Severity.INFO), finding(Severity.WARNING)), List.of());
    assertEquals("to improve: 4 validation findings (1 errors, 2 warnings, 1 infos), "
        + "0 objectives set too safe", setting.verdict());
    assertEquals("Was the setting sound? " + setting.verdict(), setting.toString());
  }

  @Test
  void completion_countsEachJudgementAndTheKeyResultsReached() {
    // 5 objectives: 1 achieved, 1 missed, 1 meeting 0.7, 1 below, 1 not scored; 4 of 7 key results
    QuestionCompletion completion = ImmutableQuestionCompletion.of(5, List.of(A), List.of(B),
        List.of(ObjectiveId.of("c")), List.of(ObjectiveId.of("d")), List.of(ObjectiveId.of("e")),
        7, 4);
    assertEquals(2, completion.number());
    assertEquals("How complete is each objective and key result?", completion.question());
    String verdict = "1 achieved, 1 committed missed (need an explanation), 1 aspirational meet "
        + "0.7, 1 below, 1 not scored, of 5 objectives; 4 of 7 key results reached their target";
    assertEquals(verdict, completion.verdict());
    assertEquals("How complete is each objective and key result? " + verdict,
        completion.toString());
  }

  @Test
  void blockers_nothingBlocked_onlyWhenNoKeyResultIsBehindOrUnchecked() {
    QuestionBlockers none = ImmutableQuestionBlockers.of(List.of(), List.of());
    assertEquals(3, none.number());
    assertEquals("What blocked it?", none.question());
    assertEquals("nothing blocked: no key result behind, every key result checked in",
        none.verdict());
    assertEquals("What blocked it? nothing blocked: no key result behind, every key result "
        + "checked in", none.toString());
    assertEquals("0 key results behind, 1 never checked in",
        ImmutableQuestionBlockers.of(List.of(), List.of(A_KR)).verdict());
    assertEquals("2 key results behind, 0 never checked in",
        ImmutableQuestionBlockers.of(List.of(A_KR, B_KR), List.of()).verdict());
  }

  @Test
  void support_isYes_onlyWhenEverythingIsSupportedAndAligned() {
    QuestionSupport full = ImmutableQuestionSupport.of(3, List.of(), 2, List.of());
    assertEquals(4, full.number());
    assertEquals("Do the quarters support the year?", full.question());
    // 3 - 0 = 3 of 3 supported
    assertEquals("yes: 3 of 3 annual key results supported, 0 of 2 objectives of the period "
        + "aligned to no annual objective", full.verdict());
    assertEquals("Do the quarters support the year? " + full.verdict(), full.toString());
    // everything supported, one objective unaligned: only partly
    assertEquals("partly: 3 of 3 annual key results supported, 1 of 2 objectives of the period "
        + "aligned to no annual objective",
        ImmutableQuestionSupport.of(3, List.of(), 2, List.of(A)).verdict());
    // 3 - 1 = 2 of 3 supported, everything aligned: only partly
    assertEquals("partly: 2 of 3 annual key results supported, 0 of 2 objectives of the period "
        + "aligned to no annual objective",
        ImmutableQuestionSupport.of(3, List.of(A_KR), 2, List.of()).verdict());
  }

  @Test
  void reach_isYesUnknownOrNot_byTheForecasts() {
    QuestionReach yes = ImmutableQuestionReach.of(List.of(A_KR), List.of(), List.of());
    assertEquals(5, yes.number());
    assertEquals("Is the year reachable?", yes.question());
    assertEquals("yes at the current pace: 1 annual key results on course, 0 falling short, "
        + "0 without forecast", yes.verdict());
    assertEquals("Is the year reachable? " + yes.verdict(), yes.toString());
    assertEquals("unknown in part: 1 annual key results on course, 0 falling short, "
        + "1 without forecast",
        ImmutableQuestionReach.of(List.of(A_KR), List.of(), List.of(B_KR)).verdict());
    // a shortfall decides, whatever else has no forecast
    assertEquals("not at the current pace: 0 annual key results on course, 1 falling short, "
        + "1 without forecast",
        ImmutableQuestionReach.of(List.of(), List.of(A_KR), List.of(B_KR)).verdict());
  }

  @Test
  void adjustment_isNo_whenNothingFallsShort_andCountsTheAdjustmentsMade() {
    QuestionAdjustment no = ImmutableQuestionAdjustment.of(List.of(), List.of(), List.of());
    assertEquals(6, no.number());
    assertEquals("Does the year need adjusting?", no.question());
    assertEquals("no: no annual key result falls short at the current pace; "
        + "0 annual and 0 period adjustments already made", no.verdict());
    assertEquals("Does the year need adjusting? " + no.verdict(), no.toString());
  }

  @Test
  void markdownLiteral_escapesABackslashAndFlattensACarriageReturn() {
    // the backslash is the first special character: it is escaped as well, to two backslashes
    assertEquals("a\\\\b", MarkdownText.literal("a\\b"));
    assertEquals("\\#1 \\_x\\_ \\`y\\` \\[z\\] \\<w\\>", MarkdownText.literal("#1 _x_ `y` [z] <w>"));
    // a Windows line break is two characters, so two spaces
    assertEquals("two  lines more", MarkdownText.literal("two\r\nlines\rmore"));
    assertEquals("a b", MarkdownText.literal("a\rb"));
  }

  @Test
  void scope_isAUnitOrAnOwnerButNotBoth_andReadsAsText() {
    OkrException both = assertThrows(OkrException.class, () -> ImmutableRetrospectiveScope.of(
        Optional.of(OrgUnitId.of("sales")), Optional.of(PersonId.of("ada"))));
    assertEquals("scope", both.field());
    assertEquals("sales and ada", both.rejectedValue());
    assertEquals("whole plan", RetrospectiveScope.wholePlan().toString());
    assertEquals("unit sales and its sub-units",
        RetrospectiveScope.forUnit(OrgUnitId.of("sales")).toString());
    assertEquals("owner ada", RetrospectiveScope.forOwner(PersonId.of("ada")).toString());
  }
}
