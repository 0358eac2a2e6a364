package io.ovnscope.views.nodeport;

import io.ovnscope.core.nodeport.AuditEntry;
import io.ovnscope.core.nodeport.FlowSetDiff;
import io.ovnscope.core.nodeport.Preview;
import io.ovnscope.core.nodeport.Refusal;
import io.ovnscope.core.nodeport.Verification;
import io.ovnscope.core.nodeport.WriteResult;
import java.util.List;

/** The dialog's texts: what core and the node said, in the words the command line uses too. */
final class NodePortReport {
    private NodePortReport() {
    }

    static String preview(Preview preview) {
        StringBuilder text = new StringBuilder(preview.command().description()).append("\n\ncommands (on ")
                .append(preview.bridge()).append("):\n");
        preview.commandText().forEach(line -> text.append("  ").append(line).append('\n'));
        text.append("\ndiff against the bridge now:\n");
        preview.diff().forEach(line -> text.append("  ").append(line).append('\n'));
        for (Refusal refusal : preview.refusals()) {
            text.append("\nREFUSED: ").append(refusal.reason()).append('\n');
            refusal.show().forEach(line -> text.append("    ").append(line).append('\n'));
        }
        return text.toString();
    }

    static String result(WriteResult result) {
        StringBuilder text = new StringBuilder();
        result.runs().stream().filter(r -> r.failure() != null)
                .forEach(r -> text.append("failed: ").append(r.failure()).append('\n'));
        Verification check = result.verification();
        text.append(check.state()).append(": ").append(check.message()).append('\n');
        if (check.state() == Verification.State.DIFFERENT) {
            check.diff().missing().forEach(f -> text.append("  missing: ").append(f.text()).append('\n'));
            check.diff().unexpected().forEach(f -> text.append("  not planned: ").append(f).append('\n'));
        }
        return text.toString();
    }

    static String status(String where, FlowSetDiff diff) {
        int planned = diff.present().size() + diff.missing().size();
        StringBuilder text = new StringBuilder(where).append(": ");
        if (diff.exact()) {
            text.append("installed, all ").append(planned).append(" flows of the set\n");
        } else if (diff.empty()) {
            text.append("not installed, none of the ").append(planned).append(" flows of the set\n");
        } else {
            text.append("partly: ").append(diff.present().size()).append(" of ").append(planned)
                    .append(" flows of the set, and ").append(diff.unexpected().size())
                    .append(" other flows with its cookie\n");
        }
        diff.missing().forEach(f -> text.append("  missing: ").append(f.text()).append('\n'));
        diff.unexpected().forEach(f -> text.append("  not in the set: ").append(f).append('\n'));
        return text.toString();
    }

    static String log(List<AuditEntry> entries) {
        if (entries.isEmpty()) {
            return "The audit log is empty: ovnscope has not changed any node.\n";
        }
        StringBuilder text = new StringBuilder();
        for (AuditEntry entry : entries) {
            text.append(entry.time()).append(' ').append(entry.user()).append('@').append(entry.host()).append(' ')
                    .append(entry.bridge()).append(": ").append(entry.result()).append('\n');
            entry.commands().forEach(c -> text.append("    ").append(c).append('\n'));
        }
        return text.toString();
    }
}
