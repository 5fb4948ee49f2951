package dev.hindsight.parse.infer;

import dev.hindsight.model.ActionItem;
import dev.hindsight.model.ActionStatus;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/** Action items as a reader counts them, and long or odd lines read in linear time. */
class ActionItemFinderTest {

    private static final Duration FAST = Duration.ofSeconds(2);

    private static List<ActionItem> items(String markdown) {
        return ActionItemFinder.find(Outline.parse(MarkupLines.rewrite(markdown))).map(Found::value).orElse(List.of());
    }

    private static List<String> titles(String markdown) {
        return items(markdown).stream().map(ActionItem::title).toList();
    }

    private static List<String> owners(String markdown) {
        return items(markdown).stream().map(ActionItem::owner).toList();
    }

    @Test
    void aLongBorderOrColumnRuleIsReadWithoutOverflowingTheStack() {
        assertTimeoutPreemptively(FAST, () -> MarkupLines.rewrite("Text\n\n+" + "-+".repeat(5_000) + "\n"));
        assertTimeoutPreemptively(FAST, () -> MarkupLines.rewrite("Name\n" + "-- ".repeat(4_000) + "\n"));
        assertEquals(List.of("Rotate the keys"), titles("## Action items\n\n+-----------------+-----+\n"
                + "| Action          | Who |\n+=================+=====+\n| Rotate the keys | Ann |\n+-----------------+-----+\n"));
        assertEquals(List.of("Rotate the keys"), titles("## Action items\n\nAction           Owner\n"
                + "---------------  -----\nRotate the keys  Ann\n"));
    }

    @Test
    void aLongRunOfSpacesInitialsTildesBracketsOrSpacesAfterANameIsReadFast() {
        assertTimeoutPreemptively(FAST, () -> items("## Action items\n\n- Fix the thing" + " ".repeat(1_000) + "now\n"));
        assertTimeoutPreemptively(FAST, () -> items("## Action items\n\n- Fix it. Owner: " + "A.".repeat(4_000) + "\n"));
        assertTimeoutPreemptively(FAST, () -> items("## Action items\n\n- ~~" + "~".repeat(20_000) + "\n"));
        assertTimeoutPreemptively(FAST, () -> items("## Action items\n\n- " + "[".repeat(20_000) + "\n"));
        assertTimeoutPreemptively(FAST, () -> items("## Action items\n\n- fix (Ruth)" + " ".repeat(20_000) + "x\n"));
        assertEquals(List.of("Renew the cert"), titles("## Action items\n\n- Renew the cert\n- ~~Move renewals~~ — dropped\n"));
        assertEquals(List.of("Read the runbook first"), titles("## Action items\n\n- Read [[Runbooks/DNS|the runbook]] first\n"));
    }

    @Test
    void aHorizonIsAnActionHeadingAloneOrOverTheWorkNotOverMitigationOrImpact() {
        assertEquals(List.of(), titles("## Short-term mitigation\n\n- Failed over to the replica\n"));
        assertEquals(List.of(), titles("## Long-term impact\n\n- Some users re-entered their orders\n"));
        assertEquals(List.of("Add a replica"), titles("## Long term\n\n- Add a replica\n"));
        assertEquals(List.of("Add a replica"), titles("## Short-term fixes\n\n- Add a replica\n"));
    }

    @Test
    void tasksMeasuresAndRecommendationsNameWorkUnlessTheyNameASystemsPartsOrMetrics() {
        assertEquals(List.of(), titles("## Background tasks\n\n- The nightly export runs at 02:00\n"));
        assertEquals(List.of(), titles("## Impact on the recommendations service\n\n- Suggestions were stale for an hour\n"));
        assertEquals(List.of(), titles("## Measures of success\n\n- p99 latency: 340 ms\n- Error rate: 2.3%\n"));
        assertEquals(List.of("Add a replica"), titles("## Measures\n\n- Add a replica\n"));
        assertEquals(List.of("Add a replica"), titles("## Problem tasks\n\n- Add a replica\n"));
        assertEquals(List.of("Add a replica"), titles("## Preventive measures\n\n- Add a replica\n"));
        assertEquals(List.of("Add a replica"), titles("## Remaining tasks\n\n- Add a replica\n"));
        assertEquals(List.of("Add a replica"), titles("## Recommendations\n\n- Add a replica\n"));
    }

