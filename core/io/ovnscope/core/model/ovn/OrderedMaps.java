package io.ovnscope.core.model.ovn;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Immutable copies of OVSDB maps that keep the order ovn-nbctl printed (Map.copyOf would scramble it). */
final class OrderedMaps {
    private OrderedMaps() {
    }

    static Map<String, String> copy(Map<String, String> map) {
        return Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }
}
