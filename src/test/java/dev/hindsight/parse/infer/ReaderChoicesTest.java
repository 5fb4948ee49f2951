package dev.hindsight.parse.infer;

import dev.hindsight.build.CheckResult;
import dev.hindsight.model.ActionItem;
import dev.hindsight.model.Postmortem;
import dev.hindsight.testing.OneFileLibraries;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Where a file offers more than one candidate for a title, a date or a list of action items, the
 * one a reader picks is read — and only where the reader's reason holds.
 */
class ReaderChoicesTest {

    @RegisterExtension
    final OneFileLibraries libraries = new OneFileLibraries();

    private Postmortem read(String fileName, String text) throws IOException {
        CheckResult result = libraries.check(fileName, text);
        assertEquals(0, result.errorCount(), result.diagnostics().toString());
        return result.library().postmortems().get(0);
    }

    private String date(String fileName, String text) throws IOException {
        return read(fileName, text).date().map(Object::toString).orElse("none");
    }

    @Test
    void aMeetingOrReviewIsDatedByTheIncidentDayItNamesBeforeItsOwn() throws IOException {
        assertEquals("2024-12-02", date("recap.md", "# Storage latency review\n\nMeeting recap · Wednesday, 4 December "
                + "2024\n\n- Hugo walked through Monday's incident, when the SAN was slow for two hours.\n"));
        assertEquals("2024-12-04", date("recap.md", "# Storage latency review\n\nMeeting recap · Wednesday, 4 December "
                + "2024\n\n- Hugo walked through Wednesday's incident, when the SAN was slow for two hours.\n"),
                "the meeting's own weekday");
        assertEquals("2023-10-31", date("halloween.md", "Title: The Halloween login outage\nDate: 2023-11-02 09:30\n"
                + "Summary: Why nobody could log in on the evening of 31 October.\n\nLogins failed.\n"));
        assertEquals("2024-03-12", date("rapport.md", "# Panne\n\n**Date de l'incident :** 12 mars 2024\n\nLa "
                + "configuration, déployée le 11 mars 2024 au soir, était fausse.\n"), "a day with its year in the summary "
                + "is a cause's");
        assertEquals("2024-10-02", date("crash.md", "## Crash spike\n\n**When:** Wed 2 Oct 2024, 07:30–13:10 CEST\n\n"
                + "### Context\n\n- 5.12.0 was promoted to 5% on Tue 1 Oct at 16:00.\n"), "a key that asks when it happened");
        assertEquals("2024-05-07", date("partition.md", "# Partial partition\n\nThe run for ds=2024-05-06 executes "
                + "on 2024-05-07.\n\n> The revenue figure for Monday 6 May was wrong.\n"), "the day a figure is for");
        assertEquals("2024-04-29", date("PRB1.md", "## Problem PRB1\n\n| Opened | 2024-05-02 08:14 |\n|---|---|\n\n"
                + "Since the evening of 2024-04-29, one in five logins fail.\n"), "the day a problem has gone on since");
    }

    @Test
    void aBlogPostKeepsItsPostsDayUnlessItsTitleNamesTheIncidents() throws IOException {
        assertEquals("2024-03-18", date("weekend.md", "# What happened this weekend\n\n*Posted by the Live Ops team · "
                + "March 18, 2024*\n\nOn **Saturday, March 16**, we rolled out the patch.\n"));
        assertEquals("2016-03-02", date("forums.md", "What happened to the forums on the 2nd of March\n===\n\n*Posted "
                + "March 3rd, 2016 by the ops team*\n\nThe forums were down.\n"));
    }

    @Test
    void aFileNamedForThePublicationDayIsDatedByTheDayItsSummaryNames() throws IOException {
        assertEquals("2019-07-29", date("2019-08-02-payments.md", "# Payments\n\nOn 29 July 2019, payments failed.\n"));
        assertEquals("2019-08-02", date("2019-08-02-payments.md",
                "# Payments\n\nPayments failed. A change on 29 July 2019 was the cause.\n"), "not the first sentence");
        assertEquals("2019-08-02", date("2019-08-02-payments.md",
                "# Payments\n\nOn 20 May 2019, the code that failed was written.\n"), "months before");
        assertEquals("2019-08-02", date("2019-08-02-payments.md",
                "# Payments\n\nOn 9 August 2019, payments failed again.\n"), "after the file's day");
    }

    @Test
    void aTimelineDatesTheIncidentByWhenItWasNoticedNotByAReleaseDaysBefore() throws IOException {
        String timeline = "# Bad image\n\n## Timeline\n\n| Time | Event |\n|---|---|\n"
                + "| 2022-10-29 01:02 | Image released |\n| 2022-10-31 07:30 | Nodes replaced |\n"
                + "| 2022-10-31 14:30 | We observe nodes flapping |\n";
        assertEquals("2022-10-31", date("bad-image.md", timeline));
        assertEquals("2022-10-29", date("bad-image.md", timeline.replace("We observe nodes flapping", "Rolled back")),
                "no entry says when it was noticed: the first");
    }

    @Test
    void aKeyThatNamesTheIncidentOrItsStartInAnyLanguageGivesItsDay() throws IOException {
        assertEquals("2024-01-19", date("charge.md", "# Double charge\n\n**Incident:** 2024-01-19 (Fri) 06:00 UTC\n\n"
                + "All duplicates were refunded by 2024-01-22.\n"));
        assertEquals("2024-04-22", date("lag.md", "# Lag\n\nIncident: 2024-04-22 · Sev 3 · Team: Discovery\n\n"
                + "| Key | Created |\n|---|---|\n| SRCH-1 | 24/Apr/24 |\n| SRCH-2 | 25/Apr/24 |\n"));
        assertEquals("2023-11-14", date("debrief.md", "# Token refresh failures\n\n| T0 (first customer impact) | TTD |\n"
                + "|---|---|\n| 2023-11-14 16:05 UTC | 9 min |\n\nDebrief held: 2023-11-17.\n"));
        assertEquals("2024-07-08", date("laporan.md", "# Laporan\n\n| | |\n|---|---|\n| Tanggal laporan | 11 Juli 2024 |\n"
                + "| Tanggal kejadian | Senin, 8 Juli 2024 |\n"), "the report's day is a later one");
        assertEquals("2024-03-12", date("anafora.md", "# Αναφορά\n\n**Ημερομηνία:** Τρίτη 12 Μαρτίου 2024\n\n"
                + "Η προηγούμενη διακοπή ήταν στις 2 Φεβρουαρίου 2024.\n"));
        CheckResult ticket = libraries.check("ticket.md", "# Outage\n\nIncident: INC-1234\n\n## Timeline\n\n- 2024-02-03 10:00 down\n");
        assertEquals("2024-02-03", ticket.library().postmortems().get(0).date().orElseThrow().toString());
        assertTrue(ticket.diagnostics().stream().noneMatch(d -> d.message().contains("INC-1234")),
                "an incident's id is no date to complain of: " + ticket.diagnostics());
    }

