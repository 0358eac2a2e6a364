package io.ovnscope.collectors.ssh;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Patterns as ssh(1)'s known_hosts section and ssh_config(5) PATTERNS describe them. */
class HostPatternsTest {
    @Test
    void aStarMatchesTheBracketedNameOfAnotherPortToo() {
        assertThat(HostPatterns.matches("*", "[127.0.0.1]:2222")).isTrue();
        assertThat(HostPatterns.matches("127.0.0.1", "[127.0.0.1]:2222")).isFalse();
        assertThat(HostPatterns.matches("[127.0.0.1]:2222", "[127.0.0.1]:2222")).isTrue();
    }

    @Test
    void listsWildcardsNegationAndCase() {
        assertThat(HostPatterns.matches("node1,node2", "node2")).isTrue();
        assertThat(HostPatterns.matches("10.0.0.?", "10.0.0.7")).isTrue();
        assertThat(HostPatterns.matches("10.0.0.?", "10.0.0.17")).isFalse();
        assertThat(HostPatterns.matches("*.example,!bad.example", "good.example")).isTrue();
        assertThat(HostPatterns.matches("*.example,!bad.example", "bad.example")).isFalse();
        assertThat(HostPatterns.matches("!bad.example", "good.example")).as("only negations never match").isFalse();
        assertThat(HostPatterns.matches("Node1.EXAMPLE", "node1.example")).isTrue();
    }

    @Test
    void manyStarsOnALongNameStayFast() {
        String name = "a".repeat(10_000);
        long start = System.nanoTime();
        assertThat(HostPatterns.glob("*a*a*a*a*a*a*a*a*b", name)).isFalse();
        assertThat(System.nanoTime() - start).isLessThan(2_000_000_000L);
    }
}
