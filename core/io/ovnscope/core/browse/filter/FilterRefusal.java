package io.ovnscope.core.browse.filter;

/** Carries a {@link FilterError} out of the recursive parser; never leaves this package. */
final class FilterRefusal extends Exception {
    private static final long serialVersionUID = 1L;

    private final transient FilterError error;

    FilterRefusal(FilterError error) {
        super(error.message(), null, false, false);
        this.error = error;
    }

    FilterError error() {
        return error;
    }
}
