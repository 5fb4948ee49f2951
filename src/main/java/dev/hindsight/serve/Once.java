package dev.hindsight.serve;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * A value made the first time it is asked for, and kept: requests that ask at the same time wait
 * for the one making it rather than making it again. A making that fails is tried again next time.
 */
final class Once<T> implements Supplier<T> {

    private Supplier<T> maker;
    private T value;

    Once(Supplier<T> maker) {
        this.maker = Objects.requireNonNull(maker);
    }

    @Override
    public synchronized T get() {
        if (maker != null) {
            value = maker.get();
            maker = null;
        }
        return value;
    }
}
