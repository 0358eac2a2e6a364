package io.ovnscope.collectors.nodeport;

import io.ovnscope.core.node.CommandSpec;
import io.ovnscope.core.nodeport.FlowChange;
import io.ovnscope.core.nodeport.PlannedFlow;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The only commands ovnscope ever runs that change a node, and the dumps that check them. Every command this
 * class makes is checked against {@link #ALLOWED} (and its input line by line) before it leaves, so no other
 * write can be built here by mistake.
 *
 * <p>Flows go to {@code ovs-ofctl --bundle add-flows BRIDGE -} on standard input, one atomic OpenFlow 1.5
 * bundle. A bundle alone is not enough: when the connection drops while the flows are being sent, sshd closes
 * the command's input and ovs-ofctl takes the flows it got so far for the whole file and installs them (the
 * lab shows it). So the input ends with {@link #END_OF_INPUT}, and a fixed awk guard in front of ovs-ofctl passes
 * the flows on only when that last line arrived; otherwise it hands ovs-ofctl a line it rejects, and nothing
 * is applied.
 */
public final class WriteCommands {
    public static final String END_OF_INPUT = "# ovnscope: end of input";
    /** Stricter than a bridge name may be in OVS, on purpose: nothing that a shell would read twice. */
    private static final Pattern BRIDGE = Pattern.compile("[A-Za-z0-9_.-]{1,15}");
    private static final String GUARD = "awk '{l[NR]=$0} END{if(NR==0||l[NR]!=\"" + END_OF_INPUT + "\"){"
            + "print \"ovnscope: the input ended before its last line (connection cut?): nothing applied\" > \"/dev/stderr\";"
            + "print \"input-cut-short\";exit 1}for(i=1;i<NR;i++)print l[i]}'";
    private static final String OFCTL = "ovs-ofctl -O OpenFlow15 ";
    private static final String COOKIE = "cookie=0x[0-9a-f]{1,16}/-1";
    private static final String NAME = "[A-Za-z0-9_.-]{1,15}";
    private static final String PREFIX = "((sudo( -n)?( -E)? )?((oc|kubectl)( [^|'\"`$;&<>]+)? exec -i [^|'\"`$;&<>]+ -- "
            + "|(crictl|docker|podman) exec -i [^ |'\"`$;&<>]+ |ip netns exec [^ |'\"`$;&<>]+ )?)";
    private static final List<Pattern> ALLOWED = List.of(
            Pattern.compile(Pattern.quote(GUARD) + " \\| " + PREFIX + Pattern.quote(OFCTL) + "--bundle add-flows "
                    + NAME + " -"),
            Pattern.compile(PREFIX + Pattern.quote(OFCTL) + "--bundle del-flows " + NAME + " " + COOKIE),
            Pattern.compile(PREFIX + Pattern.quote(OFCTL) + "dump-flows " + NAME + "( " + COOKIE + ")?"));
    /** Each line of a bundle's input: a flow of ours (a cookie is required), or a strict delete under a full mask. */
    private static final Pattern INPUT_LINE = Pattern.compile(
            "(table=\\d{1,3}, ?cookie=0x[0-9a-f]{1,16},priority=\\d{1,5}(,[^ ]+)? {1,2}actions=[^ ]+"
                    + "|delete_strict table=\\d{1,3},cookie=0x[0-9a-f]{1,16}/-1,priority=\\d{1,5}(,[^ ]+)?)");
    private static final Duration WRITE_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration DUMP_TIMEOUT = Duration.ofMinutes(3);
    private static final long DUMP_CAP = 512L * 1024 * 1024;

    private final String bridge;
    private final String prefix;

    /**
     * @param bridge the bridge every command works on
     * @param ovsPrefix what reaches ovs-ofctl on the node (empty, {@code sudo -n}, a container exec that passes
     *                  input with {@code -i})
     */
    public WriteCommands(String bridge, String ovsPrefix) {
        checkBridge(bridge);
        String trimmed = ovsPrefix == null ? "" : ovsPrefix.strip();
        if (trimmed.contains(" exec ") && !trimmed.contains(" exec -i ")) {
            throw new IllegalArgumentException("the ovs prefix '" + trimmed + "' does not pass input on (exec -i): "
                    + "flows could not reach ovs-ofctl");
        }
        this.bridge = bridge;
        this.prefix = trimmed.isEmpty() ? "" : trimmed + " ";
    }

    /** Letters, digits, {@code _ . -}, at most 15 (a Linux interface name): nothing a shell reads twice. */
    public static void checkBridge(String bridge) {
        if (bridge == null || !BRIDGE.matcher(bridge).matches()) {
            throw new IllegalArgumentException("'" + bridge + "' is not a bridge name ovnscope writes to");
        }
    }

    public String bridge() {
        return bridge;
    }

    /** The commands that make a change, in order; each is atomic on its own. */
    public List<CommandSpec> write(FlowChange change) {
        List<CommandSpec> specs = new ArrayList<>();
        if (change instanceof FlowChange.AddFlows add) {
            specs.add(bundle(add.flows().stream().map(PlannedFlow::text).toList()));
        } else if (change instanceof FlowChange.DeleteFlows delete) {
            specs.add(bundle(delete.flows().stream().map(PlannedFlow::strictDeleteLine).toList()));
        } else if (change instanceof FlowChange.DeleteByCookie byCookie) {
            for (long cookie : byCookie.cookies()) {
                specs.add(checked(CommandSpec.of(prefix + OFCTL + "--bundle del-flows " + bridge + " " + cookie(cookie))
                        .withTimeout(WRITE_TIMEOUT)));
            }
        }
        return specs;
    }

    /** A dump of the flows with this cookie (full mask), in OpenFlow 1.5 so that it shows what 1.5 sent. */
    public CommandSpec dump(long cookie) {
        return checked(CommandSpec.of(prefix + OFCTL + "dump-flows " + bridge + " " + cookie(cookie))
                .withTimeout(DUMP_TIMEOUT).withOutputCap(DUMP_CAP));
    }

    /** A dump of the whole bridge, for flows of other cookies that a planned flow would replace. */
    public CommandSpec dumpAll() {
        return checked(CommandSpec.of(prefix + OFCTL + "dump-flows " + bridge)
                .withTimeout(DUMP_TIMEOUT).withOutputCap(DUMP_CAP));
    }

    /** Whether a command and its input are of the shapes above; nothing else is sent. */
    public static boolean allowed(String command, String stdin) {
        if (ALLOWED.stream().noneMatch(p -> p.matcher(command).matches())) {
            return false;
        }
        if (!command.contains(" add-flows ")) {
            return stdin == null;
        }
        if (stdin == null || !stdin.endsWith(END_OF_INPUT + "\n")) {
            return false;
        }
        List<String> lines = stdin.lines().toList();
        return lines.size() > 1 && lines.subList(0, lines.size() - 1).stream()
                .allMatch(line -> INPUT_LINE.matcher(line).matches());
    }

    private CommandSpec bundle(List<String> lines) {
        StringBuilder input = new StringBuilder();
        lines.forEach(line -> input.append(line).append('\n'));
        input.append(END_OF_INPUT).append('\n');
        return checked(new CommandSpec(GUARD + " | " + prefix + OFCTL + "--bundle add-flows " + bridge + " -",
                WRITE_TIMEOUT, CommandSpec.DEFAULT_OUTPUT_CAP, input.toString()));
    }

    private static CommandSpec checked(CommandSpec spec) {
        if (!allowed(spec.command(), spec.stdin())) {
            throw new IllegalStateException("ovnscope refuses to send `" + spec.command() + "`: not one of its writes");
        }
        return spec;
    }

    private static String cookie(long cookie) {
        return "cookie=0x" + Long.toHexString(cookie) + "/-1";
    }
}
