package nl.samenspel.network.coverage;

import nl.samenspel.network.vocabulary.LifeDomain;
import nl.samenspel.network.vocabulary.TargetGroup;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Set;

class MunicipalityCoverageTest {

    private static final String LISSE = "GM0553";
    private static final CoverageGap NO_EXPERT = new CoverageGap(TargetGroup.MENTAL_HEALTH, LifeDomain.HOUSING, "EXPERIENCE_EXPERT");
    private static final CoverageGap NOBODY = new CoverageGap(TargetGroup.HOMELESS, LifeDomain.HOUSING, CoverageGap.ANY);

    private AggregateTestFixture<MunicipalityCoverage> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(MunicipalityCoverage.class);
    }

    @Test
    void firstReviewOpensEveryGapInAFixedOrder() {
        fixture.givenNoPriorActivity()
                .when(new ReviewCoverageCommand(LISSE, Set.of(NO_EXPERT, NOBODY)))
                .expectEvents(new CoverageGapOpenedEvent(LISSE, NO_EXPERT), new CoverageGapOpenedEvent(LISSE, NOBODY));
    }

    @Test
    void gapThatIsFilledIsClosedAndANewOneOpened() {
        fixture.given(new CoverageGapOpenedEvent(LISSE, NO_EXPERT))
                .when(new ReviewCoverageCommand(LISSE, Set.of(NOBODY)))
                .expectEvents(new CoverageGapClosedEvent(LISSE, NO_EXPERT), new CoverageGapOpenedEvent(LISSE, NOBODY));
    }

    @Test
    void repeatingAReviewChangesNothing() {
        fixture.given(new CoverageGapOpenedEvent(LISSE, NO_EXPERT), new CoverageGapOpenedEvent(LISSE, NOBODY))
                .when(new ReviewCoverageCommand(LISSE, Set.of(NOBODY, NO_EXPERT)))
                .expectNoEvents();
    }
}
