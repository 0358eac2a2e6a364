package io.ovnscope.core.browse;

/**
 * An OVN object linked to another one, for a cross-link in the details.
 *
 * @param relation how it is linked, in words ({@code peer switch port}, {@code held by router})
 * @param label    what it is called
 * @param subject  the object itself
 */
public record RelatedObject(String relation, String label, Object subject) {
}
