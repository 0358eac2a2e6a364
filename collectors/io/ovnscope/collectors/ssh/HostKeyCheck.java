package io.ovnscope.collectors.ssh;

import java.util.List;

/** What a known_hosts file says about one server key. Line numbers are 1-based, as an editor shows them. */
public sealed interface HostKeyCheck {
    /** The key is listed for this host on {@code line}. */
    record Known(int line) implements HostKeyCheck { }

    /** No key of this type is listed for the host; {@code otherTypes} are the types that are. */
    record Unknown(List<String> otherTypes) implements HostKeyCheck {
        public Unknown {
            otherTypes = List.copyOf(otherTypes);
        }
    }

    /** A different key of the same type is listed for the host on {@code line}: possibly an attack. */
    record Changed(int line, String oldFingerprint) implements HostKeyCheck { }

    /** The key is marked {@code @revoked} on {@code line}. */
    record Revoked(int line) implements HostKeyCheck { }
}
