package io.ovnscope.app.cli;

import io.ovnscope.app.Version;
import io.ovnscope.app.Wiring;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "ovnscope",
        mixinStandardHelpOptions = true,
        versionProvider = OvnscopeCommand.JarVersion.class,
        description = {
            "Shows where a packet goes on an Open vSwitch / OVN Kubernetes node, and why.",
            "Without arguments the jar opens the desktop window."},
        footer = {"", "Exit codes: 0 success, 1 the work failed, 2 bad usage."},
        subcommands = {ParseCommand.class, CollectCommand.class, ImportCommand.class, TraceCommand.class,
                TopologyCommand.class})
public final class OvnscopeCommand implements Callable<Integer> {
    private final Wiring wiring;

    OvnscopeCommand(Wiring wiring) {
        this.wiring = wiring;
    }

    Wiring wiring() {
        return wiring;
    }

    @Spec
    CommandSpec spec;

    @Mixin
    DebugOption debug;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return CommandLineMain.OK;
    }

    static final class JarVersion implements IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"ovnscope " + Version.current()};
        }
    }
}
