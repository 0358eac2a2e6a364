package io.ovnscope.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The floors of the house in ARCHITECTURE.md: app/ above collectors/ and views/, both above core/. */
@AnalyzeClasses(packages = "io.ovnscope", importOptions = ImportOption.DoNotIncludeTests.class)
class LayerRulesTest {
    @ArchTest
    static final ArchRule coreKnowsNothingOfTheOutside = noClasses()
            .that().resideInAPackage("io.ovnscope.core..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "javafx..", "org.controlsfx..", "org.apache.sshd..", "com.fasterxml.jackson..",
                    "java.nio.file..", "java.net..", "io.ovnscope.collectors..", "io.ovnscope.views..",
                    "io.ovnscope.app..")
            .because("the domain is a pure function of its data: no UI, SSH, JSON mapping, files or network");

    @ArchTest
    static final ArchRule coreOpensNoFiles = noClasses()
            .that().resideInAPackage("io.ovnscope.core..")
            .should().dependOnClassesThat().haveNameMatching(
                    "java\\.io\\.(File|FileInputStream|FileOutputStream|FileReader|FileWriter|RandomAccessFile)")
            .because("reading and writing files is the collectors' job");

    @ArchTest
    static final ArchRule collectorsKnowNothingOfTheWindow = noClasses()
            .that().resideInAPackage("io.ovnscope.collectors..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "javafx..", "org.controlsfx..", "io.ovnscope.views..", "io.ovnscope.app..");

    @ArchTest
    static final ArchRule viewsKnowNothingOfSsh = noClasses()
            .that().resideInAPackage("io.ovnscope.views..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.apache.sshd..", "io.ovnscope.collectors..", "io.ovnscope.app..")
            .because("views show what core computed; how data gets in is not their business");

    @ArchTest
    static final ArchRule nothingBelowReachesUpIntoApp = noClasses()
            .that().resideOutsideOfPackage("io.ovnscope.app..")
            .should().dependOnClassesThat().resideInAPackage("io.ovnscope.app..");
}
