package io.ovnscope.collectors.parse.host;

import io.ovnscope.collectors.parse.OutputParser;
import io.ovnscope.collectors.parse.PastedLine;
import io.ovnscope.collectors.parse.TextLines;
import io.ovnscope.core.model.host.AddressFamily;
import io.ovnscope.core.model.host.HostAddresses;
import io.ovnscope.core.model.host.InterfaceAddress;
import io.ovnscope.core.model.host.NetInterface;
import io.ovnscope.core.parse.Parsed;
import io.ovnscope.core.parse.Problem;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Reads {@code ip addr} and {@code ip -d address} text into interfaces: the {@code N: name: <flags> ...} line,
 * the {@code link/...} line, {@code altname} lines, {@code inet}/{@code inet6} lines with the
 * {@code valid_lft} line under each, and with {@code -d} the detail lines (link kind and enslavement).
 */
public final class IpAddressTextParser implements OutputParser<NetInterface> {
    /** Words of an inet line that are flags, not a label. */
    private static final Set<String> ADDRESS_FLAGS = Set.of("secondary", "temporary", "dynamic", "noprefixroute",
            "mngtmpaddr", "tentative", "deprecated", "dadfailed", "home", "nodad", "optimistic", "stable-privacy",
            "permanent", "autojoin", "primary");

    @Override
    public Parsed<NetInterface> parse(String text) {
        List<NetInterface> interfaces = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        LinkParts current = null;
        for (TextLines.Line line : TextLines.of(text == null ? "" : text)) {
            String raw = line.text();
            String stripped = raw.strip();
            if (stripped.isEmpty()) {
                continue;
            }
            Optional<String> pasted = PastedLine.explain(raw);
            boolean indented = Character.isWhitespace(raw.charAt(0));
            if (!indented && pasted.isEmpty()) {
                LinkParts next = LinkParts.header(line.number(), stripped);
                if (next == null) {
                    problems.add(new Problem(line.number(), raw,
                            "not an interface line ('N: name: <FLAGS> mtu ...') nor under one"));
                    continue;
                }
                if (current != null) {
                    interfaces.add(current.build());
                }
                current = next;
            } else if (pasted.isPresent()) {
                problems.add(new Problem(line.number(), raw, pasted.get()));
            } else if (current == null) {
                problems.add(new Problem(line.number(), raw, "an indented line before any interface line"));
            } else {
                current.detail(stripped).ifPresent(reason -> problems.add(new Problem(line.number(), raw, reason)));
            }
        }
        if (current != null) {
            interfaces.add(current.build());
        }
        return new Parsed<>(interfaces, problems);
    }

    /** One interface being read. */
    private static final class LinkParts {
        private final int line;
        private final int index;
        private final String name;
        private final Optional<String> peer;
        private final List<String> flags;
        private final List<String> altNames = new ArrayList<>();
        private final List<String> details = new ArrayList<>();
        private final List<InterfaceAddress> addresses = new ArrayList<>();
        private OptionalInt mtu = OptionalInt.empty();
        private Optional<String> master = Optional.empty();
        private Optional<String> state = Optional.empty();
        private Optional<String> linkType = Optional.empty();
        private Optional<String> mac = Optional.empty();
        private Optional<String> broadcast = Optional.empty();
        private Optional<String> kind = Optional.empty();
        private Optional<String> slaveKind = Optional.empty();

        private LinkParts(int line, int index, String name, Optional<String> peer, List<String> flags) {
            this.line = line;
            this.index = index;
            this.name = name;
            this.peer = peer;
            this.flags = flags;
        }

        /** {@code 17: veth1883dceb@if16: <BROADCAST,...> mtu 1500 qdisc noqueue master br-ens3 state UP ...}. */
        static LinkParts header(int line, String text) {
            int colon = text.indexOf(": ");
            if (colon <= 0 || colon > 9 || !text.substring(0, colon).chars().allMatch(c -> c >= '0' && c <= '9')) {
                return null;
            }
            int nameEnd = text.indexOf(": ", colon + 2);
            int open = text.indexOf('<');
            int close = text.indexOf('>');
            if (nameEnd < 0 || open != nameEnd + 2 || close < open) {
                return null;
            }
            String fullName = text.substring(colon + 2, nameEnd);
            int at = fullName.indexOf('@');
            String flagText = text.substring(open + 1, close);
            LinkParts parts = new LinkParts(line, Integer.parseInt(text.substring(0, colon)),
                    at < 0 ? fullName : fullName.substring(0, at),
                    at < 0 ? Optional.empty() : Optional.of(fullName.substring(at + 1)),
                    flagText.isEmpty() ? List.of() : List.of(flagText.split(",")));
            String[] words = text.substring(close + 1).trim().split("\\s+");
            for (int i = 0; i + 1 < words.length; i += 2) {
                switch (words[i]) {
                    case "mtu" -> parts.mtu = number(words[i + 1]);
                    case "master" -> parts.master = Optional.of(words[i + 1]);
                    case "state" -> parts.state = Optional.of(words[i + 1]);
                    default -> {
                        // qdisc, group, qlen, mode, link-netnsid: not needed to follow a packet.
                    }
                }
            }
            return parts;
        }

