package org.munacademy.assessment.control;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.munacademy.assessment.entity.BlueprintRule;
import org.munacademy.assessment.entity.Candidate;
import org.munacademy.assessment.entity.ItemContent;
import org.munacademy.assessment.entity.Shortfall;

/**
 * Draws a random form of a test from its blueprint and decides the order in which a question presents its
 * options. Rules with a level are served first, then rules for any level from the questions left, so a
 * blueprint either can always be served or never can, whatever the random choices.
 * <p>
 * Each call takes one {@code nextLong()} from the given {@link Random} to seed its own generator: the first values
 * of {@code new Random(seed)} hardly differ between consecutive seeds, so seeding by attempt id would otherwise
 * give consecutive attempts much the same forms. The same seed still gives the same result.
 */
public final class ItemDraw {

    private ItemDraw() {
    }

    /**
     * A random form: for each rule, {@code count} distinct questions of its competency (and level, if set),
     * never one question twice. The result follows the rule order, the questions of a rule in random order;
     * with {@code shuffle} the whole list is shuffled. Candidates repeating a question id count once.
     *
     * @throws IllegalArgumentException when the pool cannot serve every rule; the message names each such rule
     *                                  and how many questions are available for it (see {@link #shortfalls})
     */
    public static List<Candidate> draw(List<BlueprintRule> rules, List<Candidate> pool, Random random,
            boolean shuffle) {
        SplittableRandom generator = generator(random);
        List<Shortfall> shortfalls = shortfalls(rules, pool);
        if (!shortfalls.isEmpty()) {
            throw new IllegalArgumentException("the pool cannot serve the blueprint: " + shortfalls);
        }
        List<Candidate> unique = unique(pool);
        Set<Long> used = new HashSet<>();
        Map<Integer, List<Candidate>> drawn = new HashMap<>();
        for (int r : servingOrder(rules)) {
            BlueprintRule rule = rules.get(r);
            List<Candidate> available = new ArrayList<>(unique.stream()
                    .filter(c -> matches(rule, c) && !used.contains(c.questionId())).toList());
            shuffle(available, generator);
            List<Candidate> taken = available.subList(0, rule.count());
            taken.forEach(c -> used.add(c.questionId()));
            drawn.put(r, List.copyOf(taken));
        }
        List<Candidate> form = new ArrayList<>();
        for (int r = 0; r < rules.size(); r++) {
            form.addAll(drawn.get(r));
        }
        if (shuffle) {
            shuffle(form, generator);
        }
        return List.copyOf(form);
    }

    /**
     * Why the pool cannot serve the blueprint: one shortfall per rule that cannot be served (in rule order), with
     * what it needs and what is available; empty when it can. Used when a test is published.
     */
    public static List<Shortfall> shortfalls(List<BlueprintRule> rules, List<Candidate> pool) {
        List<Candidate> unique = unique(pool);
        Shortfall[] shortfalls = new Shortfall[rules.size()];
        Map<String, Integer> leftAtLevel = new HashMap<>();
        Map<String, Integer> leftInCompetency = new HashMap<>();
        Map<String, Integer> takenByLevelRules = new HashMap<>();
        for (Candidate c : unique) {
            leftAtLevel.merge(c.competencyCode() + "\u0000" + c.level(), 1, Integer::sum);
            leftInCompetency.merge(c.competencyCode(), 1, Integer::sum);
        }
        for (int r : servingOrder(rules)) {
            BlueprintRule rule = rules.get(r);
            if (rule.count() < 0) {
                shortfalls[r] = new Shortfall(r + 1, rule.competencyCode(), rule.level(), rule.count(), 0, 0);
                continue;
            }
            int available = rule.level() != null
                    ? leftAtLevel.getOrDefault(rule.competencyCode() + "\u0000" + rule.level(), 0)
                    : leftInCompetency.getOrDefault(rule.competencyCode(), 0);
            int taken = Math.min(available, rule.count());
            if (available < rule.count()) {
                int byLevelRules = rule.level() == null ? takenByLevelRules.getOrDefault(rule.competencyCode(), 0) : 0;
                shortfalls[r] = new Shortfall(r + 1, rule.competencyCode(), rule.level(), rule.count(), available,
                        byLevelRules);
            }
            if (rule.level() != null) {
                leftAtLevel.merge(rule.competencyCode() + "\u0000" + rule.level(), -taken, Integer::sum);
                takenByLevelRules.merge(rule.competencyCode(), taken, Integer::sum);
            }
            leftInCompetency.merge(rule.competencyCode(), -taken, Integer::sum);
        }
        List<Shortfall> result = new ArrayList<>();
        for (Shortfall s : shortfalls) {
            if (s != null) {
                result.add(s);
            }
        }
        return List.copyOf(result);
    }

