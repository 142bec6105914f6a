package org.szilard.plugin.reservoirs.common;

import java.util.List;
import org.szilard.api.param.InvalidParameterException;
import org.szilard.api.plugin.ScenarioContext;
import org.szilard.api.substance.Site;
import org.szilard.api.substance.WorkingSubstance;

/** What reservoir providers look up on the working substance while they are created. */
public final class Substances {

    private Substances() {
    }

    /** The scenario's substance, which the kernel creates before the reservoirs. */
    public static WorkingSubstance of(ScenarioContext context) {
        return context.substance()
                .orElseThrow(() -> new IllegalStateException("the substance must be created before its reservoirs"));
    }

    /**
     * The site with the scenario's index (key {@code site}) among the substance's sites.
     *
     * @throws InvalidParameterException for key {@code site}, naming the available indices, when there is no such
     *                                   site
     */
    public static Site site(WorkingSubstance substance, long index) {
        List<Site> sites = substance.sites();
        if (sites.isEmpty()) {
            throw new InvalidParameterException("site", "the substance has no sites a reservoir can attach to");
        }
        if (index < 0 || index >= sites.size()) {
            throw new InvalidParameterException("site", "no site " + index + ": the substance's sites are "
                    + (sites.size() == 1 ? "just 0" : "0 to " + (sites.size() - 1)));
        }
        return sites.get((int) index);
    }
}