    @Test
    void aTextThatNamesOneDayOnlyIsDatedByIt() throws IOException {
        assertEquals("2025-01-22", date("api-errors.md",
                "**API errors**\n\nResolved at 17:45 UTC.\n\nPosted Jan 22, 2025 - 16:21 UTC\n"));
        assertEquals("none", date("api-errors.md",
                "**API errors**\n\nResolved.\n\nPosted Jan 22, 2025; updated Jan 24, 2025\n"));
    }

    @Test
    void aDayWithoutAYearInTheTitleOrFileNameTakesTheYearOfTheTextsDays() throws IOException {
        assertEquals("2024-11-09", date("Outage 9 Nov.md", "Outage 9 Nov — booking site down\n===\n\nThe site returned "
                + "503s on 09/11/24, our busiest morning.\n"));
        assertEquals("2024-11-09", date("Outage 9 Nov.md", "# Booking site down\n\nThe site returned 503s on 09/11/24.\n"),
                "the file name's day");
        assertEquals("none", date("Outage 9 Nov.md", "# Booking site down\n\nLike on 03/02/23, the site returned 503s "
                + "on 09/11/24.\n"), "days of two years name none");
    }

    @Test
    void aFiveDigitYearIsReadWithTheYearTheFileNameNamesAndSaidToBeATypo() throws IOException {
        CheckResult result = libraries.check("PM2020-003 - Migration.md",
                "# Migration\n\n## Timeline\n\n- 20202-01-16 it broke\n");

        assertEquals("2020-01-16", result.library().postmortems().get(0).date().orElseThrow().toString());
        assertTrue(result.diagnostics().toString().contains("date [20202-01-16] has a five-digit year; it is read as "
                + "2020-01-16"), result.diagnostics().toString());
        assertEquals("none", date("migration.md", "# Migration\n\n## Timeline\n\n- 20202-01-16 it broke\n"),
                "no year named elsewhere: no guess");
    }

    @Test
    void aHeadingThatGoesOnPastASectionNameIsATitle() throws IOException {
        assertEquals("Summary of the Queue Service Event in the Eastern Region", read("queue.md",
                "# Summary of the Queue Service Event in the Eastern Region\n\nWe wanted to tell you more.\n").title());
        assertEquals("Queue", read("queue.md", "# Summary of events\n\nIt broke.\n\n# Impact\n\nSome.\n").title());
    }

    @Test
    void bracketsThatNameNoLinkStayInTheTitle() throws IOException {
        assertEquals("[Postmortem] CI runners down (#812)",
                read("ci.md", "# [Postmortem] CI runners down (#812)\n").title());
        assertEquals("CI runners down", read("ci.md", "# [CI runners][ci] down\n\n[ci]: https://ci.example.com\n")
                .title(), "a reference link reads as its text");
    }

    @Test
    void aDateKeyWithAWordBeforeItsDateWordNamesTheIncidentsDay() throws IOException {
        assertEquals("2024-03-05", date("ataskaita.md", "# Incidento ataskaita\n\n**Incidento data:** 2024 m. kovo 5 d. "
                + "(antradienis)  \n**Ataskaita parengta:** 2024-03-08\n\nLaiškai nebuvo siunčiami.\n"));
    }

    @Test
    void aDayWrittenEitherWayRoundIsSettledByTheWeekdayNamedWithIt() throws IOException {
        assertEquals("2024-06-03", date("otp.md", "# SMS OTP delay\n\n| | |\n|---|---|\n| Date of incident | 03-06-2024 "
                + "(Monday) |\n\nOTPs were late.\n"));
        assertEquals("2024-03-06", date("otp.md", "# SMS OTP delay\n\n| | |\n|---|---|\n| Date of incident | 03-06-2024 "
                + "(Wednesday) |\n\nOTPs were late.\n"));
    }

    @Test
    void aMemosSubjectNamingTheIncidentsDayInFullDatesItOverTheMemosDay() throws IOException {
        assertEquals("2024-04-24", date("memo.md", "MEMORANDUM\n\nTO: Board\nDATE: April 30, 2024\nRE: Outage of the records "
                + "portal on April 24, 2024\n\n**Purpose**\n\nThis memo reports on the outage the Board asked about at its "
                + "April 25 session.\n"));
    }

    @Test
    void aQuotedKeyLineWithAWeekdayBeforeItsDayDatesTheIncident() throws IOException {
        assertEquals("2024-07-06", date("batch.md", "# Billing batch failure\n\n> Incident: **Saturday 6 July 2024**, 02:10–05:45"
                + " AEST · Review held Wed 10 July\n\n## What went wrong\n\nA change on 28 June 2024 filled the disk.\n"));
    }

    @Test
    void anOutlinersPageARecordsOneHeadingAndAJournalsPostmortemBulletAreTitles() throws IOException {
        assertEquals("Search index rebuild wiped product facets", read("tana.md", "- Search index rebuild wiped product facets "
                + "#postmortem\n  - **Severity**:: SEV2\n  - Summary\n    - Facets vanished.\n").title());
        assertEquals("HomeNest hubs offline after the cert change", read("wf.md", "- Incident reviews FY24\n  - HomeNest hubs "
                + "offline after the cert change\n    - when: Sun 2 June 2024\n  - Billing run double-charged (see separate doc)\n")
                .title());
        assertEquals("Waiting room collapse during the on-sale", read("at.md", "**Base:** Reliability · **Table:** Incidents\n\n"
                + "---\n\n### INC-0457 — Waiting room collapse during the on-sale\n\n| Field | Value |\n|---|---|\n").title());
        assertEquals("Post-mortem : expiration du certificat", read("2025_01_17.md", "- 09:05 café, relu les alertes\n"
                + "- ## Post-mortem : expiration du certificat\n  gravité:: SEV1\n  - Le SSO est tombé.\n").title());
    }

    @Test
    void aConfluencePagesWikiHeadingsAndJiraMacrosAreReadAsTheyShow() throws IOException {
        Postmortem read = read("conf.md", "{toc:maxLevel=2}\n\nh1. PIR: Payments ledger lag\n\nReplicas lagged.\n\nh2. Actions\n\n"
                + "{jira:key=PLAT-2201|title=Move the VACUUM to a quiet window|status=Done}\n"
                + "{jira:key=PLAT-2203|title=Write the accrual runbook|status=To Do}\n\n"
                + "{expand:title=Discussed but not taken forward}\n* Partition by month.\n{expand}\n");
        assertEquals("PIR: Payments ledger lag", read.title());
        assertEquals(List.of("DONE", "OPEN"), read.actionItems().stream().map(a -> a.status().name()).toList());
    }

    @Test
    void aWhenKeyInAnotherLanguageNamesTheIncidentsDay() throws IOException {
        assertEquals("2025-01-11", date("kassa.md", "# Kassasysteem plat\n\n**Wanneer:** zaterdag 11 januari 2025, van 08:55 "
                + "tot 11:20\n\nDe router kreeg op 10 januari 2025 een update.\n"));
    }

