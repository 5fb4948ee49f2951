package dev.hindsight.author;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TitleSlugTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "Deployer API outage                  | deployer-api-outage",
            "Deployer API: outage (prod)!         | deployer-api-outage-prod",
            "  --Leading and trailing--  !!       | leading-and-trailing",
            "Café crème brûlée in Zürich          | cafe-creme-brulee-in-zurich",
            "Straße, Ærø and Łódź                 | strasse-aero-and-lodz",
            "Ĳssel ﬁle                            | ijssel-file",
            "DNS & TLS                            | dns-and-tls",
            "v2.3.1 rollout / 50% of pods         | v2-3-1-rollout-50-of-pods",
            "../../etc/passwd                     | etc-passwd",
            "CON                                  | con",
            "データベース障害                      | postmortem",
            "Datenbank データベース               | datenbank",
            "!!!                                  | postmortem",
            "`Tab\tand\nnewline`                  | tab-and-newline",
    })
    void makesAReadableAsciiSlug(String title, String slug) {
        assertEquals(slug, TitleSlug.of(title));
    }

    @ParameterizedTest(name = "a long title is cut at a word: {0}")
    @CsvSource(delimiter = '|', value = {
            "Elevated error rates on checkout, payments and order history for EU customers during the migration"
                    + " | elevated-error-rates-on-checkout-payments-and-order-history",
            "Aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
                    + " | aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
    })
    void cutsLongTitlesAtAWordBoundary(String title, String slug) {
        assertEquals(slug, TitleSlug.of(title));
        assertEquals(true, slug.length() <= TitleSlug.MAX_LENGTH);
    }
}
