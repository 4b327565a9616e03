package org.minzheng.examples.cli;

import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;

/**
 * A progress bar on stderr for long work, shown only when the process has a terminal
 * ({@code System.console() != null}); when output is piped or redirected nothing is drawn, so
 * stdout and stderr stay clean.
 */
final class Progress implements AutoCloseable {

    private final ProgressBar bar;

    private Progress(ProgressBar bar) {
        this.bar = bar;
    }

    /** @return true if a bar would be drawn: the process has a terminal */
    static boolean enabled() {
        return System.console() != null;
    }

    /**
     * @param task the task's name
     * @param max  the number of steps
     * @return a progress bar, or one that draws nothing without a terminal
     */
    static Progress start(String task, long max) {
        if (!enabled() || max < 2) {
            return new Progress(null);
        }
        return new Progress(new ProgressBarBuilder()
                .setTaskName(task)
                .setInitialMax(max)
                .setConsumer(new ConsoleProgressBarConsumer(System.err, 100))
                .setUpdateIntervalMillis(200)
                .clearDisplayOnFinish()
                .build());
    }

    /** Counts one step done. */
    void step() {
        if (bar != null) {
            bar.step();
        }
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.close();
        }
    }
}
