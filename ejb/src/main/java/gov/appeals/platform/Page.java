package gov.appeals.platform;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a list, as every list endpoint answers it: page counts from 0.
 */
public record Page<T>(List<T> items, int page, int size, long total) {

    public static final int DEFAULT_SIZE = 50;
    public static final int MAX_SIZE = 200;

    public <R> Page<R> map(Function<? super T, ? extends R> mapper) {
        return new Page<>(items.stream().<R>map(mapper).toList(), page, size, total);
    }

    public int firstResult() {
        return page * size;
    }
}
