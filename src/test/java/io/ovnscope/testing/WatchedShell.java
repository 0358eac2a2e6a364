package io.ovnscope.testing;

import io.ovnscope.core.node.CancelToken;
import io.ovnscope.core.node.CommandRun;
import io.ovnscope.core.node.CommandSpec;
import io.ovnscope.core.node.NodeShell;
import java.util.function.Consumer;

/** A real node shell that shows each command to a watcher before running it: to see, or hold back, what runs. */
public final class WatchedShell implements NodeShell {
    private final NodeShell shell;
    private final Consumer<CommandSpec> watcher;

    public WatchedShell(NodeShell shell, Consumer<CommandSpec> watcher) {
        this.shell = shell;
        this.watcher = watcher;
    }

    @Override
    public CommandRun run(CommandSpec spec, CancelToken cancel) {
        watcher.accept(spec);
        return shell.run(spec, cancel);
    }

    @Override
    public int maxParallel() {
        return shell.maxParallel();
    }

    @Override
    public String address() {
        return shell.address();
    }

    @Override
    public boolean isOpen() {
        return shell.isOpen();
    }

    @Override
    public void close() {
        shell.close();
    }
}
