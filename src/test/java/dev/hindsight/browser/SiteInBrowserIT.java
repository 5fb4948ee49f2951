package dev.hindsight.browser;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The shipped library, built by the real jar, served over HTTP under {@code /repo/} and read in
 * headless Chromium, as a person on a GitHub Pages project site would.
 */
class SiteInBrowserIT {

    private static final String SITE = "Example Org Postmortems";
    private static final String POSTMORTEM = "postmortems/2024-11-29-black-friday-capacity-exhaustion/";
    private static final Duration WAIT = Duration.ofSeconds(10);

    @TempDir
    static Path temp;
    private static ServedSite browsed;
    private static StaticSiteServer server;
    private static ChromeDriver driver;

    @BeforeAll
    static void buildServeAndOpenTheBrowser() throws Exception {
        browsed = ServedSite.shipped(temp, "2026-11-25");
        server = browsed.server;
        driver = browsed.driver;
    }

    @AfterAll
    static void closeTheBrowserAndServer() {
        if (browsed != null) {
            browsed.close();
        }
    }

    @BeforeEach
    void desktopWindow() {
        driver.manage().window().setSize(new Dimension(1280, 900));
    }

    @AfterEach
    void systemColorScheme() {
        HeadlessChromium.emulateColorScheme(driver, "");
    }

    @Test
    void followsNavigationFromHomeToAPostmortem() {
        open("");
        assertEquals(SITE, driver.getTitle());
        assertTrue(driver.getCurrentUrl().startsWith(server.url()), driver.getCurrentUrl());

        click(By.linkText("Postmortems"), "All postmortems · " + SITE);
        WebElement first = driver.findElement(By.cssSelector("a.pm-title"));
        String title = first.getText();
        click(By.linkText(title), title + " · " + SITE);
        assertEquals(title, driver.findElement(By.tagName("h1")).getText());
        assertTrue(driver.getCurrentUrl().startsWith(server.url() + "postmortems/"), driver.getCurrentUrl());
    }

    @Test
    void showsTheSiteInItsOwnTheme() {
        open("");
        String font = css("body", "font-family");
        assertFalse(font.contains("Times"), "body font is the browser default: " + font);
        String header = css(".site-header", "background-color");
        assertNotEquals("rgba(0, 0, 0, 0)", header, "the header has no background of its own");
        assertNotEquals(css("body", "background-color"), header, "the header does not stand out");
    }

    @Test
    void fitsAPhoneScreenWithoutSidewaysScrolling() {
        driver.manage().window().setSize(new Dimension(390, 844));
        for (String page : List.of("", POSTMORTEM, "action-items/")) {
            open(page);
            long viewport = number("return window.innerWidth");
            assertTrue(viewport <= 390, "the window is not phone-sized: " + viewport);
            long document = number("return document.documentElement.scrollWidth");
            assertTrue(document <= viewport, "/repo/" + page + " is " + document + " px wide on a " + viewport
                    + " px screen; sticking out: " + driver.executeScript(STICKING_OUT));
        }
    }

    @Test
    void followsTheSystemDarkMode() {
        open(POSTMORTEM);
        HeadlessChromium.emulateColorScheme(driver, "light");
        double light = luminance(css("body", "background-color"));
        HeadlessChromium.emulateColorScheme(driver, "dark");
        double dark = luminance(css("body", "background-color"));
        assertTrue(light > 0.8, "light background is not light: " + light);
        assertTrue(dark < 0.05, "dark background is not dark: " + dark);
        assertTrue(luminance(css("body", "color")) > 0.7, "text is not light on the dark background");
    }

    @Test
    void marksOverdueActionItems() {
        open("action-items/");
        Matcher lede = Pattern.compile("(\\d+)\\noverdue").matcher(driver.findElement(By.cssSelector(".action-stats")).getText());
        assertTrue(lede.find(), "the page does not say how many items are overdue");
        List<WebElement> overdue = driver.findElements(By.cssSelector("tr.overdue"));
        assertEquals(Integer.parseInt(lede.group(1)), overdue.size());
        assertFalse(overdue.isEmpty(), "with --today 2026-11-25 the shipped library has overdue items");
        for (WebElement row : overdue) {
            WebElement mark = row.findElement(By.cssSelector(".overdue-mark"));
            assertTrue(mark.isDisplayed());
            assertEquals("OVERDUE", mark.getText().toUpperCase(Locale.ROOT));
        }
        String onTime = css("tbody tr:not(.overdue)", "background-color");
        assertNotEquals(onTime, overdue.get(0).getCssValue("background-color"), "overdue rows look like the others");
    }

    @Test
    void loadsPagesWithoutBrowserErrors() {
        List<String> errors = new ArrayList<>();
        for (String page : List.of("", "postmortems/", POSTMORTEM, "action-items/", "services/", "archive/", "about/")) {
            open(page);
            for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
                if (entry.getLevel().intValue() >= Level.SEVERE.intValue()) {
                    errors.add("/repo/" + page + ": " + entry.getMessage());
                }
            }
        }
        assertEquals(List.of(), server.notFound(), "the pages asked for files the site does not have");
        assertEquals(List.of(), errors, "the browser reported errors");
    }

    private static void open(String page) {
        driver.get(server.url() + page);
    }

    private static void click(By link, String expectedTitle) {
        driver.findElement(link).click();
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.titleIs(expectedTitle));
    }

    private static String css(String selector, String property) {
        return driver.findElement(By.cssSelector(selector)).getCssValue(property);
    }

    private static long number(String script) {
        return ((Number) driver.executeScript(script)).longValue();
    }

    /** Relative luminance (WCAG) of a computed colour such as {@code rgb(13, 17, 23)}. */
    private static double luminance(String color) {
        Matcher rgb = Pattern.compile("rgba?\\((\\d+), (\\d+), (\\d+)").matcher(color);
        assertTrue(rgb.find(), "not a colour: " + color);
        double[] c = new double[3];
        for (int i = 0; i < 3; i++) {
            double v = Integer.parseInt(rgb.group(i + 1)) / 255.0;
            c[i] = v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
    }

    /**
     * Names the elements whose right edge passes the window's and that no scrolling box clips,
     * for a failure message that says where to look.
     */
    private static final String STICKING_OUT = """
            const clipped = e => {
              for (let p = e.parentElement; p; p = p.parentElement) {
                if (getComputedStyle(p).overflowX !== 'visible') return true;
              }
              return false;
            };
            return [...document.querySelectorAll('body *')]
              .filter(e => e.getBoundingClientRect().right > window.innerWidth + 0.5 && !clipped(e))
              .slice(0, 5)
              .map(e => e.tagName.toLowerCase() + (e.className ? '.' + String(e.className).trim().replace(/\\s+/g, '.') : '')
                        + ' (right edge at ' + Math.round(e.getBoundingClientRect().right) + ' px)');
            """;
}
