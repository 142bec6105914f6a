package org.szilard.cli.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.szilard.cli.testing.FakePlugins;
import org.szilard.kernel.scenario.ConfigurationException;

class LoadedScenarioTest {

    private final LoadedScenario scenario =
            new ScenarioLoader(FakePlugins.registry()).load("s.yaml", FakePlugins.OTTO, false, "s");

    private String locate(String block, String key, String message) {
        return scenario.locate(new ConfigurationException(block, key, message)).getMessage();
    }

    @Test
    void aProblemWithAGivenKeyPointsAtItsValue() {
        assertEquals("s.yaml:6:39: reservoirs.hot.temperature: too hot",
                locate("reservoirs.hot", "temperature", "too hot"));
        assertEquals("s.yaml:10:19: protocol.control.hot: no such level", locate("protocol", "control.hot",
                "no such level"));
        assertEquals("s.yaml:12:54: analyzers[1].split: the substance has one subsystem",
                locate("analyzers[1]", "split", "the substance has one subsystem"));
    }

    @Test
    void aProblemWithTheBlockOrADefaultedKeyPointsAtTheBlock() {
        assertEquals("s.yaml:7:3: reservoirs.cold: not attached", locate("reservoirs.cold", "", "not attached"));
        assertEquals("s.yaml:7:3: reservoirs.cold.spectrum: unsupported", locate("reservoirs.cold", "spectrum",
                "unsupported"));
        assertEquals("s.yaml:12:13: analyzers[0]: needs a cyclic protocol", locate("analyzers[0]", "",
                "needs a cyclic protocol"));
    }

    @Test
    void aBlockTheFileLeavesOutIsPlacedAtTheStart() {
        assertEquals("s.yaml:1:1: initial.temperature: no reservoir", locate("initial", "temperature", "no reservoir"));
        assertEquals("s.yaml:1:1: solver.tolerance: too small", locate("solver", "tolerance", "too small"));
    }

    @Test
    void indexedKeysAreFollowedIntoLists() {
        LoadedScenario withLevels = new ScenarioLoader(FakePlugins.registry()).load("s.yaml",
                FakePlugins.OTTO.replace("analyzers: [energetics, { type: entanglement, split: 2 }]",
                        "  levels: [1, 2, 3]"), false, "s");
        assertEquals("s.yaml:12:18: protocol.levels[2]: not increasing", withLevels.locate(
                new ConfigurationException("protocol", "levels[2]", "not increasing")).getMessage());
        assertEquals("s.yaml:12:3: protocol.levels[7]: missing", withLevels.locate(
                new ConfigurationException("protocol", "levels[7]", "missing")).getMessage());
    }
}