    @Test
    void assignedToNamesAnOwnerOnlyAfterADashOrBracketAndOwnerOnlyAsAField() {
        List<ActionItem> alerts = items("## Action items\n\n- Fix alerts being assigned to the wrong rotation in PagerDuty\n");
        assertEquals(List.of("Fix alerts being assigned to the wrong rotation in PagerDuty"), alerts.stream().map(ActionItem::title).toList());
        assertEquals(List.of(ActionItemFinder.UNASSIGNED), alerts.stream().map(ActionItem::owner).toList());
        assertEquals(List.of(ActionItemFinder.UNASSIGNED), owners("## Action items\n\n- Make every service have an owner: team field\n"));
        assertEquals(List.of("Lena Szabo"), owners("## Action items\n\n- Rotate the keys — assigned to Lena Szabo\n"));
        assertEquals(List.of("Lena Szabo"), owners("## Action items\n\n- Rotate the keys (assigned to Lena Szabo)\n"));
        assertEquals(List.of("DBA team"), owners("## Action items\n\n- Rotate the keys. Owner: DBA team.\n"));
    }

    @Test
    void aWordInBracketsAfterAnItemIsItsOwnerOnlyWhenItIsAPersonsName() {
        assertEquals(List.of(ActionItemFinder.UNASSIGNED, ActionItemFinder.UNASSIGNED, ActionItemFinder.UNASSIGNED,
                ActionItemFinder.UNASSIGNED), owners("## Action items\n\n- Add an index (Postgres)\n- Page on errors (High)\n"
                + "- Cache the list (Optional)\n- Rotate the keys (Friday)\n"));
        assertEquals(List.of("J. Moreau", "Ruth Abebe"), owners("## Action items\n\n- Renew the cert (J. Moreau)\n"
                + "- Add an index (Ruth Abebe)\n"));
        assertEquals(List.of("Ruth", "Ruth"), owners("## Action items\n\n- Renew the cert. Owner: Ruth\n- Add an index (Ruth)\n"));
        assertEquals(List.of("Add an index"), titles("## Action items\n\n- Renew the cert. Owner: Ruth\n- Add an index (Ruth)\n")
                .subList(1, 2));
    }

    @Test
    void anIndentedBlockIsReadAsAPastedMailOnlyWhenItLooksLikeOne() {
        assertEquals(List.of(), titles("# Cleanup failed\n\nThe manifest:\n\n    apiVersion: batch/v1\n    kind: CronJob\n"
                + "    metadata:\n      name: cleanup-tasks\n    ---\n    apiVersion: v1\n    kind: ServiceAccount\n"
                + "    metadata:\n      name: cleanup\n"));
        assertEquals(List.of("Add a replica"), titles("# Outage\n\n    From: Ann <ann@example.org>\n    Subject: Outage\n\n"
                + "    Action items\n    ------------\n\n    - Add a replica\n"));
        assertEquals(List.of("Add a replica"), titles("# Outage\n\n    Hi all,\n\n    What we will fix\n    ----------------\n\n"
                + "    - Add a replica\n\n    Thanks, Ada\n"));
    }

    @Test
    void rowsAlikeInOneTableAreItemsOfTheirOwnButAnItemListedAgainIsCountedOnce() {
        assertEquals(List.of("Ann", "Bo", "Cy"), owners("## Action items\n\n| Action | Owner | Area |\n|---|---|---|\n"
                + "| Add alerting | Ann | dns |\n| Add alerting | Bo | db |\n| Add alerting | Cy | api |\n"));
        assertEquals(List.of("Add alerting"), titles("## Summary\n\nTODO: Add alerting\n\n## Action items\n\n- Add alerting\n"));
    }