    /**
     * The order in which to present a question's option indexes (the ids they are presented under are drawn
     * separately, see {@link Presentation}).
     * <ul>
     * <li>SINGLE_CHOICE, MULTIPLE_CHOICE: the option indexes, shuffled if {@code shuffleOptions}.</li>
     * <li>TRUE_FALSE: 0, 1, never shuffled.</li>
     * <li>MATCHING: the pair indexes in which to list the right-hand items, always shuffled and, with more than
     * one pair, never in the order of the left items (that would give the key away).</li>
     * <li>ORDERING: the sequence indexes, always shuffled and, with more than one item, never the right order.</li>
     * <li>SHORT_TEXT, NUMERIC: empty.</li>
     * </ul>
     */
    public static List<Integer> presentationOrder(ItemContent item, Random random, boolean shuffleOptions) {
        SplittableRandom generator = generator(random);
        return switch (item.type()) {
            case SINGLE_CHOICE, MULTIPLE_CHOICE -> {
                List<Integer> order = indexes(item.options().size());
                if (shuffleOptions) {
                    shuffle(order, generator);
                }
                yield List.copyOf(order);
            }
            case TRUE_FALSE -> List.copyOf(indexes(item.options().size()));
            case MATCHING -> notIdentity(item.pairs().size(), generator);
            case ORDERING -> notIdentity(item.sequence().size(), generator);
            case SHORT_TEXT, NUMERIC, ESSAY -> List.of();
        };
    }

    private static List<Integer> notIdentity(int n, SplittableRandom generator) {
        List<Integer> identity = indexes(n);
        List<Integer> order = new ArrayList<>(identity);
        do {
            shuffle(order, generator);
        } while (n > 1 && order.equals(identity));
        return List.copyOf(order);
    }

    private static SplittableRandom generator(Random random) {
        return new SplittableRandom(Objects.requireNonNull(random, "random").nextLong());
    }

    /** Fisher–Yates. */
    private static void shuffle(List<?> list, SplittableRandom generator) {
        for (int i = list.size() - 1; i > 0; i--) {
            Collections.swap(list, i, generator.nextInt(i + 1));
        }
    }

    /** {@code 0…n-1} in a list that may be shuffled. */
    static List<Integer> indexes(int n) {
        return new ArrayList<>(IntStream.range(0, n).boxed().toList());
    }

    /** Rule indexes: those with a level first, then those for any level, each group in rule order. */
    private static List<Integer> servingOrder(List<BlueprintRule> rules) {
        List<Integer> order = new ArrayList<>();
        IntStream.range(0, rules.size()).filter(r -> rules.get(r).level() != null).forEach(order::add);
        IntStream.range(0, rules.size()).filter(r -> rules.get(r).level() == null).forEach(order::add);
        return order;
    }

    private static boolean matches(BlueprintRule rule, Candidate c) {
        return Objects.equals(rule.competencyCode(), c.competencyCode())
                && (rule.level() == null || rule.level() == c.level());
    }

    /** The pool without repeated question ids (the first candidate of an id wins), in pool order. */
    private static List<Candidate> unique(List<Candidate> pool) {
        Set<Long> seen = new HashSet<>();
        return pool.stream().filter(c -> seen.add(c.questionId())).toList();
    }

}
