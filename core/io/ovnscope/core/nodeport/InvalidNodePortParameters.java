package io.ovnscope.core.nodeport;

import java.util.List;
import java.util.stream.Collectors;

/** NodePort parameters that cannot make a flow set; {@link #errors()} names every field at fault. */
public final class InvalidNodePortParameters extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    private final transient List<FieldError> errors;

    public InvalidNodePortParameters(List<FieldError> errors) {
        super(errors.stream().map(FieldError::toString).collect(Collectors.joining("; ")));
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }
}
