package io.ovnscope.collectors.parse.openflow;

/** Where a scanner reports what it could not read in the flow it is on; the caller knows the line. */
@FunctionalInterface
interface Complaints {
    void add(String reason);
}
