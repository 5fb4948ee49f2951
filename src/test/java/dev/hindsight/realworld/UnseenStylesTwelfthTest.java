package dev.hindsight.realworld;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A twelfth set written blind, by someone who read nothing of the project, in styles no earlier set
 * covers: an Irish parliamentary answer page, a Sourcehut ticket, a vendor's RCA converted from PDF
 * with page headers, a Zoho Desk ticket, a mailing-list digest, a Loomio thread, a Zoom meeting
 * summary, a Lark doc, a game's patch notes, a mobile-money press release, a Zim wiki page, a Slab
 * post, a council's notice, a Joplin raw export, a shipping memo, a Document360 article, a school
 * letter, a MantisBT issue, a Facebook post and a Microsoft Forms response; ten in English from ten
 * regions and one each in Icelandic, Latvian, Slovenian, Georgian, Swahili, Afrikaans, Basque,
 * Nepali, Bengali and Mongolian.
 * Its first run, before any change for it, read 7 titles, 11 dates and 6 action-item counts of 20 right.
 */
class UnseenStylesTwelfthTest {

    @Test
    void readsATwelfthBlindSetAsAReaderWould() throws IOException {
        BlindSet.check(Path.of("src/test/resources/realworld/unseen12"));
    }
}
