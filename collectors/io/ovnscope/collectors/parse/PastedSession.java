package io.ovnscope.collectors.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A paste of a whole shell session: several prompts, each followed by its command's output. Split into
 * blocks so each output is read by the parser its command calls for.
 */
public final class PastedSession {
    private PastedSession() {
    }

    /**
     * The output of one pasted command.
     *
     * @param command   the command after the prompt, or empty for text before the first prompt
     * @param firstLine the line number, in the whole paste, of the block's first line (its prompt line)
     * @param text      the block's lines after the prompt line, joined by newlines
     */
    public record Block(Optional<String> command, int firstLine, String text) {
        /** Converts a line number within {@link #text} to one within the whole paste. */
        public int lineInPaste(int lineInBlock) {
            return command.isPresent() ? firstLine + lineInBlock : firstLine + lineInBlock - 1;
        }
    }

    /** True when the text holds more than one pasted command, so it must be read block by block. */
    public static boolean isSession(String text) {
        long prompts = TextLines.of(text).stream()
                .filter(line -> PastedLine.command(line.text()).isPresent())
                .count();
        return prompts > 1;
    }

    public static List<Block> split(String text) {
        List<Block> blocks = new ArrayList<>();
        Optional<String> command = Optional.empty();
        int first = 1;
        StringBuilder body = new StringBuilder();
        boolean bodyEmpty = true;
        for (TextLines.Line line : TextLines.of(text)) {
            Optional<String> next = PastedLine.command(line.text());
            if (next.isPresent()) {
                if (command.isPresent() || !bodyEmpty) {
                    blocks.add(new Block(command, first, body.toString()));
                }
                command = next;
                first = line.number();
                body.setLength(0);
                bodyEmpty = true;
            } else {
                if (!bodyEmpty) {
                    body.append('\n');
                }
                body.append(line.text());
                bodyEmpty = false;
            }
        }
        if (command.isPresent() || !bodyEmpty) {
            blocks.add(new Block(command, first, body.toString()));
        }
        return blocks;
    }
}
