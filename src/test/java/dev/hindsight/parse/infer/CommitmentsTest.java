package dev.hindsight.parse.infer;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CommitmentsTest {

    @Test
    void eachSentenceOrClauseThatSaysWhatTheTeamWillDoIsOne() {
        assertEquals(List.of("We have made the slot service keep the last good data.",
                        "We are also adding tests with festive dates",
                        "our support team will get a banner tool."),
                Commitments.in("We have made the slot service keep the last good data. We are also adding tests with "
                        + "festive dates, and our support team will get a banner tool."));
        assertEquals(List.of("I'll turn on auto-grow this week.", "Priya has agreed to repoint the alerts."),
                Commitments.in("I'll turn on auto-grow this week. Priya has agreed to repoint the alerts. We also talked "
                        + "about moving off the managed instance but that's not happening."));
    }

    @Test
    void sentencesThatAParagraphOfCommitmentsEnumeratesAreCommitmentsWhateverTheirSubject() {
        assertEquals(4, Commitments.in("We are taking these actions. First, we are adding validation. Second, "
                + "forwarders will be changed to back off. In addition, we will extend the canary. Finally, we are "
                + "improving the dashboard.").size());
        assertEquals(List.of(), Commitments.in("First, the disk filled. Second, the replica lagged."),
                "an enumeration of what happened commits to nothing");
    }

    @Test
    void aParagraphThatCountsItsSentencesOffInAnotherLanguageCommitsToEachOfThem() {
        assertEquals(List.of("Po pierwsze, każde wdrożenie będzie najpierw trafiać na 2% automatów.",
                        "Po drugie, dodamy możliwość wymuszenia synchronizacji.",
                        "Po trzecie, zespół obsługi dostanie przycisk."),
                Commitments.in("Po pierwsze, każde wdrożenie będzie najpierw trafiać na 2% automatów. Po drugie, dodamy "
                        + "możliwość wymuszenia synchronizacji. Po trzecie, zespół obsługi dostanie przycisk. Rozważaliśmy "
                        + "także wyłączenie weryfikacji, ale zrezygnowaliśmy z tego."));
        assertEquals(2, Commitments.in("Erstens schalten wir den Alarm scharf. Zweitens testen wir das Failover.").size());
        assertEquals(List.of(), Commitments.in("Pertama kali gangguan terjadi pukul 07:00. Kedua tim bekerja sama."),
                "an ordinal that begins an ordinary sentence counts nothing off");
    }

    @Test
    void proseThatTellsWhatHappenedOrApologisesCommitsToNothing() {
        assertEquals(List.of(), Commitments.in("Our engineers were alerted at 09:19 and rolled back at 10:03."));
        assertEquals(List.of(), Commitments.in("We apologize for the impact this incident had on your business."));
    }
}