    @Test
    void aKoreanFailureTimeKeyNamesTheIncidentsDay() throws IOException {
        assertEquals("2024-05-28", date("notice.md", "# 장애 안내\n\n**게시일:** 2024.06.11\n\n고객님, 안녕하세요.\n\n"
                + "| 항목 | 내용 |\n|---|---|\n| 장애 시간 | 2024-05-28 14:06 ~ 17:48 (KST) |\n"));
    }

    @Test
    void aMailsForwardAndSubjectMarksAndAnIssueFormsLabelAreNoPartOfTheTitle() throws IOException {
        assertEquals("SSO login failures", read("sso.md", "**From:** Claire\n**Subject:** FW: Re: SSO login failures\n\n"
                + "Hi all, forwarding the summary.\n").title());
        assertEquals("RCA for SMS OTP delay", read("otp.md", "**Sub: RCA for SMS OTP delay**\n\nDear Sir/Madam,\n").title());
        assertEquals("Video transcoding stalled", read("video.md", "# [Postmortem]: Video transcoding stalled\n").title());
        assertEquals("Staging db wiped", read("note - staging db wiped.md", "Quick note: the cleanup script ran "
                + "against staging.\n").title(), "a file name's 'note - '");
        assertEquals("Notes from the outage", read("notes.md", "# Notes from the outage\n").title());
    }

    @Test
    void numberedFirstLevelSectionsAndALogoAboveTheTitleAreNoTitle() throws IOException {
        assertEquals("Awaria systemu e-Kolejka", read("raport.md", "![](media/image1.png){width=\"1.8in\"}\n\n"
                + "**RAPORT POINCYDENTALNY**\n\n**Awaria systemu e-Kolejka**\n\n# 1. Opis zdarzenia\n\nSystem stał.\n\n"
                + "# 2. Przyczyna\n\nDysk.\n").title());
        assertEquals("1. Outage of the queue", read("queue.md", "# 1. Outage of the queue\n\n## Summary\n\nIt stopped.\n")
                .title(), "one numbered H1 over the rest stays the title");
    }

    @Test
    void aConvertedReportsTitleInBoldIsOverItsFirstLevelSections() throws IOException {
        Postmortem report = read("rapport.md", "<div class=\"center\">\n\n**Rapport: Störning i BankID**\n\n"
                + "Rapportdatum: 9 september 2024\n\n</div>\n\n<div class=\"abstract\">\n\n**Sammanfattning.** Den 27 "
                + "augusti 2024 kunde invånare inte logga in.\n\n</div>\n\n# Inledning\n\nMina sidor.\n\n# Förlopp\n\nFel.\n");
        assertEquals("Rapport: Störning i BankID", report.title());
        assertEquals("2024-08-27", report.date().map(Object::toString).orElse("none"));
    }

    @Test
    void fieldsBetweenColonsAreKeyLinesAndALetterheadAboveTheTitleIsNoSummary() throws IOException {
        assertEquals("2024-09-02", date("myst.md", "# Failover\n\n:Date: 2 September 2024\n:Review meeting: 5 September "
                + "2024\n\nThe primary was demoted.\n"));
        assertEquals("2024-10-15", date("antora.md", ":page-role: incidente\n:revdate: 2024-10-22\n\n# SSO indisponível\n\n"
                + "Na noite de terça-feira, 15 de outubro de 2024, o SSO caiu.\n"));
        assertEquals("2024-07-22", date("laporan.md", "PT Bank Nusantara Makmur Tbk\nDivisi Manajemen Risiko Operasional\n\n"
                + "Tanggal laporan: 29 Juli 2024\n\n# Laporan Insiden\n\nPada hari Senin, 22 Juli 2024, transfer gagal.\n"));
    }

    @Test
    void aChannelsExportIsTitledByTheMessageInBoldThatHeadsThePostmortem() throws IOException {
        assertEquals("Постмортем: Розсинхрон залишків з Rozetka", read("channel.md", "# ~inc-zalyshky-rozetka\n\n"
                + "**Team:** Engineering\n\n**oleksii** 23:27\nRozetka продає товари.\n\n**olena** 14:02\n"
                + "**Постмортем: Розсинхрон залишків з Rozetka**\n\nКоли: 15.01.2024\n").title());
    }

    @Test
    void theNumberGitHubShowsAfterATitleIsNoPartOfIt() throws IOException {
        assertEquals("Post-incident review: release artifacts signed with the revoked key", read("discussion.md",
                "# Post-incident review: release artifacts signed with the revoked key #2147\n\nIt happened.\n").title());
        assertEquals("Shard #12 down", read("shard.md", "# Shard #12 down\n\nIt happened.\n").title());
    }

    @Test
    void aTrackersWorkItemMarkAToolsTagAndARemarkNamingTheDocumentAreNoPartOfTheTitle() throws IOException {
        Postmortem bug = read("bug.md", "Bug 77314: UPI collect requests timing out\n\n| Field | Value |\n|---|---|\n"
                + "| State | Resolved |\n");
        assertEquals("UPI collect requests timing out", bug.title());
        assertEquals("bug-77314", bug.id());
        assertEquals("Checkout p99 latency spike", read("nb.md", "# [Notebook] Checkout p99 latency spike\n\nSlow.\n").title());
        assertEquals("USSD Gateway Outage", read("ussd.md", "# USSD Gateway Outage (Incident Write-up)\n\nDown.\n").title());
        assertEquals("Checkout latency (SEV-2)", read("c.md", "# Checkout latency (SEV-2)\n\nSlow.\n").title(),
                "a severity after the title stays, as readers keep it");
        assertEquals("Prepaid token vending failing", read("prb.md", "**Problem PRB-112** — Prepaid token vending failing\n\n"
                + "| Field | Value |\n|---|---|\n| State | Resolved |\n").title());
        assertEquals("Bug 1881204 - Telemetry gap", read("bz.md", "# Bug 1881204 - Telemetry gap\n\nGap.\n").title(),
                "Bugzilla's plain dash stays, as readers keep it");
        assertEquals("Checkout p99 regression", read("hc.md", "# Board: Checkout p99 regression\n\nSlow.\n").title());
        assertEquals("Posztmortem: a JegyPont API kiesése", read("yt.md", "INFRA-2231 · **Posztmortem: a JegyPont API kiesése**"
                + "\n\n| Mező | Érték |\n|---|---|\n| Projekt | INFRA |\n").title());
    }

    @Test
    void breadcrumbsAboveAPostAndADailyNotesDayAreNoTitle() throws IOException {
        assertEquals("Post-mortem : panne du VPN", read("teams.md", "**Équipe IT › Canal : Incidents**\n\n---\n\n"
                + "**Sébastien** · 08:47\n**Post-mortem : panne du VPN**\n\nBonjour à tous.\n").title());
        assertEquals("Intsidendi kokkuvõte: Smart-ID allkirjastamine katkes", read("roam.md", "# October 8th, 2024\n\n"
                + "- 09:00 #standup\n    - planeerimine\n- **Intsidendi kokkuvõte: Smart-ID allkirjastamine katkes** "
                + "#intsident\n    - Kestus: 10:47 – 13:15\n").title());
    }

