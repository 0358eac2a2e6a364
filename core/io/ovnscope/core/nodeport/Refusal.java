package io.ovnscope.core.nodeport;

import java.util.List;

/**
 * Why a write will not be made, and what to look at.
 *
 * @param reason one line a user can act on
 * @param show   the flows (or other lines) the reason is about; may be empty
 */
public record Refusal(String reason, List<String> show) {
    public Refusal {
        show = List.copyOf(show);
    }
}
