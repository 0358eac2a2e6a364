package io.ovnscope.core.browse.find;

/**
 * One place the searched text occurs.
 *
 * @param text    one line saying what was found, with the text in it
 * @param subject the model object (a load balancer, a flow, a rule...) or, for raw output, the output itself
 * @param item    the catalog item of the output the hit is a line of ({@code flows/br-int}), "" for an object
 * @param line    1-based line in that output, or 0 when the hit is not a line
 */
public record FindHit(FindKind kind, String text, Object subject, String item, int line) {
}
