package io.ovnscope.core.browse.filter;

/** What {@link FlowFilter#compile(String)} made of a text: a filter to run, or why there is none. */
public sealed interface FilterResult {

    record Accepted(FlowFilter filter) implements FilterResult {
    }

    record Refused(FilterError error) implements FilterResult {
    }
}
