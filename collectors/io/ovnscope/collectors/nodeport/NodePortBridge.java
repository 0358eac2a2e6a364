package io.ovnscope.collectors.nodeport;

import io.ovnscope.collectors.parse.openflow.FlowDumpParser;
import io.ovnscope.core.collect.ConnectionProfile;
import io.ovnscope.core.model.openflow.Flow;
import io.ovnscope.core.model.openflow.FlowPrinter;
import io.ovnscope.core.node.CancelToken;
import io.ovnscope.core.node.CommandRun;
import io.ovnscope.core.node.CommandSpec;
import io.ovnscope.core.node.NodeShell;
import io.ovnscope.core.nodeport.AuditEntry;
import io.ovnscope.core.nodeport.AuditLog;
import io.ovnscope.core.nodeport.FlowChange;
import io.ovnscope.core.nodeport.FlowDumpFailed;
import io.ovnscope.core.nodeport.FlowSetDiff;
import io.ovnscope.core.nodeport.NodePortCommand;
import io.ovnscope.core.nodeport.NodePortParameters;
import io.ovnscope.core.nodeport.NodePortProgram;
import io.ovnscope.core.nodeport.NodePortSession;
import io.ovnscope.core.nodeport.Preview;
import io.ovnscope.core.nodeport.Refusal;
import io.ovnscope.core.nodeport.Verification;
import io.ovnscope.core.nodeport.WriteResult;
import io.ovnscope.core.nodeport.PlannedFlow;
import io.ovnscope.core.snapshot.Outcome;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The NodePort flow set on one bridge of one connected node: what it holds, what a command would do, doing
 * it, and checking it. Every write is refused unless the preview allows it, checked by a dump by cookie right
 * after, and appended to the audit log whatever its end.
 */
public final class NodePortBridge implements NodePortSession {
    private final NodeShell shell;
    private final ConnectionProfile profile;
    private final WriteCommands commands;
    private final AuditLog audit;
    private final Clock clock;

