package io.ovnscope.core.topology;

import java.util.Objects;

/** One row of an element's details sheet, in the order the sheet shows it. */
public record Detail(String label, String value) {
    public Detail {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(value, "value");
    }
}