    @Test
    void aRowWithoutANumberContinuesTheOneAboveOnlyWhenItsOwnerStatusAndDueAreEmptyToo() {
        assertEquals(List.of("Ann", "Bo"), owners("## Action items\n\n| # | Action | Owner |\n|---|---|---|\n"
                + "| 1 | Add a replica | Ann |\n|   | Write a failover runbook | Bo |\n"));
        assertEquals(List.of("Add a replica in the second zone"), titles("## Action items\n\n| # | Action | Owner |\n|---|---|---|\n"
                + "| 1 | Add a replica | Ann |\n|   | in the second zone |  |\n"));
    }

    @Test
    void actionHeadingsAreReadInTheLanguagesTeamsWriteIn() {
        assertEquals(List.of("Dodati nadzor"), titles("## Korektivne mjere\n\n- Dodati nadzor\n"));
        assertEquals(List.of("Lisää valvonta"), titles("## Jatkotoimenpiteet\n\n1. Lisää valvonta\n"));
        assertEquals(List.of("Pridať monitoring"), titles("## Nápravné opatrenia\n\n- Pridať monitoring\n"));
        assertEquals(List.of("Добавяне на наблюдение"), titles("## 5. Мерки\n\n1. Добавяне на наблюдение\n"));
        assertEquals(List.of("Pridėti stebėseną"), titles("## Veiksmų planas\n\n- Pridėti stebėseną\n"));
        assertEquals(List.of("הוספת ניטור"), titles("## משימות\n\n- הוספת ניטור\n"));
    }

    @Test
    void aTablesColumnsAndStatusWordsAreReadInTheLanguagesTeamsWriteIn() {
        assertEquals(List.of("Plataforma", "Manteniment"), owners("## Què farem\n\n| Acció | Responsable | Estat |\n"
                + "|---|---|---|\n| Alerta automàtica | Plataforma | Feta |\n| Substituir els mòduls | Manteniment | En curs |\n"
                + "| Connexió sense xifrar | Plataforma | Descartada (no és acceptable) |\n"));
        assertEquals(List.of("Revisar o timeout"), titles("## Plano de ação\n\n| Ação | Responsável | Status |\n|---|---|---|\n"
                + "| Revisar o timeout | Ana | Concluído |\n| Trocar o provedor | Bruno | Cancelado |\n"));
        assertEquals(List.of("Audit multipath"), titles("## Corrective Action Plan\n\n| # | Action | Owner | Status |\n"
                + "|---|---|---|---|\n| 1 | Audit multipath | Linux team | Completed 10/27 |\n"
                + "| 2 | Add a second shadow server | Tom | Not approved – deferred to FY25 |\n"));
    }

    @Test
    void aTrackersStatusAfterAnItemIsReadAndWorkDecidedAgainstIsLeftOut() {
        assertEquals(List.of("PLAT-1433 Renovar certificado", "PLAT-1434 Backoff exponencial"), titles("## Sub-issues\n\n"
                + "- [ ] **PLAT-1433** Renovar certificado · Todo\n- [x] **PLAT-1434** Backoff exponencial · Done\n"
                + "- [ ] ~~**PLAT-1436** Migrar a un tercer PAC~~ — *Mariana* · Canceled\n"));
        assertEquals(List.of("Tune the pool · the API"), titles("## Action items\n\n- Tune the pool · the API\n"),
                "words after a dot that are no status stay the item's");
        assertEquals(List.of("外部接続のプール設定を棚卸し"), titles("## 再発防止策\n\n1. 外部接続のプール設定を棚卸し\n\n"
                + "### 見送ったもの\n\n- キャンペーン開始時刻を深夜に変更 → **やらない**\n"));
        assertEquals(List.of("Add alerting"), titles("## Action items\n\n- Add alerting\n\n### Considered and rejected\n\n"
                + "- Move to another cloud\n"));
    }

    @Test
    void aHeadingOfWhatTheTeamCommittedToIsAnActionHeading() {
        assertEquals(List.of("Add the bank templates to the tests"), titles("## 3. What SweldoCloud committed to\n\n"
                + "1. Add the bank templates to the tests\n"));
        assertEquals(List.of("Alert on rejections"), titles("## Our commitments\n\n- Alert on rejections\n"));
    }

