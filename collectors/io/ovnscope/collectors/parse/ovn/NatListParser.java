package io.ovnscope.collectors.parse.ovn;

import io.ovnscope.collectors.parse.OutputParser;
import io.ovnscope.collectors.parse.TextLines;
import io.ovnscope.core.model.net.IpAddress;
import io.ovnscope.core.model.net.IpPrefix;
import io.ovnscope.core.model.net.MacAddress;
import io.ovnscope.core.model.ovn.Nat;
import io.ovnscope.core.model.ovn.NatType;
import io.ovnscope.core.parse.Parsed;
import io.ovnscope.core.parse.Problem;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads {@code ovn-nbctl lr-nat-list ROUTER}:
 * <pre>
 * TYPE             GATEWAY_PORT          EXTERNAL_IP        EXTERNAL_PORT    LOGICAL_IP          EXTERNAL_MAC         LOGICAL_PORT
 * snat                                   192.168.122.14                      10.42.0.0/16
 * </pre>
 * Most columns may be blank and older versions have fewer, so each word is read by what it is: the first
 * address is the external IP, the next the logical IP, a MAC the external MAC, a name before the external IP
 * the gateway port and one after the logical IP the logical port.
 */
public final class NatListParser implements OutputParser<Nat> {
    @Override
    public Parsed<Nat> parse(String text) {
        List<Nat> items = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (TextLines.Line line : TextLines.of(text)) {
            String content = line.text().strip();
            if (content.isEmpty() || content.startsWith("TYPE ")) {
                continue;
            }
            nat(line).ifPresentOrElse(items::add, () -> problems.add(UnownedLine.problem(line,
                    "not a NAT line of lr-nat-list (type, external IP, logical IP, ...)")));
        }
        return new Parsed<>(items, problems);
    }

    private static Optional<Nat> nat(TextLines.Line line) {
        List<Words.Word> words = Words.of(line.text());
        Optional<NatType> type = NatType.parse(words.get(0).text());
        if (type.isEmpty()) {
            return Optional.empty();
        }
        IpAddress external = null;
        IpPrefix logical = null;
        MacAddress mac = null;
        String logicalPort = null;
        for (Words.Word word : words.subList(1, words.size())) {
            String w = word.text();
            Optional<IpPrefix> prefix = IpPrefix.parse(w);
            Optional<MacAddress> parsedMac = MacAddress.parse(w);
            if (prefix.isPresent() && external == null) {
                if (!prefix.get().isHost()) {
                    return Optional.empty();
                }
                external = prefix.get().address();
            } else if (prefix.isPresent() && logical == null) {
                logical = prefix.get();
            } else if (parsedMac.isPresent() && mac == null) {
                mac = parsedMac.get();
            } else if (external != null && logical == null && isPortRange(w)) {
                continue;
            } else if (logical != null && logicalPort == null) {
                logicalPort = w;
            } else if (external != null) {
                return Optional.empty();
            }
        }
        if (external == null || logical == null) {
            return Optional.empty();
        }
        return Optional.of(new Nat("", type.get(), external, logical, Optional.ofNullable(logicalPort),
                Optional.ofNullable(mac)));
    }

    private static boolean isPortRange(String word) {
        return !word.isEmpty() && word.chars().allMatch(c -> Character.isDigit(c) || c == '-');
    }
}