    @Test
    void aLetterheadNamingTheKindOfReportInAnotherLanguageYieldsToTheSubjectLine() throws IOException {
        assertEquals("Прекъсване на системата за проследяване", read("doklad.md", "ДОКЛАД ЗА ИНЦИДЕНТ\n\n**Относно:** "
                + "Прекъсване на системата за проследяване  \n**Дата на инцидента:** 15 февруари 2024 г.\n\n## Описание\n\n"
                + "Системата спря.\n").title());
        assertEquals("Panne du DNS interne", read("rapport.md", "# Rapport d'incident\n\n**Objet :** Panne du DNS interne\n"
                + "\n## Résumé\n\nLe DNS est tombé.\n").title());
    }

    @Test
    void anH2OverH3SectionsIsTheTitleEvenUnderBreadcrumbs() throws IOException {
        assertEquals("Postmortem: Login failures", read("sso.md",
                "Engineering › Postmortems\n\n## Postmortem: Login failures\n\n### Summary\n\nIt broke.\n").title());
        assertEquals("Sso", read("sso.md", "Some prose first.\n\n## Login failures\n\nIt broke.\n\n## Fix\n\nDone.\n")
                .title(), "one of several H2 sections after prose: no title");
    }

    @Test
    void aTitleKeyLineOrABoldFirstLineIsTheTitleWhenNoHeadingIsOne() throws IOException {
        assertEquals("Nightly backups failing", read("backups.md",
                "#+TITLE: Nightly backups failing\n#+DATE: <2018-04-02 Mon>\n\n## Cause\n\nA pipe.\n").title());
        assertEquals("Elevated API error rates", read("api.md", "**Elevated API error rates**\n\nResolved.\n").title());
        assertEquals("Api", read("api.md", "**Date:** 2018-04-02\n\nResolved.\n").title(), "a bold key is no title");
        assertEquals("Vendor portal down", read("api.md", "**Post-Incident Review**\n\n**Vendor portal down**\n\nIt broke.\n")
                .title(), "the bold line under one naming the kind of document");
        assertEquals("DNS resolver saturation", read("dns-fra.md", "% DNS resolver saturation\n% Hanne Vogt\n% 21 June 2024"
                + "\n\n# Overview\n\nOn Tuesday 18 June 2024 the resolvers failed.\n").title(), "a Pandoc title block");
        assertEquals("Cache stampede", read("cache.md", "title:: Cache stampede\ntype:: postmortem\n\n- ## Summary\n")
                .title(), "an outliner's property");
        assertEquals("Single sign-on outage", read("2024_08_05_sso.md", "<h1 align=\"center\">Single sign-on outage</h1>"
                + "\n\n## Summary\n\nNo one could sign in.\n").title(), "an HTML heading");
        assertEquals("Outage notes - payroll batch", read("Outage notes - payroll batch.md", "Payroll ran late.\n").title(),
                "a file name written with spaces keeps its dashes");
        assertEquals("Api", read("api.md", "Resolved.\n\n| Title | Owner | Status |\n|---|---|---|\n| Fix | me | done |\n")
                .title(), "a column named Title is no title");
    }

    @Test
    void aShortLeadInBeforeAListIntroducesActionItems() throws IOException {
        assertEquals(2, read("redis.md", "- what: failover took 40s\n- todo:\n  - alert on failover\n  - runbook\n")
                .actionItems().size());
        assertEquals(2, read("redis.md", "Redis failed over.\n\n**Follow-ups:**\n\n- alert\n- runbook\n")
                .actionItems().size());
        assertEquals(0, read("redis.md", "Redis failed over.\n\nActions taken during the incident:\n\n- restart\n"
                + "- failover\n").actionItems().size(), "a longer sentence is no lead-in");
    }

    @Test
    void headingsWithContractionsInFirstPersonOrInOtherLanguagesHoldActionItems() throws IOException {
        assertEquals(1, read("a.md", "# A\n\n## What we're doing to stop this happening again\n\n- alert\n")
                .actionItems().size());
        assertEquals(1, read("b.md", "# B\n\n## Maßnahmen\n\n- [ ] Alarm einrichten\n").actionItems().size());
        assertEquals(2, read("j.md", "# J\n\n## 再発防止策\n\n- 期限監視を追加する\n- 更新手順を自動化する\n").actionItems().size());
        assertEquals(1, read("c.md", "# C\n\n## Acciones\n\n| Acción | Estado |\n|---|---|\n| Alertar | Hecho |\n")
                .actionItems().size());
        assertEquals(1, read("a.md", "# A\n\n## What I'll do next\n\n- [ ] Publish with provenance\n")
                .actionItems().size());
        assertEquals(1, read("p.md", "# P\n\n## Ações de acompanhamento\n\n1. Fixar versões\n").actionItems().size());
        assertEquals(1, read("i.md", "# I\n\n## Azioni correttive\n\n- Importazione automatica\n").actionItems().size());
    }

    @Test
    void aParenthesisedRemarkMakesASectionLikeHeadingATitle() throws IOException {
        assertEquals("What happened this weekend (and what we're doing about it)", read("w.md",
                "# What happened this weekend (and what we're doing about it)\n\nHey everyone.\n").title());
        assertEquals("W", read("w.md", "# Timeline (PST)\n\n- 10:00 broke\n").title(), "a time zone is a short remark");
    }

    @Test
    void aSlackSummaryIsReadWithSlacksBoldAndWithoutItsEmojiShortcodes() throws IOException {
        Postmortem slack = read("INC-3307.md", "*:rotating_light: INC-3307: Login 500s after a flag push*\n\n"
                + "*Severity:* SEV-2\n*Declared:* Jun 3rd, 2024 at 9:14 AM EDT\n\n*:memo: Summary*\nA flag went to 100%.\n");
        assertEquals("Login 500s after a flag push", slack.title());
        assertEquals("inc-3307", slack.id());
        assertEquals("Login note", read("login-note.md", "*Login 500s after a flag push*\n\n*Severity:* SEV-2\n").title(),
                "one key line in single asterisks is Markdown's emphasis still, and an italic line no title");
    }

    @Test
    void aHeadingThatNamesTheKindOfDocumentYieldsToATitleLine() throws IOException {
        assertEquals("Loss of mobile data", read("nor.md",
                "NETWORK OUTAGE REPORT\n=====================\n\nTitle: Loss of mobile data\n").title());
        assertEquals("NETWORK OUTAGE REPORT", read("nor.md", "NETWORK OUTAGE REPORT\n=====\n\nIt broke.\n").title(),
                "without a title line the heading is the title");
        assertEquals("Token refresh rejected valid tokens", read("debrief.md", "# Incident Debrief (template v3.2)\n\n"
                + "## 0. Title\nToken refresh rejected valid tokens\n\n## 1. What happened\n\nIt broke.\n").title(),
                "a template's name with its version in brackets, over a Title section");
    }

