package dev.hindsight.browser;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.chrome.ChromeDriver;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The pages a reader uses most have no axe-core violation of WCAG 2.1 levels A and AA, colour
 * contrast included, in the light theme and in the dark one. axe-core runs inside real headless
 * Chromium on the shipped site served under {@code /repo/}; it is installed for the tests only
 * (scripts/test puts it under target/npm), never shipped in the site.
 */
class AccessibilityIT {

    /** Where {@code npm install --prefix target/npm axe-core@4.14.1} (scripts/test) puts axe-core. */
    static final Path AXE = Path.of("target", "npm", "node_modules", "axe-core", "axe.min.js");
    private static final String AXE_VERSION = "4.14.1";

    /** The pages checked: one of each kind a reader lands on. Add a page here and it is checked in both themes. */
    private static final List<String> PAGES = List.of(
            "",
            "postmortems/2024-11-29-black-friday-capacity-exhaustion/",
            "services/",
            "services/dns/",
            "action-items/",
            "insights/",
            "search/?q=dns");
    private static final List<String> THEMES = List.of("light", "dark");

    @TempDir
    static Path temp;
    private static ServedSite browsed;
    private static StaticSiteServer server;
    private static ChromeDriver driver;
    private static String axe;

    @BeforeAll
    static void buildServeAndOpenTheBrowser() throws Exception {
        axe = axeCore();
        browsed = ServedSite.shipped(temp, "2026-11-25");
        server = browsed.server;
        driver = browsed.driver;
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
    }

    @AfterAll
    static void closeTheBrowserAndServer() {
        if (browsed != null) {
            browsed.close();
        }
    }

    static Stream<Arguments> pagesInEachTheme() {
        return THEMES.stream().flatMap(theme -> PAGES.stream().map(page -> Arguments.of(theme, page)));
    }

    @ParameterizedTest(name = "{0} theme: /repo/{1}")
    @MethodSource("pagesInEachTheme")
    void hasNoViolationsOfLevelsAAndAA(String theme, String page) {
        HeadlessChromium.emulateColorScheme(driver, theme);
        driver.get(server.url() + page);
        assertEquals(server.url() + page, driver.getCurrentUrl());
        assertEquals(true, driver.executeScript("return matchMedia('(prefers-color-scheme: " + theme + ")').matches"),
                "the page does not see the " + theme + " theme");
        driver.executeScript(WITHOUT_SCROLL_SHADOWS);
        driver.executeScript(axe);

        String violations = (String) driver.executeAsyncScript(RUN_AXE);

        assertEquals("", violations, "/repo/" + page + " in the " + theme + " theme");
        assertEquals("", driver.executeScript(CHART_TEXT_CONTRAST), "chart text on /repo/" + page + " in the " + theme + " theme");
    }

    /** axe-core's source, or a failure that says how to install it: the check is never skipped. */
    private static String axeCore() throws IOException {
        assertTrue(Files.isRegularFile(AXE), AXE + " is missing: the accessibility tests need axe-core " + AXE_VERSION
                + "; run scripts/test, which installs it, or `npm install --prefix target/npm axe-core@" + AXE_VERSION + "`");
        String version = Files.readString(AXE.resolveSibling("package.json"), StandardCharsets.UTF_8);
        assertTrue(version.contains("\"version\": \"" + AXE_VERSION + "\""), AXE + " is not axe-core " + AXE_VERSION
                + "; reinstall it with `npm install --prefix target/npm axe-core@" + AXE_VERSION + "`");
        return Files.readString(AXE, StandardCharsets.UTF_8);
    }

    /**
     * Takes away the gradients that draw a wide table's scroll shadows, leaving the box's own colour.
     * axe cannot tell the colour behind text over a gradient, so it would leave the contrast of every
     * table cell unchecked; the shadows are decoration at an edge, only while there is more to scroll.
     */
    private static final String WITHOUT_SCROLL_SHADOWS = """
            const style = document.createElement('style');
            style.textContent = '.table-scroll { background-image: none !important; }';
            document.head.append(style);
            """;

    /**
     * The WCAG 2 contrast ratio (at least 4.5:1) of every text of an SVG chart against what is behind
     * it: the bar's track for a value, the page for a label. Answers the texts that fall short.
     */
    private static final String CHART_TEXT_CONTRAST = """
            const rgb = c => c.match(/[\\d.]+/g).slice(0, 3).map(Number);
            const luminance = c => {
              const [r, g, b] = rgb(c).map(v => v / 255).map(v => v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4));
              return 0.2126 * r + 0.7152 * g + 0.0722 * b;
            };
            const ratio = (a, b) => {
              const [x, y] = [luminance(a), luminance(b)];
              return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05);
            };
            const behind = element => {
              for (let e = element; e; e = e.parentElement) {
                const colour = getComputedStyle(e).backgroundColor;
                if (colour && !colour.startsWith('rgba(0, 0, 0, 0')) return colour;
              }
              return 'rgb(255, 255, 255)';
            };
            const short = [];
            for (const text of document.querySelectorAll('svg text')) {
              const track = text.classList.contains('chart-value') && text.parentElement.querySelector('.chart-track');
              const background = track ? getComputedStyle(track).fill : behind(text.closest('svg'));
              const r = ratio(getComputedStyle(text).fill, background);
              if (r < 4.5) short.push(text.textContent + ' ' + r.toFixed(2) + ':1');
            }
            return short.join('\\n');
            """;

    /**
     * Runs axe on the whole page for WCAG 2.0 and 2.1 levels A and AA and answers each violation as
     * {@code rule (impact): help}, followed by the elements at fault and why: empty when there are none.
     * Text whose contrast axe could not work out counts too, so that no colour goes unchecked; but for
     * the text of SVG charts, whose backgrounds axe cannot see, which {@link #CHART_TEXT_CONTRAST} checks.
     */
    private static final String RUN_AXE = """
            const done = arguments[arguments.length - 1];
            axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})
              .then(result => done(result.violations
                  .concat(result.incomplete.filter(r => r.id === 'color-contrast')
                      .map(r => Object.assign({}, r, {nodes: r.nodes.filter(n => !n.html.startsWith('<text'))}))
                      .filter(r => r.nodes.length > 0)
                      .map(r => Object.assign({}, r, {help: 'could not be checked: ' + r.help})))
                  .map(v => v.id + ' (' + v.impact + '): ' + v.help + '\\n'
                      + v.nodes.slice(0, 10).map(n => '  ' + n.target.join(' ') + ': '
                          + (n.failureSummary || '').replace(/\\s+/g, ' ')).join('\\n')).join('\\n')))
              .catch(e => done('axe failed: ' + e));
            """;
}
