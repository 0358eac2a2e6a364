package io.ovnscope.collectors.parse.ovn;

import io.ovnscope.collectors.parse.Uuids;

import io.ovnscope.collectors.parse.OutputParser;
import io.ovnscope.collectors.parse.TextLines;
import io.ovnscope.core.model.ovn.ListedEntity;
import io.ovnscope.core.parse.Parsed;
import io.ovnscope.core.parse.Problem;
import java.util.ArrayList;
import java.util.List;

/** Reads {@code ovn-nbctl ls-list} and {@code lr-list}: one {@code <uuid> (<name>)} per line. */
public final class EntityListParser implements OutputParser<ListedEntity> {
    @Override
    public Parsed<ListedEntity> parse(String text) {
        List<ListedEntity> items = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (TextLines.Line line : TextLines.of(text)) {
            String content = line.text().strip();
            if (content.isEmpty()) {
                continue;
            }
            int space = content.indexOf(' ');
            String uuid = space < 0 ? content : content.substring(0, space);
            String rest = space < 0 ? "" : content.substring(space + 1).strip();
            if (!Uuids.isUuid(uuid) || !rest.startsWith("(") || !rest.endsWith(")")) {
                problems.add(UnownedLine.problem(line, "not a '<uuid> (<name>)' line of ls-list or lr-list"));
                continue;
            }
            items.add(new ListedEntity(uuid, rest.substring(1, rest.length() - 1)));
        }
        return new Parsed<>(items, problems);
    }
}