    @Test
    void linesThatEachStartAsAnItemAreOneItemEach() throws IOException {
        Postmortem todo = read("t.md", "# T\n\n## Follow-up\n\nTODO(priya): move the ack\nTODO(marco): add a PDB\n\n"
                + "Done during the incident: replayed the webhooks.\n");
        assertEquals(List.of("priya", "marco"), todo.actionItems().stream().map(ActionItem::owner).toList());
        Postmortem report = read("r.md", "# R\n\n## 5. Remedial actions\n\n5.1 Move the job. Owner: DBA team. "
                + "Due: 9 February 2024.\n5.2 Alert on the batch. Owner: SRE. Due: 16 February 2024.\n");
        assertEquals(List.of("Move the job.", "Alert on the batch."),
                report.actionItems().stream().map(ActionItem::title).toList());
        assertEquals(List.of("DBA team", "SRE"), report.actionItems().stream().map(ActionItem::owner).toList());
        assertEquals(Optional.of(LocalDate.parse("2024-02-09")), report.actionItems().get(0).due());
    }

    @Test
    void anIncidentStartThatGivesOnlyATimeLeavesTheDateToALaterKeyLine() throws IOException {
        assertEquals("2024-06-02", date("nor.md",
                "# NOR\n\nIncident start: 21:47 UTC\nDate: 2024-06-02\n\nReviewed on 2024-06-10.\n"));
    }

    @Test
    void aSlashDateEitherWayRoundIsReadInTheOrderOfTheFilesOtherSlashDates() throws IOException {
        assertEquals("2024-05-03", date("ehr.md", "# EHR\n\nDowntime start: 03/05/2024 02:10\n\n"
                + "| Action | Target date |\n|---|---|\n| Firmware | 31/05/2024 |\n"));
    }

    @Test
    void aBylineDatesAPostAboveOrBelowItsText() throws IOException {
        String post = "# Dashboards empty\n\nOn Thursday the dashboards were empty; the upgrade of February 27, 2024 "
                + "was the cause.\n\n";
        assertEquals("2024-03-08", date("p.md", post + "— Priya Raman, 8 March 2024\n"));
        assertEquals("2024-03-08", date("p.md", post + "*Posted by Priya Raman on March 8, 2024*\n"));
        assertEquals("2024-03-08", date("p.md", post + "By Priya Raman · 8 Mar 2024\n"));
        assertEquals("2024-02-27", date("p.md", post + "Priya Raman wrote this on a train.\n"), "no byline");
    }

    @Test
    void aSummaryDayOutsideTheTimelinesDaysIsAnEarlierIncidentsDay() throws IOException {
        String timeline = "\n\n## Timeline\n\n- 2024-03-04 22:15 alert\n- 2024-03-05 00:40 fixed\n";
        assertEquals("2024-03-04", date("r.md", "# R\n\n## Summary\n\nLike the incident of 2023-11-12, "
                + "sessions were evicted." + timeline));
        assertEquals("2024-03-05", date("r.md", "# R\n\n## Summary\n\nOn 2024-03-05 sessions were evicted." + timeline),
                "a day inside the timeline's");
    }

    @Test
    void aSummaryIsProseNotABylineBreadcrumbOrALettersDateline() throws IOException {
        assertEquals("The queue stopped for an hour.", read("q.md", "Home > Postmortems > 2024\n\n# Queue\n\n"
                + "*By Jo · 4 Mar 2024*\n\nThe queue stopped for an hour. It was restarted.\n").summary());
        assertEquals("Calls failed for two hours on 27 February 2024.", read("l.md", "London, 1 March 2024\n\n"
                + "Dear Customer,\n\nCalls failed for two hours on 27 February 2024.\n").summary());
    }

    @Test
    void anAmbiguousSlashDateNothingSettlesIsNamedInAWarning() throws IOException {
        CheckResult result = libraries.check("v.md", "# VPN\n\nDate: 3/4/2024\n\nThe VPN was down.\n");
        assertTrue(result.diagnostics().stream().anyMatch(d -> d.message().startsWith("date [3/4/2024] in a key line "
                + "near the top reads as a day either way round")), result.diagnostics().toString());
        assertEquals("2024-03-04", date("v.md", "# VPN\n\nDate: 3/4/2024\n\nReviewed on 3/18/2024.\n"));
    }

    @Test
    void foreignFrontMatterMayNameAuthorsAsPeopleWithFields() throws IOException {
        assertEquals(List.of("Jo Doe", "Sam Lee"), read("q.md", "---\ntitle: Queue\nauthors:\n  - name: Jo Doe\n"
                + "    url: https://example.org/jo\n  - Sam Lee\n---\nThe queue stopped.\n").authors());
        assertEquals(List.of("Jo Doe"), read("q.md", "---\ntitle: Queue\nauthor:\n  name: Jo Doe\n  twitter: jodoe\n---\n"
                + "The queue stopped.\n").authors(), "Jekyll's author as fields");
    }

    @Test
    void aHeadingOnlyNamingTheDocumentOrACompanyYieldsToTheTitleBelowIt() throws IOException {
        assertEquals("LDAP timeouts", read("l.md", "# Postmortem\n\n## LDAP timeouts\n\n## Summary\n\nIt broke.\n")
                .title());
        assertEquals("Scanner sync failure", read("s.md", "# Acme Logistics\n\n## Scanner sync failure\n\n"
                + "### Summary\n\nIt broke.\n").title());
        assertEquals("Acme Logistics", read("s.md", "# Acme Logistics\n\nIt broke.\n\n## Scanner sync failure\n\n"
                + "### Summary\n\nIt broke.\n").title(), "an H1 with text under it is the title");
    }

    @Test
    void aRemediationListOfStepsTakenIsNoActionItems() throws IOException {
        String steps = "- Restored the certificate.\n- Restarted the spooler.\n";
        assertEquals(List.of(), read("r.md", "# R\n\n## Remediation\n\n" + steps).actionItems());
        assertEquals(List.of(), read("r.md", "# R\n\n## 5. Remediation\n\n" + steps).actionItems(), "numbered too");
        assertEquals(2, read("r.md", "# R\n\n## Action items\n\n" + steps).actionItems().size(),
                "under an action heading, done items");
        assertEquals(2, read("r.md", "# R\n\n## Remediation\n\n- Restore the certificate.\n- Restarted the spooler. "
                + "(done)\n").actionItems().size(), "work to come, or marked");
    }

