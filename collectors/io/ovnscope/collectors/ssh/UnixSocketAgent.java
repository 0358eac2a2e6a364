package io.ovnscope.collectors.ssh;

import java.io.IOException;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.file.Path;
import org.apache.sshd.agent.common.AbstractAgentProxy;
import org.apache.sshd.common.util.buffer.Buffer;
import org.apache.sshd.common.util.buffer.ByteArrayBuffer;

/**
 * An ssh-agent client over the agent's unix socket with the JDK alone (16+): Apache SSHD's own unix agent
 * client needs Tomcat's native APR library. The agent protocol is one length-prefixed request and one
 * length-prefixed answer; AbstractAgentProxy builds and reads the messages.
 */
final class UnixSocketAgent extends AbstractAgentProxy {
    /** ssh-agent's own limit on one message; more means a broken or hostile peer. */
    private static final int MAX_MESSAGE = 256 * 1024;

    private final Path socket;

    UnixSocketAgent(Path socket) {
        super(null);
        this.socket = socket;
    }

    /** Each request opens its own connection to the agent, so there is nothing to keep open. */
    @Override
    public boolean isOpen() {
        return true;
    }

    @Override
    protected Buffer request(Buffer buffer) throws IOException {
        Buffer message = prepare(buffer);
        try (SocketChannel channel = SocketChannel.open(UnixDomainSocketAddress.of(socket))) {
            channel.write(ByteBuffer.wrap(message.array(), message.rpos(), message.available()));
            ByteBuffer header = readFully(channel, 4);
            int length = header.getInt(0);
            if (length <= 0 || length > MAX_MESSAGE) {
                throw new IOException("the SSH agent at " + socket + " sent a message of " + length + " bytes");
            }
            return new ByteArrayBuffer(readFully(channel, length).array());
        }
    }

    private ByteBuffer readFully(SocketChannel channel, int size) throws IOException {
        ByteBuffer into = ByteBuffer.allocate(size);
        while (into.hasRemaining()) {
            if (channel.read(into) < 0) {
                throw new IOException("the SSH agent at " + socket + " closed the connection mid-answer");
            }
        }
        return into;
    }
}
