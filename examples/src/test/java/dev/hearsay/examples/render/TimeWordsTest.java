package dev.hearsay.examples.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hearsay.core.model.TimeMention;
import dev.hearsay.core.time.ImpreciseTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TimeWordsTest {
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "2024-10-25            | 25 Oct 2024",
        "2024-08               | Aug 2024",
        "2024                  | 2024",
        "2024-24               | winter 2024",
        "2024-21               | spring 2024",
        "2024-08/..            | since Aug 2024",
        "../2024-10-28         | by 28 Oct 2024",
        "2024-10-27/2024-10-28 | 27–28 Oct 2024",
        "2024-10-30/2024-11-02 | 30 Oct 2024 – 2 Nov 2024",
        "2024-10/2024-12       | Oct 2024 – Dec 2024",
        "../2024-24            | by winter 2024",
        "2024?                 | 2024?",
        "2024-10~              | about Oct 2024",
        "/2024-10-28           | ? – 28 Oct 2024",
        "2024-10-28/           | 28 Oct 2024 – ?",
        "[2024-10-27,2024-10-29] | [2024-10-27,2024-10-29]",
      })
  void readsEdtfAsAPersonWould(String edtf, String words) {
    assertThat(TimeWords.of(ImpreciseTime.parse(edtf))).isEqualTo(words);
  }

  @Test
  void saysWhatWasInferred() {
    TimeMention since =
        new TimeMention.Builder()
            .value(ImpreciseTime.parse("2024-08/.."))
            .asWritten("since August")
            .inferred(true)
            .build();
    TimeMention written =
        new TimeMention.Builder()
            .value(ImpreciseTime.parse("2024-10-28/.."))
            .inferred(true)
            .build();
    TimeMention stated = TimeMention.of("2024-10-25");

    assertThat(TimeWords.of(since)).isEqualTo("since Aug 2024 [2024-08/..] (year inferred)");
    assertThat(TimeWords.of(written)).isEqualTo("since 28 Oct 2024 [2024-10-28/..] (inferred)");
    assertThat(TimeWords.of(stated)).isEqualTo("25 Oct 2024 [2024-10-25]");
    assertThat(TimeWords.brief(since)).isEqualTo("since Aug 2024 (year inferred)");
    assertThat(TimeWords.brief(written)).isEqualTo("since 28 Oct 2024 (inferred)");
    assertThat(TimeWords.brief(stated)).isEqualTo("25 Oct 2024");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "../2024-11            | before the harsh winter | by Nov 2024 [../2024-11] (inferred)",
        "2024-24               | the harsh winter        | winter 2024 [2024-24] (inferred)",
        "2024-10-27/2024-10-28 | by October 27-28        | 27–28 Oct 2024 [2024-10-27/2024-10-28]"
            + " (year inferred)",
        "2024-10-25            | on the 25th             | 25 Oct 2024 [2024-10-25] (inferred)",
        "2024-10-25            | on 25 October           | 25 Oct 2024 [2024-10-25] (year inferred)",
        "2024-10               | in October 2024         | Oct 2024 [2024-10] (inferred)",
      })
  void theYearAloneIsInferredOnlyWhenTheWordsGiveAMonthOrADay(
      String edtf, String asWritten, String words) {
    TimeMention time =
        new TimeMention.Builder()
            .value(ImpreciseTime.parse(edtf))
            .asWritten(asWritten)
            .inferred(true)
            .build();

    assertThat(TimeWords.of(time)).isEqualTo(words);
  }
}
