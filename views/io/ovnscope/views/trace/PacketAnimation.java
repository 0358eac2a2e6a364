package io.ovnscope.views.trace;

import java.util.Arrays;
import java.util.Optional;
import java.util.function.DoubleConsumer;
import javafx.animation.AnimationTimer;

/**
 * Plays a packet along its path with one AnimationTimer, which runs only while playing. Each frame moves the
 * position by the elapsed time and hands it to {@code show}; stepping and restarting set it directly. The
 * intervals between frames are kept (the last few thousand) so the frame rate can be measured.
 */
final class PacketAnimation {
    /** Legs a second at speed 1: slow enough to read the label at each hop. */
    static final double LEGS_PER_SECOND = 0.8;
    private static final int KEPT_FRAMES = 4096;

    private final DoubleConsumer show;
    private final long[] frameNanos = new long[KEPT_FRAMES];
    private final long[] workNanos = new long[KEPT_FRAMES];
    private int frames;
    private Optional<Playback> playback = Optional.empty();
    private double position;
    private double speed = 1;
    private boolean playing;
    private long last;

    private final AnimationTimer timer = new AnimationTimer() {
        @Override
        public void handle(long now) {
            long started = System.nanoTime();
            boolean timed = last != 0;
            if (timed) {
                position += (now - last) / 1e9 * speed * LEGS_PER_SECOND;
            }
            int end = playback.map(Playback::end).orElse(0);
            if (position >= end) {
                position = end;
                pause();
            }
            show.accept(position);
            if (timed) {
                frameNanos[frames % KEPT_FRAMES] = now - last;
                workNanos[frames % KEPT_FRAMES] = System.nanoTime() - started;
                frames++;
            }
            last = now;
        }
    };

    PacketAnimation(DoubleConsumer show) {
        this.show = show;
    }

    void load(Optional<Playback> next) {
        pause();
        playback = next;
        position = 0;
        show.accept(position);
    }

    Optional<Playback> playback() {
        return playback;
    }

    double position() {
        return position;
    }

    boolean playing() {
        return playing;
    }

    void play() {
        if (playback.isEmpty() || playing) {
            return;
        }
        if (position >= playback.get().end()) {
            position = 0;
        }
        playing = true;
        last = 0;
        timer.start();
    }

    void pause() {
        playing = false;
        timer.stop();
    }

    void toggle() {
        if (playing) {
            pause();
        } else {
            play();
        }
    }

    void forward() {
        pause();
        int end = playback.map(Playback::end).orElse(0);
        moveTo(Math.min(end, Math.floor(position) + 1));
    }

    void back() {
        pause();
        moveTo(Math.max(0, Math.ceil(position) - 1));
    }

    void restart() {
        pause();
        moveTo(0);
        play();
    }

    void moveTo(double next) {
        position = next;
        show.accept(position);
    }

    void speed(double factor) {
        speed = factor;
    }

    /** The intervals between the frames played so far (the newest few thousand), in nanoseconds. */
    long[] frameTimes() {
        return Arrays.copyOf(frameNanos, Math.min(frames, KEPT_FRAMES));
    }

    /** How long each of those frames took to update the panel and the picture's marks, in nanoseconds. */
    long[] frameWork() {
        return Arrays.copyOf(workNanos, Math.min(frames, KEPT_FRAMES));
    }

    void clearFrameTimes() {
        frames = 0;
    }
}