    @Test
    void aLeadInsRemarkInBracketsIsNoPartOfItAndAdviceToTheClientIsNoItem() {
        assertEquals(List.of("Test every upgrade on the lab unit", "Add a post-change checklist"), titles("## 3. Incident\n\n"
                + "**What we will do (at no cost to you):**\n\n- Test every upgrade on the lab unit\n- Add a post-change "
                + "checklist\n\n**Recommendations for your consideration (quoted separately):**\n\n- A second line\n"));
    }

    @Test
    void eachTodoDirectiveIsAnItemButOneThatRemarksOnAListedItem() {
        assertEquals(List.of("Vrátit pool na size = 3", "Alert na každý pool"), titles("## Nápravná opatření\n\n"
                + "```{todo}\nVrátit pool na size = 3\n```\n\n```{todo}\n:class: note\nAlert na každý pool\n```\n"));
        assertEquals(List.of("Aggiornare la procedura"), titles("## Azioni correttive\n\n| ID | Azione |\n|---|---|\n"
                + "| AC-1 | Aggiornare la procedura |\n\n```{todo}\nAC-1 è la priorità.\n```\n"));
    }

    @Test
    void headingsOfWhatWasDoneOrMeasuredInThoseLanguagesHoldNoItems() {
        assertEquals(List.of(), titles("## Hitne mjere (provedeno)\n\n- Vraćen stari certifikat\n"));
        assertEquals(List.of(), titles("## Mjerenja\n\n- 312 neuspjelih zahtjeva\n"));
        assertEquals(List.of(), titles("## Getroffene Maßnahmen\n\n- Zertifikat erneuert\n"));
        assertEquals(List.of(), titles("## Mesures prises\n\n- Certificat renouvelé\n"));
    }

    @Test
    void aHeadingsNoteSaysTheWorkIsDoneOnlyWhenItSaysNothingElse() {
        assertEquals(List.of("Add a replica"), titles("## Follow-ups (already filed in Jira)\n\n- Add a replica\n"));
        assertEquals(List.of(), titles("## Corrective actions (completed)\n\n- Added a replica\n"));
        assertEquals(List.of(), titles("## Corrective actions (already done)\n\n- Added a replica\n"));
        assertEquals(List.of("Add a replica"), titles("## Making sure this doesn't happen again\n\n- Add a replica\n"));
    }

    @Test
    void aSectionThatSaysItHasNoneInItsLanguageHoldsNoItem() {
        assertEquals(List.of(), titles("## 6. Offene Punkte\n\nKeine weiteren. Freigabe ausständig.\n"));
        assertEquals(List.of(), titles("## Actions correctives\n\nAucune.\n"));
        assertEquals(List.of("Keine Passwörter mehr im Klartext speichern"),
                titles("## Maßnahmen\n\n- Keine Passwörter mehr im Klartext speichern\n"), "an item that starts so is one");
    }

    @Test
    void aRowOrItemMarkedAsAnothersDuplicateOrDecidedAgainstAfterADashIsNoItem() {
        assertEquals(List.of("Per-depot dashboard"), titles("## Action Items\n\n| Action | Status |\n|---|---|\n"
                + "| Per-depot dashboard | In progress |\n| Per-depot dashboard (raised twice) | Duplicate |\n"));
        assertEquals(List.of("ใช้ connection pooler — ต้น"), titles("## มาตรการ\n\n- ใช้ connection pooler — ต้น\n"
                + "- ย้ายไป AWS — ไม่ทำ ไม่เกี่ยวกับปัญหา\n"));
        assertEquals(List.of("Rotate keys"), titles("## Action items\n\n- Rotate keys\n- Move to another cloud — won't do, "
                + "not the cause\n"));
        assertEquals(List.of("Tell the team — dropped tables are restored by the runbook"), titles("## Action items\n\n"
                + "- Tell the team — dropped tables are restored by the runbook\n"), "a word that is a status only after a dash");
    }

