package io.ovnscope.collectors.collect;

import static org.assertj.core.api.Assertions.assertThat;

import io.ovnscope.collectors.catalog.CommandCatalog;
import io.ovnscope.collectors.catalog.PlannedCommand;
import io.ovnscope.core.collect.CollectionListener;
import io.ovnscope.core.collect.ToolPrefixes;
import io.ovnscope.core.node.CommandRun;
import io.ovnscope.core.snapshot.Outcome;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the catalog ran on a guess is kept only where discovery would have run exactly that. */
class GuessedRoundTest {
    private final CommandCatalog catalog = CommandCatalog.builtIn();
    private final List<String> heard = new ArrayList<>();
    private final CollectionListener listener = new CollectionListener() {
        @Override
        public void finished(String item, Outcome outcome) {
            heard.add(item);
        }
    };

    @Test
    void keepsWhatTheGuessGotRightAndHandsBackTheRest() {
        List<PlannedCommand> guessedPlan = new ArrayList<>(catalog.firstRound());
        guessedPlan.addAll(catalog.perBridge(List.of("br-int", "br-guessed")));
        ToolPrefixes guess = NodeDiscovery.guess("root", ToolPrefixes.DISCOVER);
        GuessedRound round = new GuessedRound(guessedPlan, guess, listener);
        List<CommandRun> runs = new ArrayList<>();
        for (int i = 0; i < guessedPlan.size(); i++) {
            CommandRun run = completed(CatalogRun.commandLine(guessedPlan.get(i), guess));
            runs.add(run);
            round.finished(i, run);
        }
        assertThat(heard).as("nothing is reported before discovery has fixed the plan").isEmpty();

        // Discovery found oc rather than kubectl, and the node has br-int and br-ex, not br-guessed.
        ToolPrefixes found = new ToolPrefixes("", "", "", "oc");
        List<PlannedCommand> plan = new ArrayList<>(catalog.firstRound());
        plan.addAll(catalog.perBridge(List.of("br-int", "br-ex")));
        List<PlannedCommand> rest = round.take(plan, found);

        assertThat(rest).extracting(PlannedCommand::id)
                .containsExactlyInAnyOrder("kubernetes", "flows/br-ex", "ports/br-ex", "datapath-flows/br-ex");
        List<CatalogRun.Ran> kept = round.keptRuns(runs);
        assertThat(kept).extracting(r -> r.planned().id())
                .contains("flows/br-int", "nb/Load_Balancer", "iptables/nat")
                .doesNotContain("kubernetes", "flows/br-guessed", "ports/br-guessed");
        assertThat(kept).hasSize(plan.size() - rest.size());
        assertThat(heard).containsExactlyInAnyOrderElementsOf(kept.stream().map(r -> r.planned().id()).toList());
    }

    @Test
    void aRunThatEndsAfterThePlanIsFixedIsReportedThen() {
        List<PlannedCommand> guessedPlan = catalog.perBridge(List.of("br-int"));
        ToolPrefixes guess = NodeDiscovery.guess("core", ToolPrefixes.DISCOVER);
        GuessedRound round = new GuessedRound(guessedPlan, guess, listener);

        List<PlannedCommand> rest = round.take(guessedPlan, guess);
        assertThat(rest).isEmpty();
        assertThat(heard).isEmpty();
        round.finished(0, completed(CatalogRun.commandLine(guessedPlan.get(0), guess)));

        assertThat(heard).containsExactly(guessedPlan.get(0).id());
        assertThat(CatalogRun.commandLine(guessedPlan.get(0), guess)).as("a user other than root guesses sudo")
                .startsWith("sudo -n ");
    }

    private static CommandRun completed(String command) {
        return new CommandRun(command, Outcome.COMPLETED, 0, null, Duration.ofMillis(5), "out", "", false, null);
    }
}
