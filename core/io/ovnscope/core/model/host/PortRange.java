package io.ovnscope.core.model.host;

/** A port or an inclusive range of ports ({@code 30700}, {@code 1024:65535}, {@code 8080-8090}). */
public record PortRange(int first, int last) {
    public PortRange {
        if (first < 0 || last > 65535 || first > last) {
            throw new IllegalArgumentException("not a port range: " + first + "-" + last);
        }
    }

    public static PortRange single(int port) {
        return new PortRange(port, port);
    }

    public boolean contains(int port) {
        return port >= first && port <= last;
    }

    public boolean isSingle() {
        return first == last;
    }

    @Override
    public String toString() {
        return isSingle() ? Integer.toString(first) : first + "-" + last;
    }
}
