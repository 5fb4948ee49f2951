package dev.hindsight.model;

import java.util.List;
import java.util.Optional;

/**
 * Percentiles by the nearest-rank method: the p-th percentile of n sorted values is the value at
 * rank ⌈p/100 × n⌉, so it is always one of the values measured and never an interpolation between
 * two incidents. The median is the 50th percentile: of 4 values, the 2nd.
 */
public final class Percentiles {

    private Percentiles() {
    }

    public static <T extends Comparable<? super T>> Optional<T> of(List<T> values, int percentile) {
        if (percentile < 1 || percentile > 100) {
            throw new IllegalArgumentException("percentile " + percentile);
        }
        if (values.isEmpty()) {
            return Optional.empty();
        }
        List<T> sorted = values.stream().sorted().toList();
        int rank = (int) Math.ceil(percentile / 100.0 * sorted.size());
        return Optional.of(sorted.get(Math.max(rank, 1) - 1));
    }
}
