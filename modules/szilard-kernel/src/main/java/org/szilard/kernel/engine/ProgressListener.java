package org.szilard.kernel.engine;

/** Receives the progress of a run, for a progress bar. */
@FunctionalInterface
public interface ProgressListener {

    /** A listener that ignores progress. */
    ProgressListener NONE = (fraction, message) -> { };

    /**
     * @param fraction an estimate of the part done, from 0 to 1
     * @param message what is being done ("cycle 12 of at most 200")
     */
    void progress(double fraction, String message);
}