    @Test
    void whereNothingElseDatesItTheFirstDayItsStoryNamesIsTheIncidents() throws IOException {
        assertEquals("2025-04-03", date("photos.md", "# We deleted our customers' photos\n\n**Maya** · Apr 9, 2025 · "
                + "*Building Pixelnest* · 9 min read\n\nThis is the hardest post I have written.\n\n## What happened\n\n"
                + "On Thursday, April 3rd, 2025, at 11:47 PM, a cleanup job started deleting originals.\n"));
        assertEquals("2024-10-01", date("CHANGELOG.md", "# kelpie-sync Changelog\n\n## [4.2.1] - 2024-10-02\n\n"
                + "### Fixed\n\n- The migration keeps unresolved conflicts.\n\n**What happened.** 4.2.0 was published on "
                + "2024-10-01 at 15:52 UTC.\n\n## [4.2.0] - 2024-10-01\n"));
    }

    @Test
    void aTextNamingTwoDaysInARowIsDatedByTheFirst() throws IOException {
        assertEquals("2024-04-05", date("b.md", "# B\n\nIt failed.\n\nSeen 2024-04-06 00:10, started 2024-04-05 23:40.\n"));
        assertEquals("none", date("b.md", "# B\n\nIt failed.\n\nSeen 2024-04-05 and 2024-04-07.\n"));
    }

    @Test
    void frontMatterOfAnotherToolIsReadAsSuchEvenWithAStatusKey() throws IOException {
        Postmortem post = read("flags.md", "---\ntitle: Feature flag outage\nauthors: [jo]\nstatus: published\nslug: flags\n"
                + "---\nOn 3 December 2024 the flag service was down.\n\n## Follow-ups\n\n- [ ] Add a cache\n");
        assertEquals("2024-12-03", post.date().map(Object::toString).orElse("none"), "the date is inferred");
        assertEquals(1, post.actionItems().size(), "so are the action items");
        CheckResult ours = libraries.check("ours.md", "---\ntitle: Registry outage\ndate: 2016-06-14\nauthors: [oncall]\n"
                + "status: complete\nsummary: Pushes failed.\n---\nPushes failed.\n");
        assertEquals(List.of("missing-field"), ours.diagnostics().stream().filter(d -> d.isError()).map(d -> d.code())
                .toList(), "Hindsight's own front matter missing one field is still held to it");
        assertEquals("2024-02-14", date("m.md", "---\ndate:\n  created: 2024-02-14\n  updated: 2024-02-20\n---\n"
                + "# Search down\n\nSearch returned nothing.\n"), "MkDocs' date mapping: the day it was created");
    }

    @Test
    void itemsUnderALeadInAreCountedOnceThoughTheyAreTodoLinesToo() throws IOException {
        assertEquals(2, read("n.md", "# Disk full\n\n## Notes\n\nFollow-ups:\n\nTODO(bo): fix x\nTODO(ana): fix y\n")
                .actionItems().size());
    }

    @Test
    void anotherToolsFrontMatterDatesAPostByTheKeyThatToolDatesItBy() throws IOException {
        String body = "---\n# Images broken\n\nYesterday images were broken.\n";
        assertEquals("2024-03-09", date("hexo.md", "---\ntitle: Images\ndate: 2024/03/09 10:20:00\nupdated: 2024/03/10 "
                + "18:02:11\n" + body), "Hexo");
        assertEquals("2024-07-31", date("hugo.md", "---\ntitle: Outage\npublishDate: 2024-07-31T09:00:00-04:00\n"
                + "lastmod: 2024-08-02T16:45:00-04:00\n" + body), "Hugo");
        assertEquals("2024-07-08", date("astro.md", "---\ntitle: Uploads\npubDate: 'Jul 08 2024'\n" + body), "Astro");
        assertEquals("none", date("draft.md", "---\ntitle: Uploads\nupdated: 2024-07-08\n" + body),
                "the day it was updated dates nothing");
        CheckResult relay = libraries.check("relay.md", "---\ncreated: 2024-03-14T09:30\nstatus: reviewed\n---\n## What happened\n\n"
                + "On Tuesday 12 March the relay refused sessions.\n");
        assertEquals("2024-03-12", relay.library().postmortems().get(0).date().map(Object::toString).orElse("none"),
                "a note's day yields to the incident's it names");
        assertTrue(relay.diagnostics().stream().noneMatch(d -> d.message().contains("[2024-03-14T09:30]")),
                relay.diagnostics().toString());
        CheckResult hexo = libraries.check("hexo.md", "---\ntitle: Images\ndate: 2024/03/09 10:20:00\n" + body);
        assertEquals(List.of("date [2024/03/09 10:20:00] of another tool's front matter is read as 2024-03-09; write date: "
                + "2024-03-09 to say so plainly"), hexo.diagnostics().stream().filter(d -> d.code().equals("foreign-date"))
                .map(d -> d.message()).toList());
    }

    @Test
    void aDateOfAnotherToolsFrontMatterThatIsNoDayIsAWarningAndTheDayIsInferred() throws IOException {
        CheckResult result = libraries.check("resizer.md", "---\ntitle: Image resizer outage\ndate: git Created\n"
                + "layout: post\n---\nOn 9 January 2025 the resizer stopped.\n");

        assertEquals(0, result.errorCount(), result.diagnostics().toString());
        assertEquals("2025-01-09", result.library().postmortems().get(0).date().map(Object::toString).orElse("none"));
        assertEquals(List.of("resizer.md:3:7: warning: date [git Created] of another tool's front matter is no day, so "
                        + "the day is inferred from the text; write date: YYYY-MM-DD to set it (foreign-date)"),
                result.diagnostics().stream().filter(d -> d.code().equals("foreign-date"))
                        .map(d -> d.format().replaceAll("^.*/", "")).toList());
    }

    @Test
    void aBrokenLinkInAFolderBeingAdoptedIsAWarningThatStrictMakesAnError() throws IOException {
        String link = "It broke again, as in [August](./2023-08-07-cert.md).\n";
        CheckResult adopted = libraries.check("cert.md", "# Certificate expired\n\n" + link);
        assertEquals(0, adopted.errorCount(), adopted.diagnostics().toString());
        assertTrue(adopted.diagnostics().stream().anyMatch(d -> d.code().equals("broken-link")
                && d.message().contains("add the file to the folder, or correct or remove the link")));
        assertTrue(!adopted.passes(true), "--strict refuses it");
        CheckResult ours = libraries.check("cert.md", "---\ntitle: Certificate expired\ndate: 2024-01-29\nauthors: [oncall]\n"
                + "status: complete\nservices: [cdn]\nsummary: It expired.\n---\n" + link);
        assertEquals(1, ours.errorCount(), "an error in a file with Hindsight's front matter");
    }

    @Test
    void aNumberedTimelineSectionIsATimeline() throws IOException {
        for (String heading : List.of("## 4. Timeline", "## IV. Timeline", "## 2.1 Timeline")) {
            assertEquals("2024-05-02", date("t.md", "# Disk full\n\nThe disk filled.\n\n" + heading
                    + "\n\n- 2024-05-01 12:00 Deploy\n- 2024-05-02 09:00 Alert fired, outage detected\n\n## Notes\n\n"
                    + "Other days: 2024-04-01.\n"), heading);
        }
    }

