package dev.hindsight.realworld;

import dev.hindsight.build.CheckResult;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Every file of the corpus of real, public postmortems beside the project (not part of it, so the
 * test is skipped where the folder is absent) reads as a person reading it would say: title, date,
 * action items. Only these expected values are kept here, never the files' text.
 */
class RealCorpusTest {

    private static final Path CORPUS = Path.of("../shared/corpus/real");
    private static final String OPEN_4 = "OPEN OPEN OPEN OPEN";

    @Test
    void readsEveryFileOfTheCorpusAsAReaderWould() {
        assumeTrue(Files.isDirectory(CORPUS), "no corpus at " + CORPUS.toAbsolutePath());
        CheckResult result = Reading.check(CORPUS, Path.of("src/test/resources/realworld/corpus.yml"), List.of(
                Reading.of("PM2019-009 - Kubernetes network infrastructure IP starvation.md",
                        "Kubernetes network infrastructure IP starvation", "2019-11-29", OPEN_4),
                // Every date in this file is mistyped ("20202-01-16"); its id names the year, 2020.
                Reading.of("PM2020-003 - Postmortem for ADSync migration.md", "ADSync migration issues", "2020-01-16",
                        OPEN_4),
                Reading.of("PM2021-005 - All services returning 503 in Kubernetes.md",
                        "All services returning 503 in Kubernetes", "2021-06-22", "OPEN OPEN OPEN"),
                Reading.of("PM2021-011 - Log4Shell.md", "Log4Shell investigations", "2021-12-10",
                        OPEN_4 + " OPEN OPEN"),
                Reading.of("PM2022-002 -  Logs not shipped to CloudWatch.md", "Logs not shipped to CloudWatch",
                        "2022-01-31", "OPEN"),
                // Its timeline starts with the release of the bad image, two days before the nodes broke.
                Reading.of("PM2022-009 - Bad AWS EKS AMI causing Kubernetes issues", "Bad AWS EKS AMI", "2022-10-31",
                        OPEN_4 + " OPEN OPEN OPEN"),
                // Its timeline starts with the misconfigured rollover, the day before users noticed.
                Reading.of("PM2023-001 - Total node failure.md", "Total node failure", "2023-02-14",
                        OPEN_4 + " OPEN DONE"),
                Reading.of("PM2025-002 - Traefik rule preventing some inbound traffic.md",
                        "Traefik Rule Preventing Some Inbound Traffic", "2025-03-17", OPEN_4 + " OPEN OPEN"),
                Reading.of("2016-05-30-provisioner-deployment-issue.md",
                        "Heroku Config caused complication of deployment May 30", "2016-05-30", OPEN_4 + " OPEN"),
                Reading.of("2018-01-19-spot-requests-pending-forever.md",
                        "Retrospective: Spot Requests Pending Forever - 2018-01-19", "2018-01-19",
                        OPEN_4 + " " + OPEN_4 + " " + OPEN_4 + " OPEN"),
                Reading.of("2019-03-20-leaked-task-creds.md", "Retrospective: Credentials in logs - March 20, 2019",
                        "2019-03-20", "DONE DONE OPEN DONE"),
                Reading.of("2021-10-08-worker-manager-underprovisioning.md", "Retrospective: 2021-10-08 Taskcluster "
                        + "worker-provisioner outage 2021-10-08 23:01 - 2021-10-09 02:40 UTC", "2021-10-08", "OPEN OPEN"),
                Reading.of("2022-01-08-google-incident.md", "Retrospective: Google Incident 2022-01-08", "2022-01-08",
                        OPEN_4 + " OPEN"),
                Reading.of("2018-03-16-post-mortem-5.md", "Post-mortem: Deployment on March 15, 2018", "2018-03-15",
                        "OPEN"),
                Reading.of("2018-03-23-post-mortem-6.md", "Post-mortem: Downtime on March 23, 2018", "2018-03-23",
                        OPEN_4),
                Reading.of("2020-04-08-post-mortem.md", "Post-Mortem: Severe Service Degradation on April 8, 2020",
                        "2020-04-08", "OPEN OPEN"),
                Reading.of("2023-12-11-post-mortem.md", "Severe Service Degradation: OBS Unavailable", "2023-12-11",
                        "OPEN OPEN OPEN"),
                Reading.of("2025-10-23-post-mortem.md", "Severe Service Degradation: OBS Unreliable/Unavailable",
                        "2025-10-23", OPEN_4)));

        assertEquals(List.of(), result.diagnostics().stream().filter(d -> d.code().equals("files-not-read")).toList());
    }
}
