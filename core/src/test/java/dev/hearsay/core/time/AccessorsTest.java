package dev.hearsay.core.time;

import static dev.hearsay.core.time.ImpreciseTime.parse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Kind, precision, interval ends, set members and qualifications. */
class AccessorsTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          1985                       | DATE       | YEAR
          Y-170000002                | DATE       | YEAR
          201X                       | DATE       | YEAR
          2001-21                    | DATE       | SEASON
          2004-XX                    | DATE       | MONTH
          1985-XX-XX                 | DATE       | DAY
          1985-04-12T23:20:30Z       | DATE       | SECOND
          2004-02-01/2005            | INTERVAL   | YEAR
          ../2004-02-01              | INTERVAL   | DAY
          2004-06/                   | INTERVAL   | MONTH
          [1667,1760-12]             | ONE_OF_SET | YEAR
          {1760-12-01,1760-12-03}    | ALL_OF_SET | DAY
          {1760-12-01..1760-12-03}   | ALL_OF_SET | DAY
          """)
  void kindAndPrecision(String text, ImpreciseTime.Kind kind, Precision precision) {
    ImpreciseTime time = parse(text);
    assertThat(time.kind()).isEqualTo(kind);
    assertThat(time.isInterval()).isEqualTo(kind == ImpreciseTime.Kind.INTERVAL);
    assertThat(time.precision()).isEqualTo(precision);
  }

  @Test
  void intervalEnds() {
    ImpreciseTime interval = parse("1984-06-02?/2004-08-08~");
    assertThat(interval.start()).contains(parse("1984-06-02?"));
    assertThat(interval.end()).contains(parse("2004-08-08~"));
    assertThat(interval.start().orElseThrow().qualification()).isEqualTo(Qualification.UNCERTAIN);
    assertThat(interval.end().orElseThrow().qualification()).isEqualTo(Qualification.APPROXIMATE);
    assertThat(interval.qualification()).isEqualTo(Qualification.UNCERTAIN_AND_APPROXIMATE);

    ImpreciseTime unknown = parse("/1985");
    assertThat(unknown.startKind()).isEqualTo(IntervalEnd.UNKNOWN);
    assertThat(unknown.start()).isEmpty();
    assertThat(unknown.endKind()).isEqualTo(IntervalEnd.DATE);
    ImpreciseTime open = parse("../1985");
    assertThat(open.startKind()).isEqualTo(IntervalEnd.OPEN);
    assertThat(open.earliest()).isEqualTo(unknown.earliest()).isEmpty();
    assertThat(open).isNotEqualTo(unknown);
  }

  @Test
  void aDateHasNoEndsAndNoMembers() {
    ImpreciseTime date = parse("1985-04-12");
    assertThat(date.start()).isEmpty();
    assertThat(date.end()).isEmpty();
    assertThat(date.members()).isEmpty();
    assertThatIllegalStateException().isThrownBy(date::startKind);
    assertThatIllegalStateException().isThrownBy(date::endKind);
    assertThat(parse("1985/1986").members()).isEmpty();
  }

  @Test
  void setMembersInTheOrderWrittenWithRangesAsIntervals() {
    ImpreciseTime set = parse("[..1760-12-03,1762,1764..1766,1770..]");
    assertThat(set.members().stream().map(ImpreciseTime::toEdtf).collect(Collectors.toList()))
        .containsExactly("../1760-12-03", "1762", "1764/1766", "1770/..");
    assertThat(set.members().get(0).startKind()).isEqualTo(IntervalEnd.OPEN);
    assertThat(set.earliest()).isEmpty();
    assertThat(set.latest()).isEmpty();
  }

  @Test
  void qualificationOfASetOrIntervalCombinesItsDates() {
    ImpreciseTime set = parse("[1667?,1668-~02]");
    assertThat(set.qualification(Precision.YEAR)).isEqualTo(Qualification.UNCERTAIN);
    assertThat(set.qualification(Precision.MONTH)).isEqualTo(Qualification.APPROXIMATE);
    assertThat(set.qualification()).isEqualTo(Qualification.UNCERTAIN_AND_APPROXIMATE);
    assertThat(parse("1985/1986").qualification()).isEqualTo(Qualification.NONE);
    assertThatNullPointerException().isThrownBy(() -> parse("1985").qualification(null));
  }

  @Test
  void qualificationFlags() {
    assertThat(Qualification.NONE.isUncertain()).isFalse();
    assertThat(Qualification.NONE.isApproximate()).isFalse();
    assertThat(Qualification.UNCERTAIN_AND_APPROXIMATE.isUncertain()).isTrue();
    assertThat(Qualification.UNCERTAIN_AND_APPROXIMATE.isApproximate()).isTrue();
    assertThat(Qualification.APPROXIMATE.isUncertain()).isFalse();
  }
}