    @Test
    void anOutlinersNestedActionBulletAndRoamsToDoButtonsAreRead() {
        List<ActionItem> read = items(dev.hindsight.parse.TemplateLeftovers.strip("- **Intsident: allkirjastamine katkes**\n"
                + "    - Tegevused\n        - {{[[TODO]]}} Võtmete register\n        - {{[[DONE]]}} Protseduur kirja\n", 1,
                new dev.hindsight.diagnostic.Diagnostics("roam.md")));
        assertEquals(List.of("Võtmete register", "Protseduur kirja"), read.stream().map(ActionItem::title).toList());
        assertEquals(List.of(ActionStatus.OPEN, ActionStatus.DONE), read.stream().map(ActionItem::status).toList());
    }

    @Test
    void fieldsAfterAnItemInOtherLanguagesAreItsOwnerAndDueDay() {
        assertEquals(List.of("IT-Security (OT), Herr Wieser"), owners("## Maßnahmen\n\n- Changes ankündigen. "
                + "Verantwortlich: IT-Security (OT), Herr Wieser.\n"));
        assertEquals(List.of("Nemanja"), owners("## Šta ćemo uraditi\n\n- Alarm na disk. Vlasnik: Nemanja.\n"));
        assertEquals(Optional.of(java.time.LocalDate.of(2024, 2, 29)), items("## Maßnahmen\n\n- Sicherungen versionieren. "
                + "Termin: 29.02.2024\n").get(0).due());
    }

    @Test
    void aStatusAloneAfterADashMarksTheItemAndARemarkThatItIsADuplicateLeavesItOut() {
        List<ActionItem> read = items("### Olay sonrası aksiyonlar\n\n1. İkinci onay — *Mert* — **tamamlandı (23 Ağustos)**\n"
                + "2. Sentetik testler — devam ediyor\n3. Yedekle — yapılacak\n4. Sentetik testler — owner: Brian — *(duplicate "
                + "of the card above, merged)*\n5. ~~Freeze on Fridays~~ — *voted down 3–6*\n");
        assertEquals(List.of("İkinci onay — Mert", "Sentetik testler", "Yedekle"), read.stream().map(ActionItem::title).toList());
        assertEquals(List.of(ActionStatus.DONE, ActionStatus.IN_PROGRESS, ActionStatus.OPEN),
                read.stream().map(ActionItem::status).toList());
        assertEquals(List.of("Alert — done by the new pager"), titles("## Action items\n\n- Alert — done by the new pager\n"),
                "a status word that goes on is the item's own words");
    }

    @Test
    void asciiDocsDotListIsOneItemPerLine() {
        assertEquals(List.of("Carregar sessões em pré-produção", "Limpar as sessões offline"), titles("== Ações\n\n"
                + "## Ações corretivas\n\n. Carregar sessões em pré-produção\n. Limpar as sessões offline\n"));
    }

    @Test
    void aTrackersCsvOrYamlExportUnderAnActionHeadingIsItsRows() {
        List<ActionItem> csv = items("## Follow-ups\n\n```csv\nIssue key,Summary,Assignee,Status,Due date\n"
                + "INT-5501,\"Serve old and new keys, side by side\",Aleksander Nowak,To Do,2025-01-31\n"
                + "INT-5504,Publish fingerprints,Fiona McLeod,Done,2024-12-11\n```\n");
        assertEquals(List.of("Serve old and new keys, side by side", "Publish fingerprints"),
                csv.stream().map(ActionItem::title).toList());
        assertEquals(List.of(ActionStatus.OPEN, ActionStatus.DONE), csv.stream().map(ActionItem::status).toList());
        assertEquals(List.of("Aleksander Nowak", "Fiona McLeod"), csv.stream().map(ActionItem::owner).toList());
        assertEquals(Optional.of(java.time.LocalDate.of(2025, 1, 31)), csv.get(0).due());
        List<ActionItem> yaml = items("## Actions\n\n```yaml\naction_items:\n  - id: OPS-1432\n    title: Treat 4xx as permanent\n"
                + "    owner: k.okafor\n    status: in_progress\n  - id: OPS-1433\n    title: Carrier changes calendar\n"
                + "    status: done\n```\n");
        assertEquals(List.of("Treat 4xx as permanent", "Carrier changes calendar"), yaml.stream().map(ActionItem::title).toList());
        assertEquals(List.of(ActionStatus.IN_PROGRESS, ActionStatus.DONE), yaml.stream().map(ActionItem::status).toList());
        assertEquals(List.of(), titles("## Actions\n\n```yaml\nreplicas: 3\nimage: nginx\n```\n"), "a config is no export");
        assertEquals(List.of(), titles("## Actions\n\n```csv\nnot,really: a table\n```\n"), "a header alone has no rows");
    }

