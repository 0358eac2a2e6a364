package io.ovnscope.views.trace;

import io.ovnscope.core.topology.TopologyElement;
import io.ovnscope.core.trace.TraceExamples;
import io.ovnscope.core.trace.TraceProtocol;
import io.ovnscope.core.trace.TraceQuestion;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Click-to-trace: while armed, the first element clicked in the picture is the source (a pod, the host or the
 * external network) and the second the destination (a pod, a load balancer's VIP, the host's address or the
 * outside); then the question is asked and the picker disarms.
 */
final class PickOnPicture {
    private final Consumer<String> said;
    private final Consumer<String> sourcePicked;
    private final Consumer<TraceQuestion> asked;
    private final Supplier<Optional<String>> nodeAddress;
    private boolean armed;
    private Optional<String> from = Optional.empty();

    /**
     * @param said         tells the user what to click next
     * @param sourcePicked shows the picked source in the form
     * @param nodeAddress  the node's address, the destination when the host is clicked second
     */
    PickOnPicture(Consumer<String> said, Consumer<String> sourcePicked, Consumer<TraceQuestion> asked,
                  Supplier<Optional<String>> nodeAddress) {
        this.said = said;
        this.sourcePicked = sourcePicked;
        this.asked = asked;
        this.nodeAddress = nodeAddress;
    }

    void arm(boolean on) {
        armed = on;
        from = Optional.empty();
        said.accept(on ? "Click the source: a pod, the host or the external network" : "");
    }

    boolean armed() {
        return armed;
    }

    /** An element was clicked in the picture; returns true when the picker used it. */
    boolean clicked(TopologyElement element) {
        if (!armed) {
            return false;
        }
        if (from.isEmpty()) {
            from = source(element);
            from.ifPresentOrElse(text -> {
                sourcePicked.accept(text);
                said.accept("From " + text + ": now click the destination (a pod, a load balancer, the host, the outside)");
            }, () -> said.accept(element.name() + " cannot send: click a pod, the host or the external network"));
            return true;
        }
        Optional<TraceQuestion> question = destination(element, from.get());
        if (question.isEmpty()) {
            said.accept(element.name() + " is not a destination: click a pod, a load balancer, the host or the outside");
            return true;
        }
        armed = false;
        from = Optional.empty();
        said.accept("");
        asked.accept(question.get());
        return true;
    }

    private static Optional<String> source(TopologyElement element) {
        return switch (element.kind()) {
            case POD -> Optional.of(element.name());
            case HOST, UPLINK -> Optional.of(TraceQuestion.HOST);
            case EXTERNAL_NETWORK -> Optional.of(TraceExamples.EXTERNAL_CLIENT);
            default -> Optional.empty();
        };
    }

    private Optional<TraceQuestion> destination(TopologyElement element, String source) {
        return switch (element.kind()) {
            case POD -> Optional.of(new TraceQuestion(source, element.name(), TraceProtocol.TCP));
            case MANAGEMENT_PORT -> firstAddress(element)
                    .map(ip -> new TraceQuestion(source, ip, TraceProtocol.TCP));
            case HOST, UPLINK -> nodeAddress.get().map(ip -> new TraceQuestion(source, ip, TraceProtocol.TCP));
            case EXTERNAL_NETWORK -> Optional.of(new TraceQuestion(source, TraceExamples.EXTERNAL_SERVER,
                    TraceProtocol.TCP));
            case LOAD_BALANCER -> element.addresses().stream().findFirst().map(vip -> {
                int slash = vip.indexOf('/');
                TraceProtocol protocol = slash < 0 ? TraceProtocol.TCP
                        : TraceProtocol.parse(vip.substring(slash + 1)).orElse(TraceProtocol.TCP);
                return new TraceQuestion(source, slash < 0 ? vip : vip.substring(0, slash), protocol);
            });
            default -> Optional.empty();
        };
    }

    /** The first address that is an IP (a label also lists MACs). */
    private static Optional<String> firstAddress(TopologyElement element) {
        return element.addresses().stream().filter(a -> a.indexOf(':') < 0 && a.indexOf('.') > 0)
                .map(a -> a.contains("/") ? a.substring(0, a.indexOf('/')) : a).findFirst();
    }
}
