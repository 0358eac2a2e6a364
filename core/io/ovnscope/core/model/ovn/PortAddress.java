package io.ovnscope.core.model.ovn;

import io.ovnscope.core.model.net.IpAddress;
import io.ovnscope.core.model.net.MacAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One entry of a logical switch port's {@code addresses} column: {@code "0a:58:0a:2a:00:0c 10.42.0.12"}, or one
 * of the keywords {@code router}, {@code unknown}, {@code dynamic}.
 *
 * @param text the entry as written
 * @param mac  its MAC address, empty for keywords
 * @param ips  its IP addresses, in the order written
 */
public record PortAddress(String text, Optional<MacAddress> mac, List<IpAddress> ips) {
    public PortAddress {
        ips = List.copyOf(ips);
    }

    /** Reads an entry; words that are neither MAC nor IP stay only in {@link #text()}. */
    public static PortAddress of(String text) {
        String[] words = text.trim().split("\\s+");
        Optional<MacAddress> mac = words.length > 0 ? MacAddress.parse(words[0]) : Optional.empty();
        List<IpAddress> ips = new ArrayList<>();
        for (int i = mac.isPresent() ? 1 : 0; i < words.length; i++) {
            IpAddress.parse(words[i]).ifPresent(ips::add);
        }
        return new PortAddress(text, mac, ips);
    }

    public boolean isKeyword(String keyword) {
        return text.trim().equals(keyword);
    }
}