    @Test
    void theItemsUnderAGroupsLabelAreTheListsOwn() {
        assertEquals(List.of("Bucketed inventory for doorbusters", "Alert on row-lock wait", "Hot-SKU load test"),
                titles("## Action items\n\n- **Inventory team**\n  - Bucketed inventory for doorbusters\n"
                        + "  - Alert on row-lock wait\n- **Performance engineering**\n  - Hot-SKU load test\n"));
    }

    @Test
    void aTimelineTableATrackersRelatedLinksAndALineOfCountsHoldNoItems() {
        assertEquals(List.of(), titles("### Restoration\n\n| Time | Action |\n|---|---|\n| 9:47 a.m. | Order entry fails |\n"));
        assertEquals(List.of("Monitor partner domains"), titles("### Kapcsolódó feladatok\n\n**szülője ennek:**\n"
                + "- INFRA-2234 Monitor partner domains — *Javítva*\n- INFRA-2240 Alert on errors — *Duplikátum*\n\n"
                + "**kapcsolódik:**\n- INFRA-2198 Upgrade Unbound\n").stream().map(t -> t.replace("INFRA-2234 ", "")).toList());
        assertEquals(List.of("WAF allowlist"), titles("## Follow-ups\n\nWAF allowlist\n\n🔗 CU-86b0x1k2 *WAF allowlist* · "
                + "🔗 CU-86b0x1k9 *Callback alert*\n\n💬 3 comments · 👁 41 views\n"));
        assertEquals(List.of("Change freeze in the contract"), titles("## Opvolgacties\n\n- Updates tegengehouden — gedaan tijdens "
                + "het incident, geen opvolgactie\n- Change freeze in the contract\n- Tweede internetlijn — niet weerhouden, zou "
                + "niet geholpen hebben\n- Move sync to 4G — discussed and dropped: costs too much\n"));
    }

    @Test
    void headingsOfWhatTheTeamDoesNowInMoreLanguagesHoldItemsAndAThreadsRepliesAreNone() {
        assertEquals(List.of("Vom introduce un mecanism de revenire"), titles("## Ce facem acum\n\n"
                + "- Vom introduce un mecanism de revenire\n"));
        assertEquals(List.of("RAID-valvonta"), titles("## Mitä teemme jatkossa\n\n1. RAID-valvonta\n"));
        assertEquals(List.of("snapshots slettes automatisk"), titles("Hvad vi gør nu\n--------------\n\n"
                + "* snapshots slettes automatisk\n\n---\n\n- **Follow-Ups**:\n    - **Re: Opsummering: nedetid**\n"));
    }

    @Test
    void proseThatSaysThereIsNothingNewToTrackHoldsNoItemItsSignOffIncluded() {
        assertEquals(List.of(), titles("## Follow-ups\n\nHonestly the fix was the follow-up, and it's done.\n\nSo: nothing new to "
                + "track. If you think we've missed something, shout in #infra.\n\nCheers, Callum\n"));
        assertEquals(List.of("Alert on disk"), titles("## Follow-ups\n\nNothing new to track in prose, but:\n\n- Alert on disk\n"),
                "a list still holds its items");
    }

    @Test
    void aBoardsPendingCardHoldsItemsAndWorkNotCommittedIsSetAside() {
        assertEquals(List.of("Alerta de cola SPEI"), titles("## 🟩 Tarjeta: Pendientes\n\n- Alerta de cola SPEI\n\n"
                + "## ⬜ Tarjeta: Ideas sueltas (no comprometidas)\n\n- Un segundo banco\n"));
        assertEquals(List.of("Automatizar el cambio"), titles("## Acciones\n\n- Automatizar el cambio\n\n"
                + "### Pendientes de discusión (no comprometidos)\n\n- ¿Un tercer adquirente?\n"));
    }

