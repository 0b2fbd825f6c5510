package nl.samenspel.platform.console;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A headless Chromium driven through Selenium against the web console, shared by the tests of one class (a browser
 * takes seconds to start). It uses Debian's chromium and chromedriver, so Selenium downloads nothing. Without
 * Chromium the tests are skipped with one line, except in CI ({@code CI=true}), where they fail.
 */
final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    /** Where screenshots go: checked in, and shown in the README. */
    static final Path SCREENSHOTS = Path.of("..", "docs", "screenshots");
    /** The WCAG 2.1 A and AA rules of axe-core. */
    private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    /** Whether clicking the element submits a form or follows a link to another address than the page's. */
    private static final String LOADS_A_PAGE = """
            const e = arguments[0];
            if (e.form && e.type === 'submit') return true;
            const link = e.closest('a[href]');
            if (!link) return false;
            const to = new URL(link.href);
            return to.pathname + to.search !== location.pathname + location.search;
            """;

    private final WebDriver driver;
    private final String consoleUri;
    private final Path profile;

    private Browser(WebDriver driver, String consoleUri, Path profile) {
        this.driver = driver;
        this.consoleUri = consoleUri;
        this.profile = profile;
    }

    /** Fails in CI and skips elsewhere when this machine has no Chromium. */
    static void requireChromium() {
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!present && "true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new IllegalStateException("CI needs Chromium for the browser tests: apt-get install chromium chromium-driver");
        }
        Assumptions.assumeTrue(present, "Browser tests skipped: no " + CHROMIUM + " and " + CHROMEDRIVER
                + " (apt-get install chromium chromium-driver fonts-liberation)");
    }

    static Browser open(String consoleUri) {
        requireChromium();
        System.setProperty("SE_OFFLINE", "true");
        try {
            Path profile = Files.createTempDirectory("samenspel-chromium");
            ChromeOptions options = new ChromeOptions()
                    .setBinary(CHROMIUM.toFile())
                    .addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                            "--window-size=1280,900", "--lang=nl", "--user-data-dir=" + profile);
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(new File(CHROMEDRIVER.toString())).build();
            return new Browser(new ChromeDriver(service, options), consoleUri, profile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    WebDriver driver() {
        return driver;
    }

    /** Opens a console page, e.g. {@code /queue}. */
    Browser go(String path) {
        driver.get(consoleUri + path);
        return this;
    }

    /** Logs in at the issuer's form as a demo person (every demo person's password is {@code demo}). */
    Browser loginAs(String username) {
        go("/");
        if (!driver.findElements(By.cssSelector("[data-testid=person-name]")).isEmpty()) {
            logout();
            go("/");
        }
        wait(ExpectedConditions.presenceOfElementLocated(By.id("username")));
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys("demo");
        click(driver.findElement(By.cssSelector("button[type=submit]")));
        wait(ExpectedConditions.urlContains(consoleUri));
        wait(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-testid=person-name]")));
        return this;
    }

    /** Logs out of the console and of the issuer, ending on the issuer's login form. */
    Browser logout() {
        click(driver.findElement(By.cssSelector("form[action$='/logout'] button")));
        wait(ExpectedConditions.presenceOfElementLocated(By.id("username")));
        return this;
    }

    WebElement find(String css) {
        return wait(ExpectedConditions.presenceOfElementLocated(By.cssSelector(css)));
    }

    List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    String text(String css) {
        return find(css).getText();
    }

    Browser type(String css, String text) {
        WebElement field = find(css);
        field.clear();
        field.sendKeys(text);
        return this;
    }

    Browser choose(String css, String visibleTextOrValue) {
        Select select = new Select(find(css));
        boolean byValue = select.getOptions().stream().anyMatch(o -> visibleTextOrValue.equals(o.getDomAttribute("value")));
        if (byValue) {
            select.selectByValue(visibleTextOrValue);
        } else {
            select.selectByVisibleText(visibleTextOrValue);
        }
        return this;
    }

    /**
     * Clicks, and when the click loads another page (a form's submit button, a link elsewhere) waits until the old
     * page is gone: a read straight after would otherwise find the old page's element, stale a moment later.
     */
    Browser click(String css) {
        return click(find(css));
    }

    /** As {@link #click(String)}, for an element found some other way (inside a row, by its link text). */
    Browser click(WebElement element) {
        boolean loadsAPage = Boolean.TRUE.equals(((JavascriptExecutor) driver).executeScript(LOADS_A_PAGE, element));
        WebElement page = driver.findElement(By.tagName("html"));
        element.click();
        if (loadsAPage) {
            wait(ExpectedConditions.stalenessOf(page));
        }
        return this;
    }

    <T> T wait(java.util.function.Function<? super WebDriver, T> condition) {
        return new WebDriverWait(driver, Duration.ofSeconds(20)).until(condition);
    }

    /** Waits until the page's text contains the given text (e.g. after a partial refresh). */
    void waitForText(String css, String text) {
        wait(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(css), text));
    }

    /** Asserts that axe-core finds no WCAG 2.1 A/AA violation on the current page. */
    Browser assertAccessible(String page) {
        Results results = new AxeBuilder().withTags(WCAG_21_AA).analyze(driver);
        String violations = results.getViolations().stream().map(Browser::describe).collect(Collectors.joining("\n"));
        assertThat(results.getViolations()).as("axe-core violations on %s (%s):%n%s", page, driver.getCurrentUrl(), violations)
                .isEmpty();
        return this;
    }

    /** Checks the current page with axe-core in Dutch, then the same page in English, and returns to Dutch. */
    Browser assertAccessibleInBothLanguages(String page) {
        String address = driver.getCurrentUrl().replaceAll("[?&]lang=[a-z]+", "");
        assertAccessible(page + " (nl)");
        driver.get(address + (address.contains("?") ? "&" : "?") + "lang=en");
        assertAccessible(page + " (en)");
        driver.get(address + (address.contains("?") ? "&" : "?") + "lang=nl");
        return this;
    }

    private static String describe(Rule rule) {
        return rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " at "
                + rule.getNodes().stream().map(node -> String.valueOf(node.getTarget())).limit(5).collect(Collectors.joining(", "));
    }

    /** Saves a screenshot of the current page as {@code docs/screenshots/<name>.png}. */
    Browser screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
            Files.write(SCREENSHOTS.resolve(name + ".png"), png);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * As {@link #screenshot(String)}, but of the whole page (up to 3,000 pixels high): the window is made as tall as
     * the page for the picture, then set back.
     */
    Browser screenshotWholePage(String name) {
        org.openqa.selenium.Dimension before = driver.manage().window().getSize();
        Object height = ((JavascriptExecutor) driver).executeScript("return document.documentElement.scrollHeight");
        int tall = Math.min(((Number) height).intValue() + 150, 3000);
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(before.getWidth(), Math.max(tall, before.getHeight())));
        try {
            return screenshot(name);
        } finally {
            driver.manage().window().setSize(before);
        }
    }

    @Override
    public void close() {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        } catch (IOException ignored) {
            // a leftover temporary profile is harmless
        }
    }
}