    @Test
    void aDayAloneInADetailsListBelowDoesNotDateAFileOverTheDayAbove() throws IOException {
        assertEquals("2024-03-08", date("d.md", "# Scanner outage\n\nMarch 8, 2024\n\nScanners failed all day.\n\n"
                + "## Summary\n\nThey failed.\n\n## Details\n\n- 2024-02-01\n- Site: Reno\n"));
    }

    @Test
    void wikiHeadingsAndNumberedUnderlinedHeadingsAreHeadings() throws IOException {
        Postmortem wiki = read("c.md", "= 2023-09-27 cache exhaustion =\n\n== Summary ==\n\nThe cache filled.\n\n"
                + "== Actionables ==\n\n* Add an alert\n* Raise the limit\n");
        assertEquals("2023-09-27 cache exhaustion", wiki.title(), "a date set apart by no mark stays in the title");
        assertEquals(2, wiki.actionItems().size());
        assertEquals(2, read("a.md", "Scanner outage\n===\n\n1. What happened?\n---\n\nIt broke.\n\n"
                + "2. What should we improve?\n---\n\n- Escort contractors\n- Label the ports\n").actionItems().size());
    }

    @Test
    void aBoldPhraseAfterAnEmojiWithARemarkIsTheTitle() throws IOException {
        assertEquals("About Saturday's downtime", read("s.md", "📢 **About Saturday's downtime** (long post)\n\n"
                + "The bot was down all day.\n").title());
    }

    @Test
    void aLoneH1OverEverySectionIsTheTitleEvenIfItReadsLikeASection() throws IOException {
        assertEquals("Root Cause Analysis", read("r.md", "# Root Cause Analysis\n\n## 1. Summary\n\nIt broke.\n\n"
                + "## 2. Root cause\n\nA bug.\n").title());
    }

    @Test
    void workOthersAreToDoOrDecidedAgainstOrSaidToBeNoneIsNoActionItem() throws IOException {
        assertEquals(1, read("u.md", "# Tokens exposed\n\n## Remediation for users\n\n1. Rotate your tokens\n\n"
                + "## What we are changing\n\n- Mask tokens in logs\n").actionItems().size(), "advice to users");
        assertEquals(1, read("w.md", "# OOM\n\n## Action items\n\n| Action | Owner | Status |\n|---|---|---|\n"
                + "| Raise limit | Lena | Done |\n| Alert on restarts | Lena | Won't do — covered |\n").actionItems().size());
        assertEquals(0, read("n.md", "# Disk\n\n## Note on follow-up\n\nThe fix was already in place elsewhere, so "
                + "there is nothing further to track here.\n").actionItems().size());
    }

    @Test
    void theDayAReportWasRaisedOrAReviewHeldIsNotTheIncidentsDay() throws IOException {
        assertEquals("2024-06-18", date("n.md", "# NCR-0093\n\n**Date raised:** 2024-06-19\n\n## Description\n\n"
                + "On 2024-06-18 the station passed bad parts.\n"));
        assertEquals("2024-06-10", date("r.md", "# Review: key leak\n\nReview held on 2024-06-12 for the incident of "
                + "2024-06-10, when a key was printed to CI logs.\n"));
        assertEquals("2024-06-12", date("r.md", "# Review: key leak\n\nReview held on 2024-06-12, after a key was "
                + "printed to CI logs.\n"), "no other day named");
    }

    @Test
    void ballotBoxesAndStatusEmojiMarkItemsAndADroppedOneIsNone() throws IOException {
        List<ActionItem> ballots = read("b.md", "# Printers offline\n\nThe printers failed.\n\n**Follow-up actions**\n\n"
                + "☑ Renew the certificate\n☐ Add it to the dashboard\n").actionItems();
        assertEquals(List.of("DONE", "OPEN"), ballots.stream().map(a -> a.status().name()).toList());
        assertEquals(List.of("Roll the key", "Use workload identity"), read("e.md", "# Push delayed\n\n## Action items\n\n"
                + "- ✅ Roll the key\n- ⏳ Use workload identity\n- ❌ Second provider, dropped\n").actionItems().stream()
                .map(ActionItem::title).toList());
    }

    @Test
    void todoAndActionLinesAreItemsWhereverTheyStand() throws IOException {
        assertEquals(2, read("l.md", "# Log\n\n## 2024-08-11\n\n- 21:30 first reports\n\nTODO: update firmware\n"
                + "TODO: alert on resets\n").actionItems().size());
        assertEquals(List.of("Bo to renew the licence", "Chen to test failover"), read("m.md", "# VPN review\n\n"
                + "Discussion: the licence had lapsed.\n\nACTION: Bo to renew the licence\nACTION: Chen to test failover\n")
                .actionItems().stream().map(ActionItem::title).toList(), "as minutes mark them");
    }

    @Test
    void aNumberedLeadInIntroducesItemsAndAThreadsFirstPostIsNoTitle() throws IOException {
        Postmortem thread = read("thread.md", "1/ Yesterday (Jan 9, 2024) our API was down. Here's what happened\n\n"
                + "2/ What we're doing:\n- staged config rollouts\n- a guard against a limit of 0\n");
        assertEquals(2, thread.actionItems().size());
        assertEquals("Thread", thread.title());
    }

    @Test
    void theActionsRowOfATableOfFieldsHoldsOneItemPerLine() throws IOException {
        assertEquals(List.of("Fail when empty", "Alert on age"), read("t.md", "| Field | Details |\n|---|---|\n"
                + "| Title | Backups skipped |\n| Actions | 1. Fail when empty<br>2. Alert on age |\n").actionItems().stream()
                .map(ActionItem::title).toList());
        assertEquals(2, read("a.md", "# Backups skipped\n\nThey were skipped.\n\n| Action item | Owner |\n|---|---|\n"
                + "| Follow-up with the vendor | Bo |\n| Add an alert | Ana |\n").actionItems().size(),
                "a table of action items is read once, though a row reads like an action heading");
    }

    @Test
    void aCalloutIsTheSummaryAndAPandocTitleBlockGivesTheTitleAndDate() throws IOException {
        assertEquals("2024-04-09", date("o.md", "# Replica lag\n\n> [!summary]\n> On 9 April 2024 the replica lagged.\n\n"
                + "## Tasks\n\n- [ ] Alert on lag 📅 2024-04-19\n- [ ] Move exports 📅 2024-04-30\n"));
        Postmortem pandoc = read("p.md", "% Thumbnail backlog\n% Tomasz\n% 5 March 2024\n\n# Summary\n\nIt lagged.\n\n"
                + "# Timeline\n\n- 11:02 rollout\n");
        assertEquals("Thumbnail backlog", pandoc.title());
        assertEquals("2024-03-05", pandoc.date().map(Object::toString).orElse("none"));
    }

