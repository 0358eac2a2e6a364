package io.ovnscope.core.nodeport;

/**
 * One thing wrong with a NodePort parameter.
 *
 * @param field   the parameter, named as the command line names it ({@code node-ip}, {@code table DnatTable})
 * @param message what is wrong and what would be right
 */
public record FieldError(String field, String message) {
    @Override
    public String toString() {
        return field + ": " + message;
    }
}
