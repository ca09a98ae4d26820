package org.polc.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import java.util.List;
import org.polc.policies.hangzhou2024.Hangzhou2024;
import org.polc.runtime.CalculatorDescriptor;
import org.polc.runtime.ComplianceDescriptor;
import org.polc.runtime.EligibilityDescriptor;
import org.polc.runtime.Facts;

/**
 * The whole policy (all 76 clauses: every calculator, eligibility and compliance rule) for one enterprise,
 * through the entry point Hangzhou2024, on 1,024 pre-built facts objects with every input given, in turn.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = "-Dfile.encoding=UTF-8")
public class PolicyBenchmarks {

    private static final int N = 1024;
    private Facts[] facts;
    private List<CalculatorDescriptor> calculators;
    private List<EligibilityDescriptor> eligibilities;
    private List<ComplianceDescriptor> rules;
    private int i;

    @Setup
    public void setUp() {
        facts = PolicyFacts.build(N, 76).toArray(new Facts[0]);
        calculators = Hangzhou2024.calculators();
        eligibilities = Hangzhou2024.POLICY.eligibilities();
        rules = Hangzhou2024.POLICY.complianceRules();
    }

    private Facts next() {
        i = (i + 1) & (N - 1);
        return facts[i];
    }

    @Benchmark
    public long wholePolicyFast() {
        return PolicyRun.fast(next());
    }

    /** The same work with the entry point's descriptor lists fetched once, before timing. */
    @Benchmark
    public long wholePolicyFastListsFetchedOnce() {
        return PolicyRun.fast(next(), calculators, eligibilities, rules);
    }

    @Benchmark
    public long wholePolicyExplained() {
        return PolicyRun.explained(next());
    }
}