    @Test
    void aRunInBoldHeadingOfWhatChangesHoldsThePromisesOfItsParagraph() {
        assertEquals(2, titles("**Timeline.** 07:02 deploy, 08:34 rollback.\n\n**What we're changing.** First, we will "
                + "canary every firmware version. Second, support gets a button to extend pickups. We also looked at "
                + "turning verification off and decided against it.\n").size());
        assertEquals(List.of(), titles("**What happened.** We will never forget the morning the lockers stopped.\n"),
                "a run-in heading that names no action holds none");
    }

    @Test
    void whereTheFollowUpsOnlyPointToATrackerItsListOfTrackedWorkHoldsThem() {
        assertEquals(List.of("タスク #4816: 深さ制限を追加", "タスク #4817: 循環参照をチェック"),
                titles("### 恒久対策\n関連するチケットを参照。\n\n## 関連するチケット\n\n"
                        + "- 関連している **タスク #4816**: 深さ制限を追加 — 進行中\n"
                        + "- 関連している **タスク #4817**: 循環参照をチェック — 新規\n"
                        + "- 関連している **タスク #4818**: 並列実行 — **却下**\n"
                        + "- 関連している **バグ #4790**: 画面エラー（本件とは別件）\n").stream()
                        .map(t -> t.replace("関連している ", "")).toList());
        assertEquals(2, titles("**Oplossingen (gekoppelde issues):**\n\n- PAY-2291 — Secrets herladen — *To Do*\n"
                + "- PAY-2293 — Synthetische testbetaling — *In Progress*\n").size());
        assertEquals(List.of(), titles("## Related incidents\n\n- INC-2011 — DNS outage — Resolved\n"
                + "- INC-2040 — DNS again — Closed\n"), "links to other incidents, all closed, are no work of this one");
    }

    @Test
    void paragraphsCountedOffAfterASentenceThatSaysMeasuresFollowAreItems() {
        assertEquals(2, titles("The outage lasted six hours.\n\nTurning to the steps being taken to prevent a recurrence, "
                + "the following measures have been agreed.\n\nFirst, no firewall change may be made without approval.\n\n"
                + "Second, an automated notice will be shown.\n\nThe Deputy also raised a telephone line.\n").size());
        assertEquals(List.of(), titles("What went wrong, in order.\n\nFirst, the disk filled.\n\nSecond, the replica lagged.\n"),
                "paragraphs that count off what happened, after no sentence of measures, are no items");
    }

    @Test
    void headingsOfWorkToComeInTenMoreLanguagesAndAPostsDecoratedLeadInHoldItems() {
        assertEquals(1, titles("## Turpmākās darbības\n\n- Samazināt TTL — @Ilze, līdz 13.06.\n").size());
        assertEquals(1, titles("**5. Hatua zitakazochukuliwa**\n\n1. Kuweka kengele ya foleni ya EDI.\n").size());
        assertEquals(List.of(), titles("**4. Hatua zilizochukuliwa usiku huo**\n\n1. Tuliwasha upya seva.\n"),
                "what was done that night");
        assertEquals(1, titles("## Wat gaan ons doen?\n\n- Waarskuwing by oranje ikoon\n\n## Wat het ons reeds gedoen?\n\n"
                + "- Bediener herbegin\n").size());
        assertEquals(2, titles("📌 **সামনে আমরা যা করব**\n১. দ্বিতীয় আপলিংক ভিন্ন পথে\n২. SMS-এ জানানো হবে\n").size());
        assertEquals(1, titles("## შემდგომი ნაბიჯები\n\n- [ ] ალერტი 80%-ზე\n- [ ] ~~პროვაიდერის შეცვლა~~ — უარყოფილია: არა\n")
                .size(), "a rejected step is none");
        assertEquals(2, titles("Thanks everyone. So our to-dos from this are:\n\n1. Paid plan — me\n2. Admin logins — me\n").size());
    }

