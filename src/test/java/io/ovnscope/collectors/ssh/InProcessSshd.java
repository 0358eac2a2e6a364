package io.ovnscope.collectors.ssh;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.sshd.common.SshConstants;
import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.apache.sshd.common.keyprovider.KeyPairProvider;
import org.apache.sshd.common.util.buffer.Buffer;
import org.apache.sshd.server.Environment;
import org.apache.sshd.server.ExitCallback;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.server.auth.pubkey.AcceptAllPublickeyAuthenticator;
import org.apache.sshd.server.channel.ChannelSession;
import org.apache.sshd.server.command.Command;
import org.apache.sshd.server.forward.AcceptAllForwardingFilter;

/**
 * An Apache SSHD server in the test's own JVM, with a few scripted commands, for fast tests of what the client
 * does with channels: {@code sleep MS}, {@code print TEXT then sleep MS}, {@code flood BYTES}, {@code cat},
 * {@code exit CODE}, {@code signal NAME}. It counts how many commands run at once.
 */
final class InProcessSshd implements AutoCloseable {
    static final String PASSWORD = "pw-for-tests";

    private final SshServer server;
    private final KeyPair hostKey;
    private final AtomicInteger running = new AtomicInteger();
    private final AtomicInteger mostAtOnce = new AtomicInteger();

    InProcessSshd() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        hostKey = generator.generateKeyPair();
        server = SshServer.setUpDefaultServer();
        server.setHost("127.0.0.1");
        server.setPort(0);
        server.setKeyPairProvider(KeyPairProvider.wrap(hostKey));
        server.setPasswordAuthenticator((user, password, session) -> PASSWORD.equals(password));
        server.setPublickeyAuthenticator(AcceptAllPublickeyAuthenticator.INSTANCE);
        server.setForwardingFilter(AcceptAllForwardingFilter.INSTANCE);
        server.setCommandFactory((channel, command) -> new Scripted(command));
        server.start();
    }

    int port() {
        return server.getPort();
    }

    int mostAtOnce() {
        return mostAtOnce.get();
    }

    /** A known_hosts file in {@code dir} that trusts this server (appends when the file exists). */
    KnownHostsFile trustedIn(Path dir) throws IOException {
        Path file = dir.resolve("known_hosts");
        StringBuilder line = new StringBuilder("[127.0.0.1]:" + port() + " ");
        PublicKeyEntry.appendPublicKeyEntry(line, hostKey.getPublic());
        Files.writeString(file, line + "\n", StandardCharsets.US_ASCII, java.nio.file.StandardOpenOption.CREATE,
                java.nio.file.StandardOpenOption.APPEND);
        return new KnownHostsFile(file);
    }

    @Override
    public void close() throws IOException {
        server.stop(true);
    }

    /** One scripted command, run on its own thread as a real process would run. */
    private final class Scripted implements Command {
        private final String[] words;
        private InputStream in;
        private OutputStream out;
        private ExitCallback exit;
        private ChannelSession channel;

        Scripted(String command) {
            this.words = command.split(" ", 2);
        }

        @Override
        public void setInputStream(InputStream in) {
            this.in = in;
        }

        @Override
        public void setOutputStream(OutputStream out) {
            this.out = out;
        }

        @Override
        public void setErrorStream(OutputStream err) {
            // The scripted commands print nothing on stderr.
        }

        @Override
        public void setExitCallback(ExitCallback callback) {
            this.exit = callback;
        }

        @Override
        public void start(ChannelSession session, Environment env) {
            this.channel = session;
            Thread thread = new Thread(this::runCounted, "in-process-" + words[0]);
            thread.setDaemon(true);
            thread.start();
        }

        @Override
        public void destroy(ChannelSession session) {
            // The thread ends on its own once its channel is gone (writes fail, sleeps are short).
        }

        private void runCounted() {
            mostAtOnce.accumulateAndGet(running.incrementAndGet(), Math::max);
            try {
                runScript();
            } catch (IOException | InterruptedException e) {
                exit.onExit(255, e.toString());
            } finally {
                running.decrementAndGet();
            }
        }

        private void runScript() throws IOException, InterruptedException {
            String arg = words.length > 1 ? words[1] : "";
            switch (words[0]) {
                case "sleep" -> {
                    Thread.sleep(Long.parseLong(arg));
                    exit.onExit(0);
                }
                case "print" -> {
                    String[] parts = arg.split(" then sleep ");
                    out.write(parts[0].getBytes(StandardCharsets.UTF_8));
                    out.flush();
                    Thread.sleep(Long.parseLong(parts[1]));
                    exit.onExit(0);
                }
                case "flood" -> {
                    byte[] chunk = "y\n".repeat(4096).getBytes(StandardCharsets.US_ASCII);
                    for (long left = Long.parseLong(arg); left > 0 && channel.isOpen(); left -= chunk.length) {
                        out.write(chunk, 0, (int) Math.min(chunk.length, left));
                    }
                    out.flush();
                    exit.onExit(0);
                }
                case "cat" -> {
                    in.transferTo(out);
                    out.flush();
                    exit.onExit(0);
                }
                case "exit" -> exit.onExit(Integer.parseInt(arg));
                case "signal" -> {
                    // Apache SSHD's server has no API for exit-signal; send the request as sshd(8) does.
                    Buffer request = channel.getSession().createBuffer(SshConstants.SSH_MSG_CHANNEL_REQUEST);
                    request.putUInt(channel.getRecipient());
                    request.putString("exit-signal");
                    request.putBoolean(false);
                    request.putString(arg);
                    request.putBoolean(false);
                    request.putString("");
                    request.putString("");
                    channel.writePacket(request);
                    channel.close(false);
                }
                default -> exit.onExit(127, "unknown command " + words[0]);
            }
        }
    }
}
