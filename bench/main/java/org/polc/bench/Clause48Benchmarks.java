package org.polc.bench;

import java.util.List;

/** 第四十八条 出口信用保险资助 in every engine: the benchmarks of {@link ClauseBenchmarks}, on this clause's cases. */
public class Clause48Benchmarks extends ClauseBenchmarks<Clause48Engines.Case> {

    @Override
    ClauseEngines<Clause48Engines.Case> engines() {
        return new Clause48Engines();
    }

    @Override
    List<Clause48Engines.Case> randomCases(int n) {
        return Clause48Engines.randomCases(n, 48);
    }
}
