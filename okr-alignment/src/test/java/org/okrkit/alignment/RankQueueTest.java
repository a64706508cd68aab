package org.okrkit.alignment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class RankQueueTest {

  @Test
  void pollsByRank_andEachObjectiveOnce() {
    // objective 0 has rank 3, 1 rank 0, 2 rank 2, 3 rank 1: by rank the order is 1, 3, 2, 0
    RolledUpPlan.RankQueue queue = new RolledUpPlan.RankQueue(new int[] {3, 0, 2, 1});
    queue.add(0);
    queue.add(2);
    queue.add(0);
    queue.add(1);
    queue.add(3);
    queue.add(2);
    List<Integer> polled = new ArrayList<>();
    while (!queue.isEmpty()) {
      polled.add(queue.poll());
    }
    assertEquals(List.of(1, 3, 2, 0), polled);
  }

  @Test
  void addingAgainAfterPolling_growsPastItsFirstCapacity() {
    int[] rank = new int[40];
    for (int o = 0; o < rank.length; o++) {
      rank[o] = rank.length - 1 - o; // objective 39 first
    }
    RolledUpPlan.RankQueue queue = new RolledUpPlan.RankQueue(rank);
    for (int o = 0; o < rank.length; o++) {
      queue.add(o);
    }
    assertFalse(queue.isEmpty());
    assertEquals(39, queue.poll());
    queue.add(20);
    assertEquals(38, queue.poll());
    for (int o = 37; o >= 0; o--) {
      assertFalse(queue.isEmpty());
      assertEquals(o, queue.poll());
    }
    assertTrue(queue.isEmpty());
  }

  /** Adding in any order, with repeats, polls the distinct objectives in rank order. */
  @Property(tries = 200)
  void agreesWithASortedSet(@ForAll long seed) {
    Random random = new Random(seed);
    int n = 1 + random.nextInt(100);
    List<Integer> ranks = new ArrayList<>();
    for (int r = 0; r < n; r++) {
      ranks.add(r);
    }
    Collections.shuffle(ranks, random);
    int[] rank = ranks.stream().mapToInt(Integer::intValue).toArray();
    RolledUpPlan.RankQueue queue = new RolledUpPlan.RankQueue(rank);
    TreeSet<Integer> expected = new TreeSet<>((a, b) -> Integer.compare(rank[a], rank[b]));
    for (int k = random.nextInt(3 * n); k >= 0; k--) {
      int o = random.nextInt(n);
      queue.add(o);
      expected.add(o);
    }
    List<Integer> polled = new ArrayList<>();
    while (!queue.isEmpty()) {
      polled.add(queue.poll());
    }
    assertEquals(new ArrayList<>(expected), polled);
  }
}
