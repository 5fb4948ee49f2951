package dev.hindsight.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The packages follow the pipeline: each may use the packages before it in {@link #ORDER} and none
 * after it, so that reading the folder tree top to bottom reads the build from input to output.
 */
class PipelineDirectionTest {

    /** From the values every stage shares, through the stages, to the commands that run them. */
    static final List<String> ORDER = List.of(
            "diagnostic", "model", "source", "parse", "check", "author", "render", "publish", "build", "serve", "cli");

    private static JavaClasses classes;

    @BeforeAll
    static void importProductClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.hindsight");
    }

    static Stream<String> packages() {
        return ORDER.stream();
    }

    @ParameterizedTest(name = "{0} uses no later stage")
    @MethodSource("packages")
    void packageUsesNoLaterStage(String name) {
        int index = ORDER.indexOf(name);
        String[] later = IntStream.range(index + 1, ORDER.size())
                .mapToObj(i -> "dev.hindsight." + ORDER.get(i) + "..").toArray(String[]::new);
        if (later.length == 0) {
            return;
        }
        noClasses().that().resideInAPackage("dev.hindsight." + name + "..")
                .should().dependOnClassesThat().resideInAnyPackage(later)
                .allowEmptyShould(true)
                .check(classes);
    }
}
