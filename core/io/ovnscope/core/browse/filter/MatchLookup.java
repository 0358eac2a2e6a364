package io.ovnscope.core.browse.filter;

import io.ovnscope.core.model.openflow.Flow;
import io.ovnscope.core.model.openflow.MatchField;
import java.util.List;

/** Finds a flow's match field by any of the names OVS prints it under. */
final class MatchLookup {
    private final String[] names;

    MatchLookup(List<String> names) {
        this.names = names.toArray(String[]::new);
    }

    /** The first match field of one of the names, or null. */
    MatchField find(Flow flow) {
        List<MatchField> match = flow.match();
        for (int i = 0, n = match.size(); i < n; i++) {
            MatchField field = match.get(i);
            String name = field.name();
            for (String wanted : names) {
                if (name.equals(wanted)) {
                    return field;
                }
            }
        }
        return null;
    }
}
