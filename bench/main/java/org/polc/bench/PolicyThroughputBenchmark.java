package org.polc.bench;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.polc.runtime.Facts;

/**
 * Throughput: the whole policy's fast path (PolicyRun.fast) for {@code count} distinct pre-built facts objects
 * (default 10⁶), split in two halves on 2 threads; one operation is the whole batch. The facts are copies of
 * 1,024 random enterprises (distinct tables, shared values), built before timing. About 0.7 KB a facts object,
 * hence the heap; a short run can take {@code -p count=100000}. One warm-up batch (10⁶ calls is warm enough
 * for the JIT) and three measured ones, because a batch takes seconds.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgsAppend = {"-Dfile.encoding=UTF-8", "-Xms8g", "-Xmx8g"})
public class PolicyThroughputBenchmark {

    @Param("1000000")
    public int count;

    private Facts[] facts;
    private ExecutorService threads;

    @Setup(Level.Trial)
    public void setUp() {
        List<Facts> enterprises = PolicyFacts.build(1024, 2024);
        facts = new Facts[count];
        for (int k = 0; k < count; k++) {
            facts[k] = enterprises.get(k & 1023).toBuilder().build();
        }
        threads = Executors.newFixedThreadPool(2);
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        threads.shutdownNow();
    }

    @Benchmark
    public long wholePolicyFastOnTwoThreads() throws Exception {
        int half = count / 2;
        Future<Long> first = threads.submit(() -> run(0, half));
        Future<Long> second = threads.submit(() -> run(half, count));
        return first.get() + second.get();
    }

    private long run(int from, int to) {
        long sum = 0;
        for (int k = from; k < to; k++) {
            sum += PolicyRun.fast(facts[k]);
        }
        return sum;
    }
}