        /** Reads an indented line; returns why it could not be read, if so. */
        Optional<String> detail(String text) {
            String[] words = text.split("\\s+");
            if (words[0].startsWith("link/")) {
                linkType = Optional.of(words[0].substring(5));
                if (words.length > 1 && !words[1].equals("brd")) {
                    mac = Optional.of(words[1]);
                }
                for (int i = 1; i + 1 < words.length; i++) {
                    if (words[i].equals("brd")) {
                        broadcast = Optional.of(words[i + 1]);
                    }
                }
                return Optional.empty();
            }
            if (words[0].equals("altname") && words.length == 2) {
                altNames.add(words[1]);
                return Optional.empty();
            }
            if (words[0].equals("inet") || words[0].equals("inet6")) {
                return address(words);
            }
            if (words[0].equals("valid_lft")) {
                return lifetimes(words);
            }
            if (words[0].chars().allMatch(c -> Character.isLetterOrDigit(c) || c == '_' || c == '-')) {
                if (words[0].endsWith("_slave")) {
                    slaveKind = Optional.of(words[0]);
                } else if (kind.isEmpty() && !words[0].equals("promiscuity") && !words[0].equals("numtxqueues")) {
                    kind = Optional.of(words[0]);
                }
                details.add(text);
                return Optional.empty();
            }
            return Optional.of("not an ip address line (link/, inet, inet6, valid_lft or a detail line)");
        }

        /** {@code inet 10.0.0.128/24 [peer P] [metric N] brd 10.0.0.255 scope global [flags] [label]}. */
        private Optional<String> address(String[] words) {
            if (words.length < 2) {
                return Optional.of(words[0] + " without an address");
            }
            String cidr = words[1];
            int slash = cidr.indexOf('/');
            String address = slash < 0 ? cidr : cidr.substring(0, slash);
            OptionalInt length = slash < 0 ? OptionalInt.of(words[0].equals("inet") ? 32 : 128)
                    : number(cidr.substring(slash + 1));
            AddressFamily family = words[0].equals("inet") ? AddressFamily.IPV4 : AddressFamily.IPV6;
            if (length.isEmpty() || HostAddresses.family(address) != family
                    || !HostAddresses.isPrefix(address + "/" + length.getAsInt())) {
                return Optional.of(cidr + " is not an " + (family == AddressFamily.IPV4 ? "IPv4" : "IPv6")
                        + " address/prefix-length");
            }
            Optional<String> peer = Optional.empty();
            Optional<String> brd = Optional.empty();
            Optional<String> scope = Optional.empty();
            Optional<String> label = Optional.empty();
            List<String> addressFlags = new ArrayList<>();
            List<String> unknown = new ArrayList<>();
            for (int i = 2; i < words.length; i++) {
                String word = words[i];
                boolean hasValue = i + 1 < words.length;
                switch (word) {
                    case "peer" -> peer = hasValue ? Optional.of(words[++i]) : peer;
                    case "brd" -> brd = hasValue ? Optional.of(words[++i]) : brd;
                    case "scope" -> scope = hasValue ? Optional.of(words[++i]) : scope;
                    case "metric", "proto" -> i += hasValue ? 1 : 0;
                    default -> {
                        if (ADDRESS_FLAGS.contains(word)) {
                            addressFlags.add(word);
                        } else if (i == words.length - 1 && scope.isPresent()) {
                            label = Optional.of(word);
                        } else {
                            unknown.add(word);
                        }
                    }
                }
            }
            addresses.add(new InterfaceAddress(family, address, length.getAsInt(), peer, brd, scope, label, addressFlags, Optional.empty(),
                    Optional.empty()));
            return unknown.isEmpty() ? Optional.empty()
                    : Optional.of("'" + String.join(" ", unknown) + "' is not understood in an address line");
        }

        private Optional<String> lifetimes(String[] words) {
            if (addresses.isEmpty() || words.length != 4 || !words[2].equals("preferred_lft")) {
                return Optional.of("a lifetime line needs an address line above it and "
                        + "'valid_lft X preferred_lft Y'");
            }
            int last = addresses.size() - 1;
            addresses.set(last, addresses.get(last).withLifetimes(words[1], words[3]));
            return Optional.empty();
        }

        private static OptionalInt number(String word) {
            if (word.isEmpty() || word.length() > 9 || !word.chars().allMatch(c -> c >= '0' && c <= '9')) {
                return OptionalInt.empty();
            }
            return OptionalInt.of(Integer.parseInt(word));
        }

        NetInterface build() {
            return new NetInterface(line, index, name, peer, flags, mtu, master, state, linkType, mac, broadcast,
                    altNames, kind, slaveKind, details, addresses);
        }
    }
}