    @Test
    void aConvertedReportsRunningHeaderARejectedRowAndAdviceToTheCustomerByNameAreNoItems() {
        assertEquals(List.of("Automate failover", "Notify customers within 30 minutes"), titles("## 6. Corrective and preventive "
                + "actions\n\n| Ref | Action | Status |\n|---|---|---|\n| CPA-2 | Automate failover | In progress |\n\n"
                + "PayKloud (Pty) Ltd · Reg. No. 2014/123456/07 · Cape Town 8001 Page 3 of 4\n\n---\n\n"
                + "RCA-2024-011 · Delayed payroll file submissions · v1.2\n\n| Ref | Action | Status |\n|---|---|---|\n"
                + "| CPA-4 | Third site | Not accepted (see 6.2) |\n| CPA-5 | Notify customers within 30 minutes | Open |\n\n"
                + "## 7. Recommendations for Sizwe Retail Group\n\n- Submit wage files by 06:00.\n"));
        assertEquals(1, titles("## Recommendations for the Platform Team\n\n- Alert on lag\n").size(), "a team of ours");
        assertEquals(2, titles("## Follow-ups\n\nOPS-12 · Add alerting · Ana\nOPS-13 · Drain the queue · Bo\n").size(),
                "a tracker's lines of parts are items");
    }

    @Test
    void aCrossedBoxIsCancelledInAChecklistThatTicksDoneItemsAndDoneInOneThatDoesNot() {
        assertEquals(List.of("Uppfæra truststore", "Gervibókun"), titles("## Aðgerðir\n\n- ☑ Uppfæra truststore\n"
                + "- ☐ Gervibókun\n- ☒ Flytja í skýið. Hætt við.\n"));
        assertEquals(List.of("Renew certificate", "Alert on expiry"), titles("## Action items\n\n- ☒ Renew certificate\n"
                + "- ☐ Alert on expiry\n"), "a word processor's checklist ticks with ☒");
    }

    @Test
    void aTableOfActionItemsGathersTheActionLinesOfTheStoryAndTheyAreNotCountedTwice() {
        assertEquals(List.of("Promo eligibility once per cart", "Runbook: app retry kill switch"), titles("## What happened\n\n"
                + "ACTION (Liam): promo eligibility called once per cart, not per item.\n\n## All actions\n\n"
                + "| Action | Owner |\n|---|---|\n| Promo eligibility once per cart | Liam |\n"
                + "| Runbook: app retry kill switch | Liam |\n"));
        assertEquals(1, titles("## What happened\n\nACTION (Liam): promo eligibility called once per cart.\n").size(),
                "with no table or section of items, the story's action lines are the items");
    }

    @Test
    void anItemRejectedAfterAStatusLabelAndProseThatTurnsAProposalDownAreNoItems() {
        assertEquals(List.of("VSQ-901 — Add HIL benches"), titles("## 4. Corrective actions\n\n1. **VSQ-901** — Add HIL "
                + "benches\n2. **VSQ-905** — Rear camera off the UI service — **Status: Rejected at pre-read.** Not feasible.\n"));
        assertEquals(1, titles("## Що ми змінюємо\n\nУ CI з'явиться крок, який перевіряє вміст колеса.\n\nБули пропозиції "
                + "видалити 2.3.0 з PyPI. Ми цього робити не будемо: це ламає збірки.\n").size());
        assertEquals(1, titles("## Hemendik aurrera\n\nEskabidea paperean ere aurkeztu ahal izango da.\n\nZozketa proposatu "
                + "dute. Ez dugu proposamen hori aurrera eramango.\n").size());
        assertEquals(1, titles("## Działania\n\nOd teraz nie będziemy już ręcznie zmieniać certyfikatów: zrobi to skrypt.\n")
                .size(), "a 'we will not' that names no proposal may promise");
    }

    @Test
    void anOutlinersHeadingBulletOfActionsHoldsTheTasksUnderIt() {
        assertEquals(List.of("Ajouter une sonde", "Documenter la procédure"), titles("- TODO appeler le support\n"
                + "- ## Post-mortem : expiration\n  type:: post-mortem\n\t- ### Actions\n\t\t- TODO Ajouter une sonde\n"
                + "\t\t- DONE Documenter la procédure\n\t\t- ~~Sortir Grafana du SSO~~ → refusé par la RSSI\n"));
    }
}
