package io.ovnscope.collectors.ssh;

import java.util.Locale;

/**
 * OpenSSH's host pattern lists in known_hosts ({@code node1,10.0.0.*,!10.0.0.9}), matched against the name
 * OpenSSH looks up: {@code host} on port 22, {@code [host]:port} elsewhere. Apache SSHD treats a pattern without
 * a port as port 22 only, so {@code @revoked * KEY} would miss a node on another port; OpenSSH's {@code *} matches
 * {@code [host]:port} too.
 */
final class HostPatterns {
    private HostPatterns() {
    }

    /** True when some pattern matches {@code name} and no negated ({@code !}) pattern does. */
    static boolean matches(String patternList, String name) {
        String subject = name.toLowerCase(Locale.ROOT);
        boolean matched = false;
        for (String raw : patternList.split(",")) {
            boolean negated = raw.startsWith("!");
            String pattern = (negated ? raw.substring(1) : raw).toLowerCase(Locale.ROOT);
            if (!pattern.isEmpty() && glob(pattern, subject)) {
                if (negated) {
                    return false;
                }
                matched = true;
            }
        }
        return matched;
    }

    /** {@code *} and {@code ?} wildcards; linear backtracking over the last star, so no pattern can blow up. */
    static boolean glob(String pattern, String text) {
        int p = 0;
        int t = 0;
        int star = -1;
        int resume = 0;
        while (t < text.length()) {
            if (p < pattern.length() && (pattern.charAt(p) == '?' || pattern.charAt(p) == text.charAt(t))) {
                p++;
                t++;
            } else if (p < pattern.length() && pattern.charAt(p) == '*') {
                star = p++;
                resume = t;
            } else if (star >= 0) {
                p = star + 1;
                t = ++resume;
            } else {
                return false;
            }
        }
        while (p < pattern.length() && pattern.charAt(p) == '*') {
            p++;
        }
        return p == pattern.length();
    }
}
