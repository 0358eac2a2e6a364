package io.ovnscope.collectors.parse.ovn;

import io.ovnscope.collectors.parse.OutputParser;
import io.ovnscope.collectors.parse.TextLines;
import io.ovnscope.core.model.ovn.Chassis;
import io.ovnscope.core.parse.Parsed;
import io.ovnscope.core.parse.Problem;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads {@code ovn-sbctl show}:
 * <pre>
 * Chassis "36f129a9-276f-4d96-964b-7d3703001b81"
 *     hostname: "node1.cluster.local"
 *     Encap geneve
 *         ip: "10.0.129.96"
 *         options: {csum="true"}
 *     Port_Binding "node-node1"
 * </pre>
 */
public final class SbctlShowParser implements OutputParser<Chassis> {
    @Override
    public Parsed<Chassis> parse(String text) {
        List<Chassis> items = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        ChassisDraft chassis = null;
        EncapDraft encap = null;
        for (TextLines.Line line : TextLines.of(text)) {
            String content = line.text().strip();
            if (content.isEmpty()) {
                continue;
            }
            if (content.startsWith("Chassis ") && !Character.isWhitespace(line.text().charAt(0))) {
                if (chassis != null) {
                    items.add(chassis.build(encap));
                }
                chassis = new ChassisDraft(unquote(content.substring("Chassis ".length())));
                encap = null;
                continue;
            }
            if (chassis == null) {
                problems.add(UnownedLine.problem(line, "outside any Chassis: the output was cut or filtered (grep?)"));
                continue;
            }
            if (content.startsWith("Encap ")) {
                chassis.close(encap);
                encap = new EncapDraft(content.substring("Encap ".length()).strip());
                continue;
            }
            if (content.startsWith("Port_Binding ")) {
                chassis.close(encap);
                encap = null;
                chassis.portBindings.add(unquote(content.substring("Port_Binding ".length())));
                continue;
            }
            Optional<ShowAttribute> attribute = UnownedLine.pasted(content) ? Optional.empty() : ShowAttribute.of(content);
            if (attribute.isEmpty()) {
                problems.add(UnownedLine.problem(line, "not a line of ovn-sbctl show"));
            } else if (encap != null && attribute.get().key().equals("ip")) {
                encap.ip = attribute.get().text();
            } else if (encap != null && attribute.get().key().equals("options")) {
                encap.options = attribute.get().value().map();
            } else if (encap == null && attribute.get().key().equals("hostname")) {
                chassis.hostname = attribute.get().text();
            } else {
                problems.add(new Problem(line.number(), line.text(), "'" + attribute.get().key() + "' is not read"));
            }
        }
        if (chassis != null) {
            items.add(chassis.build(encap));
        }
        return new Parsed<>(items, problems);
    }

    private static String unquote(String text) {
        OvsdbTextValue.Result value = OvsdbTextValue.parse(text);
        return value.ok() ? value.value().single().orElse(text.strip()) : text.strip();
    }

    /** A chassis being read. */
    private static final class ChassisDraft {
        private final String name;
        private String hostname = "";
        private final List<Chassis.Encap> encaps = new ArrayList<>();
        private final List<String> portBindings = new ArrayList<>();

        ChassisDraft(String name) {
            this.name = name;
        }

        void close(EncapDraft encap) {
            if (encap != null) {
                encaps.add(new Chassis.Encap(encap.type, encap.ip, encap.options));
            }
        }

        Chassis build(EncapDraft open) {
            close(open);
            return new Chassis(name, hostname, encaps, portBindings);
        }
    }

    /** An Encap being read. */
    private static final class EncapDraft {
        private final String type;
        private String ip = "";
        private Map<String, String> options = Map.of();

        EncapDraft(String type) {
            this.type = type;
        }
    }
}
