package io.ovnscope.core.model.ovn.match;

import static org.assertj.core.api.Assertions.assertThat;

import io.ovnscope.core.model.net.IpAddress;
import io.ovnscope.core.model.net.MacAddress;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OvnMatchTest {
    /** A TCP/IPv4 packet from pod-1 to the DNS service, as the trace engine would describe it. */
    private static PacketView tcpPacket(String src, String dst, int dstPort) {
        Map<String, FieldValue> fields = new HashMap<>();
        fields.put("inport", new FieldValue.Text("rtos-microshift-dev"));
        fields.put("eth.src", new FieldValue.Mac(MacAddress.parse("0a:58:0a:2a:00:0c").orElseThrow()));
        fields.put("ip4", new FieldValue.Flag(true));
        fields.put("ip6", new FieldValue.Flag(false));
        fields.put("tcp", new FieldValue.Flag(true));
        fields.put("udp", new FieldValue.Flag(false));
        fields.put("ip4.src", new FieldValue.Address(IpAddress.parse(src).orElseThrow()));
        fields.put("ip4.dst", new FieldValue.Address(IpAddress.parse(dst).orElseThrow()));
        fields.put("tcp.dst", new FieldValue.Number(dstPort));
        fields.put("ip.ttl", FieldValue.UNKNOWN);
        return name -> fields.getOrDefault(name, FieldValue.ABSENT);
    }

    private static Truth eval(String match, PacketView packet) {
        ParsedMatch parsed = OvnMatch.parse(match);
        assertThat(parsed).as(match).isInstanceOf(ParsedMatch.Valid.class);
        return ((ParsedMatch.Valid) parsed).expression().evaluate(packet, AddressSetLookup.NONE).truth();
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', quoteCharacter = '^', value = {
            "inport == \"rtos-microshift-dev\" && ip4.dst == 10.43.0.10 ; TRUE",
            "inport == \"rtos-other\" && ip4.dst == 10.43.0.10 ; FALSE",
            "ip4.src == {10.42.0.12, 10.42.0.13} ; TRUE",
            "ip4.src == {10.42.0.13 10.42.0.14} ; FALSE",
            "ip4.src != {10.42.0.12, 10.42.0.13} ; FALSE",
            "ip4.src != 10.42.0.13 ; TRUE",
            "!(ip4.dst == 10.0.0.0/8) ; FALSE",
            "! ip4.dst == 192.168.0.0/16 ; TRUE",
            "ip4.dst == 10.0.0.0/8 || ip4.dst == 192.168.0.0/16 ; TRUE",
            "(ip4.dst == 1.1.1.1 || tcp.dst == 53) && ip4 ; TRUE",
            "tcp && tcp.dst == 53 ; TRUE",
            "udp ; FALSE",
            "udp.dst == 53 ; FALSE",
            "udp.dst != 53 ; FALSE",
            "ip6.dst == fd00::/8 ; FALSE",
            "tcp.dst < 1024 ; TRUE",
            "tcp.dst <= 53 && tcp.dst >= 53 && tcp.dst > 52 ; TRUE",
            "tcp.dst > 53 ; FALSE",
            "eth.src == 0A:58:0A:2A:00:0C ; TRUE",
            "ip4.dst == 10.43.0.10 /* the DNS service */ ; TRUE",
            "1 ; TRUE",
            "0 || ip4 ; TRUE",
            "tcp.dst == 0x35 ; TRUE",
            "ip.ttl == 64 ; UNKNOWN",
            "ip.ttl == 64 && udp ; FALSE",
            "ip.ttl == 64 || tcp ; TRUE",
            "inport == 80 ; UNKNOWN",
    })
    void evaluatesAgainstAPacket(String match, Truth expected) {
        assertThat(eval(match, tcpPacket("10.42.0.12", "10.43.0.10", 53))).isEqualTo(expected);
    }

    @Test
    void addressSetsResolveThroughTheLookupAndMissingOnesAreUnknownWithAReason() {
        MatchExpression expression = ((ParsedMatch.Valid) OvnMatch.parse("ip4.src == $a4548040316634674295"))
                .expression();
        AddressSetLookup sets = (sigil, name) -> sigil == '$' && name.equals("a4548040316634674295")
                ? Optional.of(List.of("10.42.0.12", "10.42.0.13")) : Optional.empty();
        assertThat(expression.evaluate(tcpPacket("10.42.0.12", "10.43.0.10", 53), sets).truth()).isEqualTo(Truth.TRUE);
        assertThat(expression.evaluate(tcpPacket("10.42.0.99", "10.43.0.10", 53), sets).truth())
                .isEqualTo(Truth.FALSE);
        MatchOutcome unknown = expression.evaluate(tcpPacket("10.42.0.12", "10.43.0.10", 53), AddressSetLookup.NONE);
        assertThat(unknown.truth()).isEqualTo(Truth.UNKNOWN);
        assertThat(unknown.unknowns()).containsExactly("the set $a4548040316634674295 is not in the snapshot");
    }

    @Test
    void aFieldThePacketCannotTellIsNamedInTheOutcome() {
        MatchOutcome outcome = ((ParsedMatch.Valid) OvnMatch.parse("ip.ttl == 64")).expression()
                .evaluate(tcpPacket("10.42.0.12", "10.43.0.10", 53), AddressSetLookup.NONE);
        assertThat(outcome.unknowns()).containsExactly("the packet does not say ip.ttl");
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', quoteCharacter = '^', value = {
            "ip4.dst == ; 11 ; expected a value after '=='",
            "ip4.dst == ) ; 12 ; expected a value after '=='",
            "(ip4 ; 5 ; expected ')' to close the '(' at column 1",
            "ip4.dst == 10.0.0.0/33 ; 12 ; '10.0.0.0/33' is not a constant",
            "ip4 /* never closed ; 5 ; a comment '/*' is never closed",
            "inport == \"rtos ; 11 ; a string '\"' is never closed",
            "ip4.dst === 1 ; 11 ; unexpected character '='",
            "ip4 && ; 7 ; expected a field, '!' or '(' but found the end of the match",
            "ip4 ip6 ; 5 ; expected '&&', '||' or the end but found 'ip6'",
            "ip4.src == {} ; 13 ; an empty set '{}'",
            "ip4.src == {10.0.0.1, 10.0.0.2 ; 31 ; expected '}' to close the set at column 12",
            "$set == 1 ; 1 ; expected a field",
            "10.0.0.1 == ip4.dst ; 1 ; '10.0.0.1' is not a field name",
            "<blank> ; 1 ; the match is empty",
            "ip4.src == $ ; 12 ; '$' must be followed by a set name",
            "ip4 & ip6 ; 5 ; unexpected character '&'",
    })
    void badMatchesGiveAColumnAndAMessage(String match, int column, String message) {
        String text = match.equals("<blank>") ? " " : match;
        ParsedMatch parsed = OvnMatch.parse(text);
        assertThat(parsed).isInstanceOf(ParsedMatch.Invalid.class);
        ParsedMatch.Invalid invalid = (ParsedMatch.Invalid) parsed;
        assertThat(invalid.column()).isEqualTo(column);
        assertThat(invalid.message()).startsWith("column " + column + ": ").contains(message);
    }

    @Test
    void deepNestingIsAMessageNotAStackOverflow() {
        ParsedMatch parsed = OvnMatch.parse("(".repeat(5000) + "ip4" + ")".repeat(5000));
        assertThat(parsed).isInstanceOf(ParsedMatch.Invalid.class);
        assertThat(((ParsedMatch.Invalid) parsed).message()).contains("nested more than 64 deep");
        assertThat(OvnMatch.parse("!".repeat(10000) + "ip4")).isInstanceOf(ParsedMatch.Invalid.class);
        assertThat(OvnMatch.parse(null)).isInstanceOf(ParsedMatch.Invalid.class);
    }

    @Test
    void subfieldsAndPortGroupsAreRead() {
        ParsedMatch parsed = OvnMatch.parse("reg0[14] == 1 && outport == @pg_web");
        assertThat(parsed).isInstanceOf(ParsedMatch.Valid.class);
        MatchExpression.And and = (MatchExpression.And) ((ParsedMatch.Valid) parsed).expression();
        assertThat(and.terms()).containsExactly(
                new MatchExpression.Comparison("reg0[14]", Relation.EQ, List.of(new MatchValue.NumberValue(1))),
                new MatchExpression.Comparison("outport", Relation.EQ,
                        List.of(new MatchValue.SetReference('@', "pg_web"))));
    }
}
