package io.ovnscope.core.snapshot;

/**
 * A part of the node the snapshot lacks, and why: a command that failed, timed out or never ran, or a tool
 * the node does not have. A partial snapshot lists its gaps so nobody mistakes "missing" for "empty".
 *
 * @param item   the catalog item (or part of the node) that is missing
 * @param reason what happened, in words a user can act on
 */
public record Gap(String item, String reason) {
}