    public NodePortBridge(NodeShell shell, ConnectionProfile profile, WriteCommands commands, AuditLog audit,
                          Clock clock) {
        this.shell = shell;
        this.profile = profile;
        this.commands = commands;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public String address() {
        return shell.address() + " " + commands.bridge();
    }

    /** Closes the connection too: a session is one connection to one bridge. */
    @Override
    public void close() {
        shell.close();
    }

    @Override
    public FlowSetDiff status(NodePortParameters parameters) throws FlowDumpFailed {
        return FlowSets.diff(NodePortProgram.flows(parameters), dump(parameters.cookies()));
    }

    @Override
    public Preview preview(NodePortCommand command) throws FlowDumpFailed {
        List<Refusal> refusals = new ArrayList<>();
        if (!shell.isOpen()) {
            refusals.add(new Refusal("not connected to " + profile.address() + ": connect again first", List.of()));
            return new Preview(command, commands.bridge(), commands.write(command.change()),
                    FlowSetDiff.none(), diff(command.change(), List.of()), refusals);
        }
        if (profile.readOnly()) {
            refusals.add(new Refusal("the profile " + profile.name() + " is read-only: ovnscope makes no change on "
                    + "this node (clear read-only in the profile to allow writes)", List.of()));
        }
        List<Flow> ours = dump(command.cookies());
        FlowSetDiff now = FlowSets.diff(command.expectedBefore(), ours);
        refusals.addAll(stateRefusals(command, now, ours));
        if (command.change() instanceof FlowChange.AddFlows add) {
            refusals.addAll(conflicts(add.flows(), command.cookies()));
        }
        return new Preview(command, commands.bridge(), commands.write(command.change()), now,
                diff(command.change(), ours), refusals);
    }

    /**
     * Runs a preview's commands (the caller has asked the user), then checks the bridge by cookie. A preview
     * with refusals is not run.
     */
    @Override
    public WriteResult apply(Preview preview) {
        if (!preview.allowed()) {
            throw new IllegalStateException("refused: " + preview.refusals().get(0).reason());
        }
        // A preview is a plain record anyone can build: only the commands this bridge makes for its change run.
        if (profile.readOnly() || !preview.bridge().equals(commands.bridge())
                || !preview.steps().equals(commands.write(preview.command().change()))) {
            throw new IllegalStateException("refused: this preview was not made by this session for this bridge");
        }
        List<CommandRun> runs = new ArrayList<>();
        for (CommandSpec step : preview.steps()) {
            CommandRun run = shell.run(step, new CancelToken());
            runs.add(run);
            if (run.outcome() != Outcome.COMPLETED) {
                break;
            }
        }
        Verification verification = verify(preview.command());
        boolean rollback = verification.state() == Verification.State.DIFFERENT;
        WriteResult result = new WriteResult(preview, runs, verification, rollback);
        audit.append(new AuditEntry(clock.instant(), profile.host(), profile.user(), commands.bridge(),
                preview.commandText(), summary(result)));
        return result;
    }

    @Override
    public Verification verify(NodePortCommand command) {
        List<Flow> ours;
        try {
            ours = dump(command.cookies());
        } catch (FlowDumpFailed e) {
            return new Verification(Verification.State.UNKNOWN,
                    FlowSets.diff(command.expectedAfter(), List.of()), "could not check the bridge: "
                    + e.getMessage() + "; an OVS bundle is all or none, so it holds either all "
                    + command.expectedAfter().size() + " planned flows or none of the change: reconnect and run "
                    + "status to see which");
        }
        FlowSetDiff after = FlowSets.diff(command.expectedAfter(), ours);
        if (after.exact()) {
            return new Verification(Verification.State.AS_PLANNED, after, "the bridge holds exactly the "
                    + command.expectedAfter().size() + " planned flows under cookie " + cookieText(command));
        }
        if (FlowSets.diff(command.expectedBefore(), ours).exact()) {
            return new Verification(Verification.State.AS_BEFORE, after, "nothing was applied: the bridge holds "
                    + "what it held before (" + command.expectedBefore().size() + " flows under cookie "
                    + cookieText(command) + ")");
        }
        return new Verification(Verification.State.DIFFERENT, after, "the bridge holds neither the plan nor "
                + "what it held before: " + after.missing().size() + " planned flows missing, "
                + after.unexpected().size() + " others under cookie " + cookieText(command));
    }

    private List<Refusal> stateRefusals(NodePortCommand command, FlowSetDiff now, List<Flow> ours) {
        List<Refusal> refusals = new ArrayList<>();
        if (command instanceof NodePortCommand.Install) {
            if (!now.unexpected().isEmpty()) {
                boolean already = FlowSets.diff(command.expectedAfter(), ours).exact();
                refusals.add(new Refusal(already ? "the set is installed already: nothing to do"
                        : "the bridge holds " + now.unexpected().size() + " flows with cookie " + cookieText(command)
                        + " that are not this plan: remove them (nodeport remove) or choose another cookie",
                        now.unexpected()));
            }
        } else if (command instanceof NodePortCommand.RemoveAll) {
            if (!now.unexpected().isEmpty()) {
                refusals.add(new Refusal("the bridge holds " + now.unexpected().size() + " flows with cookie "
                        + cookieText(command) + " that are not this set; removing by cookie would delete them too",
                        now.unexpected()));
            }
        } else if (!now.exact()) {
            List<String> show = new ArrayList<>();
            now.missing().forEach(f -> show.add("missing: " + f.text()));
            now.unexpected().forEach(f -> show.add("not in the set: " + f));
            refusals.add(new Refusal("the bridge does not hold the set this change starts from ("
                    + now.missing().size() + " flows missing, " + now.unexpected().size() + " others under cookie "
                    + cookieText(command) + "); check the parameters with nodeport status", show));
        }
        return refusals;
    }

    /** Flows of other cookies with the same table, priority and match as a flow to add: OVS would replace them. */
    private List<Refusal> conflicts(List<PlannedFlow> adding, List<Long> ours) throws FlowDumpFailed {
        List<Flow> all = run(commands.dumpAll());
        Set<FlowKey.Slot> slots = new HashSet<>();
        FlowSets.keys(adding).forEach(k -> slots.add(k.slot()));
        List<String> clashing = all.stream()
                .filter(f -> !ours.contains(f.cookie()) && slots.contains(FlowKey.of(f).slot()))
                .map(FlowPrinter::print).toList();
        if (clashing.isEmpty()) {
            return List.of();
        }
        return List.of(new Refusal(clashing.size() + " flows of other owners have the table, priority and match of "
                + "a planned flow, and adding it would replace them: change the tables or remove those first",
                clashing));
    }

    private List<String> diff(FlowChange change, List<Flow> ours) {
        List<String> lines = new ArrayList<>();
        if (change instanceof FlowChange.AddFlows add) {
            add.flows().forEach(f -> lines.add("+ " + f.text()));
        } else if (change instanceof FlowChange.DeleteFlows delete) {
            delete.flows().forEach(f -> lines.add("- " + f.text()));
        } else {
            ours.forEach(f -> lines.add("- " + FlowPrinter.print(f)));
        }
        return lines;
    }

    private List<Flow> dump(List<Long> cookies) throws FlowDumpFailed {
        List<Flow> flows = new ArrayList<>();
        for (long cookie : cookies) {
            flows.addAll(run(commands.dump(cookie)));
        }
        return flows;
    }

    private List<Flow> run(CommandSpec spec) throws FlowDumpFailed {
        CommandRun run = shell.run(spec, new CancelToken());
        if (run.outcome() != Outcome.COMPLETED) {
            throw new FlowDumpFailed("`" + spec.command() + "`: " + run.failure());
        }
        return new FlowDumpParser().read(run.stdout()).flows();
    }

    private static String summary(WriteResult result) {
        StringBuilder text = new StringBuilder();
        for (CommandRun run : result.runs()) {
            text.append(run.outcome() == Outcome.COMPLETED ? "ok" : run.failure()).append("; ");
        }
        if (result.runs().size() < result.preview().steps().size()) {
            text.append(result.preview().steps().size() - result.runs().size()).append(" commands not run; ");
        }
        return text.append(result.verification().state()).append(": ").append(result.verification().message())
                .toString();
    }

    private static String cookieText(NodePortCommand command) {
        return String.join(" or ", command.cookies().stream().map(c -> "0x" + Long.toHexString(c)).toList());
    }
}
