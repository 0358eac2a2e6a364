package io.ovnscope.core.node;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Runs a batch of commands joined into a few channels instead of one channel each. Every channel starts the
 * user's login shell, and on a node whose .bashrc loads tool initialisers that start-up costs more than the
 * read-only commands themselves (on the lab: 13 commands in 8 parallel channels 1.9 s, joined in one 0.4 s).
 * Each command keeps its own exit status, stderr, timeout (where the node has timeout(1)) and output cap.
 * A command with stdin runs on a channel of its own. Progress comes per channel: its commands are reported
 * started together and finished together when the channel ends.
 */
public final class JoinedRunner {
    /**
     * Two login shells: on the 2-core lab, 13 commands took 0.38 s in two joined channels, 0.55 s in one
     * (the commands themselves then run one after another) and 0.47 s in three.
     */
    public static final int DEFAULT_CHANNELS = 2;

    private final NodeShell shell;
    private final int channels;

    public JoinedRunner(NodeShell shell) {
        this(shell, DEFAULT_CHANNELS);
    }

    /** @param channels how many joined channels share the commands (contiguous groups, in order) */
    public JoinedRunner(NodeShell shell, int channels) {
        if (channels < 1) {
            throw new IllegalArgumentException("at least one channel: " + channels);
        }
        this.shell = shell;
        this.channels = channels;
    }

    public List<CommandRun> runAll(List<CommandSpec> specs, RunProgress progress, CancelToken cancel) {
        List<Group> groups = group(specs);
        List<CommandSpec> groupSpecs = groups.stream().map(Group::spec).toList();
        RunProgress perCommand = new RunProgress() {
            @Override
            public void started(int index, CommandSpec spec) {
                Group group = groups.get(index);
                group.indexes().forEach(i -> progress.started(i, specs.get(i)));
            }

            @Override
            public void finished(int index, CommandRun run) {
                Group group = groups.get(index);
                List<CommandRun> split = group.split(run);
                for (int k = 0; k < split.size(); k++) {
                    progress.finished(group.indexes().get(k), split.get(k));
                }
            }
        };
        List<CommandRun> groupRuns = new ParallelRunner(shell).runAll(groupSpecs, perCommand, cancel);
        CommandRun[] runs = new CommandRun[specs.size()];
        for (int g = 0; g < groups.size(); g++) {
            List<CommandRun> split = groups.get(g).split(groupRuns.get(g));
            for (int k = 0; k < split.size(); k++) {
                runs[groups.get(g).indexes().get(k)] = split.get(k);
            }
        }
        return List.of(runs);
    }

    private List<Group> group(List<CommandSpec> specs) {
        List<Group> groups = new ArrayList<>();
        List<Integer> joinable = new ArrayList<>();
        for (int i = 0; i < specs.size(); i++) {
            if (specs.get(i).stdin() != null) {
                groups.add(Group.alone(i, specs.get(i)));
            } else {
                joinable.add(i);
            }
        }
        int size = (joinable.size() + channels - 1) / Math.max(1, channels);
        for (int from = 0; from < joinable.size(); from += size) {
            List<Integer> indexes = joinable.subList(from, Math.min(joinable.size(), from + size));
            List<CommandSpec> members = indexes.stream().map(specs::get).toList();
            groups.add(new Group(List.copyOf(indexes),
                    new JoinedScript(members, UUID.randomUUID().toString().replace("-", ""))));
        }
        return groups;
    }

    /** Commands that share a channel: a joined script, or one command alone (script null). */
    private record Group(List<Integer> indexes, JoinedScript script, CommandSpec alone) {
        Group(List<Integer> indexes, JoinedScript script) {
            this(indexes, script, null);
        }

        static Group alone(int index, CommandSpec spec) {
            return new Group(List.of(index), null, spec);
        }

        CommandSpec spec() {
            return script != null ? script.asSpec() : alone;
        }

        List<CommandRun> split(CommandRun run) {
            return script == null ? List.of(run) : script.split(run);
        }
    }
}
