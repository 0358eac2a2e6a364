package io.ovnscope.core.model.ovn;

/** One line of {@code ls-list} or {@code lr-list}: {@code <uuid> (<name>)}. */
public record ListedEntity(String uuid, String name) {
}
