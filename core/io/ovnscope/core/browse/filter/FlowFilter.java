package io.ovnscope.core.browse.filter;

import io.ovnscope.core.model.openflow.Flow;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.IntStream;

/**
 * A filter over OpenFlow flows in a language close to ovs-flowviz's: {@code table=41 and nw_dst~=10.43.0.0/16},
 * {@code n_packets>0}, {@code actions has ct}, {@code cookie=0x520}, {@code not (priority<100 or tcp)}.
 * Keys are the flow's numbers (table, priority, cookie, n_packets, n_bytes, duration, idle_age, hard_age,
 * idle_timeout, hard_timeout, importance), {@code actions}, and the match fields of ovs-fields(7); a match
 * field alone asks whether the flow matches on it. A blank text is the filter that keeps every flow.
 */
public final class FlowFilter implements Predicate<Flow> {
    /** Keeps every flow. */
    private static final int PARALLEL_FROM = 50_000;
    public static final FlowFilter ALL = new FlowFilter("", null, flow -> true);

    private final String text;
    private final FilterExpr expression;
    private final Predicate<Flow> predicate;

    private FlowFilter(String text, FilterExpr expression, Predicate<Flow> predicate) {
        this.text = text;
        this.expression = expression;
        this.predicate = predicate;
    }

    /** The filter a text describes, or the first thing wrong with it. Never throws. */
    public static FilterResult compile(String text) {
        if (text == null || text.isBlank()) {
            return new FilterResult.Accepted(ALL);
        }
        try {
            FilterExpr expression = FilterParser.parse(text);
            return new FilterResult.Accepted(new FlowFilter(text, expression, FilterCompiler.compile(expression)));
        } catch (FilterRefusal refusal) {
            return new FilterResult.Refused(refusal.error());
        }
    }

    @Override
    public boolean test(Flow flow) {
        return predicate.test(flow);
    }

    /**
     * The indexes of the flows this filter keeps, in order: what a table view shows without copying flows.
     * A large dump is tested on all cores: the compiled predicate holds no state, and a million flows with a
     * text search over their actions takes most of a second on one.
     */
    public int[] select(List<Flow> flows) {
        if (flows.size() >= PARALLEL_FROM) {
            return IntStream.range(0, flows.size()).parallel().filter(i -> predicate.test(flows.get(i))).toArray();
        }
        int[] kept = new int[Math.min(flows.size(), 1024)];
        int count = 0;
        for (int i = 0, n = flows.size(); i < n; i++) {
            if (predicate.test(flows.get(i))) {
                if (count == kept.length) {
                    kept = Arrays.copyOf(kept, Math.max(16, kept.length * 2));
                }
                kept[count++] = i;
            }
        }
        return Arrays.copyOf(kept, count);
    }

    public String text() {
        return text;
    }

    /** The parsed tree; empty for {@link #ALL}. */
    public Optional<FilterExpr> expression() {
        return Optional.ofNullable(expression);
    }

    public boolean keepsAll() {
        return expression == null;
    }

    @Override
    public String toString() {
        return text;
    }
}
