package org.polc.bench;

import java.util.List;

/** 第十二条 国家省重点科研任务补助 in every engine: the benchmarks of {@link ClauseBenchmarks}, on this clause's cases. */
public class Clause12Benchmarks extends ClauseBenchmarks<Clause12Engines.Case> {

    @Override
    ClauseEngines<Clause12Engines.Case> engines() {
        return new Clause12Engines();
    }

    @Override
    List<Clause12Engines.Case> randomCases(int n) {
        return Clause12Engines.randomCases(n, 12);
    }
}
