package gov.appeals.platform;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a list, as every list endpoint answers it: page counts from 0. Where counting every
 * match would cost more than the page itself, {@code total} stops at a cap and {@code totalCapped}
 * says so (it is absent when the total is exact).
 */
public record Page<T>(List<T> items, int page, int size, long total, Boolean totalCapped) {

    public static final int DEFAULT_SIZE = 50;
    public static final int MAX_SIZE = 200;

    public Page(List<T> items, int page, int size, long total) {
        this(items, page, size, total, null);
    }

    public <R> Page<R> map(Function<? super T, ? extends R> mapper) {
        return new Page<>(items.stream().<R>map(mapper).toList(), page, size, total, totalCapped);
    }
}
