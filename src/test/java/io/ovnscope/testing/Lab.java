package io.ovnscope.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Starts the real-daemon lab ({@code src/test/lab/lab.sh}) once per test class, in a fresh short temp dir, and
 * hands tests a {@link LabNode}. Once per class rather than once per run: fault tests stop sshd or swap its host
 * key, and a lab of their own (about a second to start) keeps them from disturbing other classes.
 * Skips, with the reason, only when not root or when the Debian packages are missing; CI installs them.
 */
public final class Lab implements BeforeAllCallback, AfterAllCallback, ParameterResolver {
    private static final Path SCRIPT = Path.of("src/test/lab/lab.sh").toAbsolutePath();
    private static final ExtensionContext.Namespace NS = ExtensionContext.Namespace.create(Lab.class);

    /** What each Debian package the lab needs puts on the machine, to name the one that is missing. */
    private static final Map<String, String> PACKAGE_FILES = new LinkedHashMap<>();

    static {
        PACKAGE_FILES.put("/usr/sbin/ovs-vswitchd", "openvswitch-switch");
        PACKAGE_FILES.put("/usr/bin/ovn-northd", "ovn-central");
        PACKAGE_FILES.put("/usr/bin/ovn-controller", "ovn-host");
        PACKAGE_FILES.put("/usr/sbin/sshd", "openssh-server");
        PACKAGE_FILES.put("/usr/bin/ssh-keygen", "openssh-client");
        PACKAGE_FILES.put("/usr/sbin/iptables-save", "iptables");
        PACKAGE_FILES.put("/usr/bin/ip", "iproute2");
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        Assumptions.assumeTrue("root".equals(System.getProperty("user.name")),
                "the lab needs root (network namespace, sshd); running as " + System.getProperty("user.name"));
        List<String> missing = PACKAGE_FILES.entrySet().stream()
                .filter(e -> !Files.isExecutable(Path.of(e.getKey())))
                .map(e -> e.getValue() + " (no " + e.getKey() + ")").toList();
        Assumptions.assumeTrue(missing.isEmpty(),
                "the lab needs Debian packages that are not installed: " + String.join(", ", missing));
        Path dir = Files.createTempDirectory(Path.of("/tmp"), "ovl-");
        Shell.run(List.of(SCRIPT.toString(), "start", dir.toString()), 60);
        context.getStore(NS).put(LabNode.class, LabNode.at(dir));
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        LabNode node = context.getStore(NS).remove(LabNode.class, LabNode.class);
        if (node != null) {
            // Sessions outlive the sshd listener (and a timed-out `sleep 600` lives on): end them first.
            node.sshd().killSessions();
            Shell.run(List.of(SCRIPT.toString(), "stop", node.dir().toString()), 60);
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext extension) {
        return parameter.getParameter().getType() == LabNode.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext extension) {
        return extension.getStore(NS).get(LabNode.class, LabNode.class);
    }

    /** Runs a local command to its end, failing the test with its output when it fails. */
    static final class Shell {
        private Shell() {
        }

        static String run(List<String> command, int timeoutSeconds) throws IOException, InterruptedException {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            process.getOutputStream().close();
            byte[] output = process.getInputStream().readAllBytes();
            if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IOException(String.join(" ", command) + " did not end in " + timeoutSeconds + " s");
            }
            String text = new String(output, java.nio.charset.StandardCharsets.UTF_8);
            if (process.exitValue() != 0) {
                throw new IOException(String.join(" ", command) + " failed (" + process.exitValue() + "): " + text);
            }
            return text;
        }
    }
}
