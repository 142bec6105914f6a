package org.szilard.api.protocol;

/** A drive protocol: how lambda moves and which reservoirs are attached when. */
public interface DriveProtocol {

    /** The schedule to run. */
    Schedule schedule();
}