    @Test
    void aFirstLineOverFieldsIsTheTitleAndNotTheSummary() throws IOException {
        Postmortem ticket = read("t.md", "[OPS-2291] Export wrote empty files\nType: Task    Priority: High\n"
                + "Created: 18/Jan/24 9:14 AM\n\nIn the early hours of 17/Jan/24 the export uploaded empty files.\n");
        assertEquals("[OPS-2291] Export wrote empty files", ticket.title());
        assertEquals("2024-01-17", ticket.date().map(Object::toString).orElse("none"));
        Postmortem issue = read("i.md", "Postmortem: broken installs\n#812\n\nOpen · lrossi opened this issue on Mar 4, 2024"
                + " · 6 comments\n\nOn Saturday 2 March 2024 we published a broken release.\n");
        assertEquals("Postmortem: broken installs", issue.title());
        assertEquals("2024-03-02", issue.date().map(Object::toString).orElse("none"), "a line of parts is no summary");
        assertEquals("Ats cache", read("ats-cache.md", "Dear customer,\nthank you.\n\nThe cache filled up on a busy day.\n")
                .title(), "a line over prose is no title");
        assertEquals("Incident Report IR-77: Certificate expiry", read("rfc.md", "Incident Report IR-77: Certificate expiry\n\n"
                + "1. Summary\n\n   On 2024-01-18 the certificate expired.\n").title(), "a plain-text report's first line");
        assertEquals("Ats cache", read("ats-cache.md", "Dear customer,\n\nThe cache filled up on a busy day.\n").title(),
                "a greeting is no title");
    }

    @Test
    void aSavedPagesChromeATrackersProjectAndANumberBeforeTheTitleAreNoPartOfIt() throws IOException {
        assertEquals("Motor Tax Online Service", read("pq.md", "[Skip to main content](#main)\n\nHouses of the Oireachtas\n\n"
                + "## Motor Tax Online Service\n\nOn 2 May 2024 the service failed.\n").title());
        assertEquals("Release tarballs 404 since the move", read("t.md", "# ~ailsa/brochan\n\n[summary](https://x) · "
                + "[labels](https://y)\n\n## #231 Release tarballs 404 since the move\n\n### Comments\n\nBroken.\n").title());
        assertEquals("[#48213] POS transfers stuck pending", read("pd.md", "[#48213] POS transfers stuck pending\n\n"
                + "## Update\n\nFixed.\n").title(), "a number in brackets stays, as readers differ on it");
        assertEquals("Checkout outage review – June 5 incident", read("m.md", "## Meeting summary for Checkout outage review"
                + " – June 5 incident (06/11/2025)\n\n### Quick recap\n\nWe met.\n").title());
    }

    @Test
    void aFirstLineThatNamesTheIncidentAndALineInBoldUnderTheKindOfReportAreTitles() throws IOException {
        assertEquals("ინციდენტი: ბარათით გადახდა არ მუშაობდა", read("8c1f.md", "ინციდენტი: ბარათით გადახდა არ მუშაობდა\n\n"
                + "> სადილი · შიდა ჩანაწერი\n\n## მოკლედ\n\nგადახდა ვერ ხერხდებოდა.\n\n## გავლენა\n\n- 2 300 შეკვეთა\n").title());
        assertEquals("8c1f", read("8c1f.md", "Status: resolved\n\n## Summary\n\nIt broke.\n").title(),
                "a line of a field is no title");
        assertEquals("Delayed payroll file submissions", read("rca.md", "# ROOT CAUSE ANALYSIS REPORT\n\n"
                + "**Delayed payroll file submissions**\n\nDocument ref: RCA-2024-011\n\n## 1. Summary\n\nLate.\n").title());
        assertEquals("Aurrematrikulazio-plataformaren matxura", read("gutuna.md", "**URKIOLA IKASTOLA**\nArrasate\n\n"
                + "**Gaia: Aurrematrikulazio-plataformaren matxura**\n\nFamilia agurgarriok:\n").title(),
                "a letter's subject line in Basque");
    }

    @Test
    void aBylineThatPutsTheDayFirstDatesAPostAndATitleThatNamesTheIncidentsWeekdayDatesTheIncident() throws IOException {
        assertEquals("2025-03-20", date("notes.md", "# Patch 2.14.1 notes\n\n*March 20, 2025 · Tala Games Team*\n\n"
                + "We are sorry. The event runs until March 25, 2025.\n"));
        assertEquals("2025-03-18", date("notes.md", "# Patch 2.14.1 Notes + Our Apology for Tuesday's Extended Maintenance\n\n"
                + "*March 20, 2025 · Tala Games Team*\n\nWe are sorry. The event runs until March 25, 2025.\n"));
    }

    @Test
    void aThreadsStampsAreNoDaysTheStoryNames() throws IOException {
        assertEquals("2024-10-26", date("thread.md", "# Booking site outage over Labour Weekend\n\nStarted by **Mere** · "
                + "Tue 29 Oct 2024 9:14 am · 8 comments · Last activity Fri 8 Nov 2024 5:02 pm\n\n## Context\n\n"
                + "**What happened.** On Saturday 26 October, from about 7.40 am, the site stopped taking bookings.\n\n"
                + "**Tama** · Tue 29 Oct 10:02 am\n\nThanks.\n\n**Priya** · Fri 8 Nov 2024 7:31 pm\n\nThe door sheet was "
                + "done on 8 November 2024, with two laminated copies in the blue folder.\n"));
    }

    @Test
    void anOutlinersPropertyNamesTheIncidentsDayInAShortMonth() throws IOException {
        assertEquals("2025-01-16", date("2025_01_17.md", "- TODO appeler le support\n- ## Post-mortem : expiration du "
                + "certificat\n  type:: post-mortem\n  incident-du:: [[16 janv. 2025]]\n\t- ### Résumé\n\t\t- Hier soir, plus "
                + "personne ne pouvait se connecter.\n"));
    }

    @Test
    void aKeyLineDeepInAnOutlineAndAParkedItemAreReadAsAReaderWould() throws IOException {
        Postmortem outline = read("w.md", "- Incident reviews FY24\n  - HomeNest hubs offline after a cert change\n"
                + "    - when: Sun 2/6/24, 6:55pm – 11:20pm AEST\n    - follow-ups\n      - canary per firmware line — Jarrah\n"
                + "      - #parked force-upgrade 3.x hubs -> NO, too risky\n");
        assertEquals("2024-06-02", outline.date().map(Object::toString).orElse("none"), "the weekday settles which way round");
        assertEquals(1, outline.actionItems().size(), "the parked item is none");
    }

    @Test
    void aLineOfSeveralKeysInBoldIsAKeyLineEach() throws IOException {
        Postmortem ticket = read("z.md", "# NIP transfers failing\n\n**Status:** Closed  **Severity:** SEV2  **Channel:** Email\n\n"
                + "Transfers failed on 16 November 2023 for two hours.\n");
        assertEquals("SEV2", ticket.severity().map(s -> s.label()).orElse("none"));
    }
}
