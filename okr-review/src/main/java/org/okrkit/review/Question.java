package org.okrkit.review;

/**
 * One of the six questions a period retrospective answers, with the figures that bear on it and
 * a short verdict: {@link QuestionSetting was the setting sound}, {@link QuestionCompletion how
 * complete is each objective and key result}, {@link QuestionBlockers what blocked it}, {@link
 * QuestionSupport do the quarters support the year}, {@link QuestionReach is the year reachable},
 * {@link QuestionAdjustment does the year need adjusting}.
 */
public interface Question {

  /**
   * Returns the question's number, from 1 to 6, in the order a retrospective asks them.
   *
   * @return the number
   */
  int number();

  /**
   * Returns the question, for example {@code Was the setting sound?}.
   *
   * @return the question, not null
   */
  String question();

  /**
   * Returns the short answer, computed from the figures, for example {@code sound: no finding}.
   *
   * @return the verdict, not null
   */
  String verdict();
}
