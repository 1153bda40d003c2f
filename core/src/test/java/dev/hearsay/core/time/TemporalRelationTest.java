package dev.hearsay.core.time;

import static dev.hearsay.core.time.ImpreciseTime.parse;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** Relations between crafted pairs, and the three-valued isBefore that follows from them. */
class TemporalRelationTest {

  @ParameterizedTest(name = "{0} {2} {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # Disjoint and touching
          2024-10-25            | 2024-10-26            | BEFORE
          2024-10-26            | 2024-10-25            | AFTER
          2024-10-25            | 2024-10-27/2024-10-28 | BEFORE
          1985-04-12T23:20:30Z  | 1985-04-12T23:20:31Z  | BEFORE
          1985-04-12T23:20:30+01 | 1985-04-12T23:20:30Z | BEFORE
          -0001                 | 0000                  | BEFORE
          # Same range
          2024                  | 2024                  | EQUAL
          2024                  | 2024-01-01/2024-12-31 | EQUAL
          2024-XX-XX            | 2024                  | EQUAL
          1985-04-12T23:20:30Z  | 1985-04-12T23:20:30Z  | EQUAL
          # Contained, sharing a bound or not
          2024                  | 2024-10               | CONTAINS
          2024-10               | 2024                  | DURING
          2024-01               | 2024                  | DURING
          2024                  | 2024-12-31            | CONTAINS
          2024-24               | 2025-01               | CONTAINS
          201X                  | 2015                  | CONTAINS
          # Overlapping
          2023-06/2024-06       | 2024                  | OVERLAPS_START
          2024                  | 2023-06/2024-06       | OVERLAPS_END
          2024-23               | 2024-11/2025-01       | OVERLAPS_START
          # Open ends
          2024-08/..            | 2024-10-25            | CONTAINS
          2024-08/..            | 2024-07               | AFTER
          2024-08/..            | 2025/..               | CONTAINS
          2024-08/..            | 2024-08/..            | EQUAL
          2024-08/..            | 2024-08-01/           | EQUAL
          ../2024-10-28         | 2024-08/..            | OVERLAPS_START
          ../2024-10-28         | 2024-10-29            | BEFORE
          ../2024-10-28         | 2024-10-28            | CONTAINS
          ../2024-10-28         | ../2024-10-27         | CONTAINS
          # Unknown ends count as unbounded
          2024-10-25/           | 2024-11               | CONTAINS
          2024-10-25/           | 2024-10-24            | AFTER
          /2024-10-25           | 2024-10-26            | BEFORE
          /2024-10-25           | 2024-10                | OVERLAPS_START
          # A qualified date deciding the order makes it probable only
          2024?                 | 2025                  | PROBABLY_BEFORE
          2025                  | 2024?                 | PROBABLY_AFTER
          2024?-10-25           | 2024-10-27/2024-10-28 | PROBABLY_BEFORE
          2024-10-25            | 2024-10-27~/2024-10-28 | PROBABLY_BEFORE
          2024-10-25~/2024-10-26 | 2024-10-28           | BEFORE
          2024-10-25/2024-10-26~ | 2024-10-20           | AFTER
          2024?                 | 2024-06               | CONTAINS
          # Sets span their members
          [1667,1668]           | 1669                  | BEFORE
          [1667,1670]           | 1668                  | CONTAINS
          {..1984}              | 1985                  | BEFORE
          [1667?,1668]          | 1669                  | PROBABLY_BEFORE
          """)
  void relates(String a, String b, TemporalRelation expected) {
    ImpreciseTime first = parse(a);
    ImpreciseTime second = parse(b);
    assertThat(first.relationTo(second)).isEqualTo(expected);
    assertThat(second.relationTo(first)).isEqualTo(expected.inverse());
    TimeAnswer before =
        expected == TemporalRelation.BEFORE
            ? TimeAnswer.YES
            : expected == TemporalRelation.AFTER ? TimeAnswer.NO : TimeAnswer.UNDETERMINED;
    assertThat(first.isBefore(second)).isEqualTo(before);
  }

  @Test
  void onlyBeforeAndAfterAreDefinite() {
    assertThat(EnumSet.allOf(TemporalRelation.class))
        .filteredOn(TemporalRelation::isDefinite)
        .containsExactlyInAnyOrder(TemporalRelation.BEFORE, TemporalRelation.AFTER);
  }

  @ParameterizedTest
  @EnumSource(TemporalRelation.class)
  void inverseIsAnInvolution(TemporalRelation relation) {
    assertThat(relation.inverse().inverse()).isEqualTo(relation);
    assertThat(relation.inverse().isDefinite()).isEqualTo(relation.isDefinite());
  }

  @Test
  void isBeforeAnswersNoWhenTheOtherEndsBeforeThisStarts() {
    ImpreciseTime since = parse("2024-08/..");
    assertThat(since.isBefore(parse("2024-07-31"))).isEqualTo(TimeAnswer.NO);
    assertThat(since.isBefore(parse("2024-08-01"))).isEqualTo(TimeAnswer.UNDETERMINED);
    assertThat(parse("2024-07-31").isBefore(since)).isEqualTo(TimeAnswer.YES);
  }
}
