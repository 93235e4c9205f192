package de.newsroom.console.scale;

import de.newsroom.console.base.db.OutageDrill;
import de.newsroom.console.base.db.OutageDrill.Answer;
import de.newsroom.console.base.db.OutageDrill.Phase;
import de.newsroom.console.base.db.StoppablePostgres;
import de.newsroom.console.scale.BenchReport.Stats;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The benchmark's "outage" rows, without the scale data: the console against a PostgreSQL server that is stopped for
 * 10 s and then frozen (SIGSTOP) for 10 s while eight readers post comments ({@link OutageDrill}). Reports the 503
 * answer's p50/p99 while down and while hung (against the 202 answer of the same run before the outage), readiness
 * DOWN time and recovery time. {@code ./mvnw test -Dtest=OutageBenchmark}; {@code NewsroomBenchmark} runs it too
 * when {@code -Dbench.rows} is empty or names {@code outage}.
 */
class OutageBenchmark {

    private static final Logger log = LoggerFactory.getLogger(OutageBenchmark.class);
    private static final Duration OUTAGE = Duration.ofSeconds(10);

    @Test
    void measure_an_outage() throws Exception {
        measure();
        BenchReport.write();
    }

    static void measure() throws Exception {
        try (OutageDrill drill = OutageDrill.start()) {
            StoppablePostgres pg = drill.postgres();
            Phase down = drill.run("down", 8, OUTAGE, pg::stop, pg::start);
            log.info("Outage row {}{}", down.summary(), down.logDigest());
            Phase hung = drill.run("hung", 8, OUTAGE, pg::freeze, pg::thaw);
            log.info("Outage row {}{}", hung.summary(), hung.logDigest());
            answerRow("Outage: comment POST answered 503 while PostgreSQL is down, 8 clients (ms; baseline: 202 before)",
                    down, 1000);
            answerRow("Outage: comment POST answered 503 while PostgreSQL hangs (SIGSTOP), 8 clients (ms)", hung, 2000);
            timeRow("Outage: readiness DOWN after PostgreSQL stopped / frozen (ms)", down.readinessDownMillis(),
                    hung.readinessDownMillis(), 2000);
            timeRow("Outage: first 202 after restart / SIGCONT began (ms)", down.recoveryMillis(),
                    hung.recoveryMillis(), 5000);
            BenchReport.add(new BenchReport.Result("Outage: log lines / stack traces during 10 s down + 10 s hung",
                    new Stats(down.logLines() + hung.logLines(), down.stackTraces() + hung.stackTraces(), 0, 2),
                    new Stats(0, 0, 0, 0), 0, "lines",
                    "few lines, no stack trace", down.stackTraces() + hung.stackTraces() == 0));
        }
    }

    private static void answerRow(String what, Phase phase, double p99Target) {
        List<Answer> during = phase.duringOutage();
        Stats ours = new Stats(phase.percentile(50), phase.percentile(99), during.stream()
                .mapToDouble(Answer::millis).average().orElse(Double.NaN), during.size());
        List<Answer> before = phase.beforeOutage();
        Stats base = new Stats(Phase.percentile(before, 50), Phase.percentile(before, 99), before.stream()
                .mapToDouble(Answer::millis).average().orElse(Double.NaN), before.size());
        boolean onlyKnown = phase.answers().stream().allMatch(a -> a.status() == 202 || a.status() == 503)
                && during.stream().allMatch(a -> a.status() == 503);
        BenchReport.addLatency(what, ours, base, "p99 <= " + (int) p99Target + " ms, only 503 during, no 500",
                ours.p99() <= p99Target && onlyKnown);
    }

    /** Two times in one row: the first as "p50", the second as "p99". */
    private static void timeRow(String what, double down, double hung, double target) {
        BenchReport.add(new BenchReport.Result(what + " [p50 column: down, p99 column: hung]",
                new Stats(down, hung, (down + hung) / 2, 2), new Stats(0, 0, 0, 0), 0, "ms",
                "<= " + (int) target + " ms", down <= target && hung <= target));
    }
}
