package org.munacademy.reserve.control;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * The best {@code k} candidates in {@link ShortlistRanker#ORDER} without computing every candidate exactly: each
 * candidate comes with a bound its fit cannot exceed (read cheaply, for all of them at once), the candidates are taken
 * in order of bound, highest first, and computed exactly a batch at a time, until the k-th best computed so far has a
 * fit above the bound of every candidate not yet computed. Such a candidate's fit is lower than the k-th's, so it
 * ranks after it whatever the other keys: the result is the same as ranking every candidate exactly (checked against
 * that in {@code BoundedTopTest}).
 */
public final class BoundedTop {

    /** A candidate's id and the bound of its fit. */
    public record Bounded(long personId, double bound) {
    }

    /** The best rows and how many candidates were computed exactly to find them. */
    public record Result<T>(List<T> rows, int computed) {
    }

    /**
     * How far a computed fit may lie above its bound: fits are rounded to three decimals (half up), bounds are
     * not.
     */
    static final double ROUNDING = 0.0005 + 1e-9;

    private BoundedTop() {
    }

    /**
     * @param candidates every candidate with its bound (any order)
     * @param k how many rows are wanted
     * @param batch how many candidates to compute exactly at a time
     * @param exact the exact rows of a batch of person ids (any order; one per id)
     * @param key the ranking key of a row
     */
    public static <T> Result<T> top(List<Bounded> candidates, int k, int batch, Function<List<Long>, List<T>> exact,
            Function<T, ShortlistRanker.Key> key) {
        List<Bounded> byBound = new ArrayList<>(candidates);
        byBound.sort(Comparator.comparingDouble(Bounded::bound).reversed()
                .thenComparingLong(Bounded::personId));
        Comparator<T> order = Comparator.comparing(key, ShortlistRanker.ORDER);
        List<T> done = new ArrayList<>();
        int next = 0;
        while (next < byBound.size()) {
            int end = Math.min(byBound.size(), next + Math.max(1, batch));
            done.addAll(exact.apply(byBound.subList(next, end).stream().map(Bounded::personId).toList()));
            next = end;
            if (k > 0 && done.size() >= k && next < byBound.size()) {
                done.sort(order);
                double kth = key.apply(done.get(k - 1)).fit();
                if (kth > byBound.get(next).bound() + ROUNDING) {
                    break;
                }
            }
        }
        done.sort(order);
        return new Result<>(List.copyOf(done.subList(0, Math.min(Math.max(k, 0), done.size()))), next);
    }
}
