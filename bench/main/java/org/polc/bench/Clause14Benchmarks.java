package org.polc.bench;

import java.util.List;

/** 第十四条 研发投入补助 in every engine: the benchmarks of {@link ClauseBenchmarks}, on this clause's cases. */
public class Clause14Benchmarks extends ClauseBenchmarks<Clause14Engines.Case> {

    @Override
    ClauseEngines<Clause14Engines.Case> engines() {
        return new Clause14Engines();
    }

    @Override
    List<Clause14Engines.Case> randomCases(int n) {
        return Clause14Engines.randomCases(n, 14);
    }
}
