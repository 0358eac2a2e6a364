package io.ovnscope.views.connect;

import io.ovnscope.core.node.HostKeyPrompt;
import io.ovnscope.core.node.HostKeyQuestion;
import io.ovnscope.core.node.PassphrasePrompt;
import io.ovnscope.views.background.FxCall;
import javafx.stage.Window;

/**
 * The collector's questions to the user, asked from its own thread: each shows a dialog on the JavaFX thread
 * and waits for the answer. An interrupted wait refuses, never accepts.
 */
public final class FxPrompts implements HostKeyPrompt, PassphrasePrompt {
    private final Window owner;

    public FxPrompts(Window owner) {
        this.owner = owner;
    }

    @Override
    public boolean accept(HostKeyQuestion question) {
        return FxCall.await(() -> HostKeyDialog.ask(owner, question), false);
    }

    @Override
    public char[] passphrase(String keyFile, int attempt) {
        return FxCall.await(() -> SecretDialog.passphrase(owner, keyFile, attempt), null);
    }
}
