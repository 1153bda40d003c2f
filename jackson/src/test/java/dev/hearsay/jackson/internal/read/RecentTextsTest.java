package dev.hearsay.jackson.internal.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hearsay.core.model.ClaimId;
import dev.hearsay.core.model.ValueCheckException;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class RecentTextsTest {
  private static String find(RecentTexts<String> texts, String text) {
    char[] chars = ("<<" + text + ">>").toCharArray();
    return texts.find(chars, 2, text.length());
  }

  @Test
  void findsAValueMadeBeforeByTheCharactersOfItsText() {
    RecentTexts<ClaimId> claims = new RecentTexts<>(64, 128, ClaimId::of);
    char[] chars = "[c-trucks]".toCharArray();

    assertThat(claims.find(chars, 1, 8)).as("nothing made yet").isNull();
    ClaimId trucks = claims.make("c-trucks");

    assertThat(claims.find(chars, 1, 8)).isSameAs(trucks);
    assertThat(claims.find(chars, 1, 7)).isNull();
    assertThat(claims.find(chars, 0, 8)).isNull();
  }

  @Test
  void givesTheTextKeptForAnEqualStringAndKeepsANewOne() {
    RecentTexts<String> texts = new RecentTexts<>(64, 10, Function.identity());
    String first = texts.of(new String("a note"));

    assertThat(texts.of(new String("a note"))).isSameAs(first);
    assertThat(find(texts, "a note")).isSameAs(first);
    String other = texts.of(new String("an other"));
    assertThat(texts.of(new String("an other"))).isSameAs(other);
    String tooLong = new String("x".repeat(11));
    assertThat(texts.of(tooLong)).isSameAs(tooLong);
    assertThat(texts.of(new String("x".repeat(11)))).isNotSameAs(tooLong);
  }

  @Test
  void aTextWhoseSlotIsTakenIsNoLongerFound() {
    RecentTexts<String> texts = new RecentTexts<>(64, 1_024, Function.identity());
    String aa = texts.make(new String("Aa"));
    assertThat(RecentTexts.hash("Aa")).isEqualTo(RecentTexts.hash("BB"));

    assertThat(find(texts, "Aa")).isSameAs(aa);
    String bb = texts.make(new String("BB"));

    assertThat(find(texts, "BB")).isSameAs(bb);
    assertThat(find(texts, "Aa")).as("BB took its slot").isNull();
  }

  @Test
  void findsALongTextByAllItsCharactersThoughItsHashReadsSomeOfThem() {
    RecentTexts<String> texts = new RecentTexts<>(64, 1_024, Function.identity());
    String text = "a".repeat(1_000);
    char[] other = text.toCharArray();
    other[1] = 'b';
    String otherText = new String(other);

    String kept = texts.make(new String(text));

    assertThat(RecentTexts.hash(otherText)).isEqualTo(RecentTexts.hash(text));
    assertThat(find(texts, text)).isSameAs(kept);
    assertThat(find(texts, otherText)).isNull();
    assertThat(find(texts, "a".repeat(999))).isNull();
  }

  @Test
  void keepsNoTextLongerThanItsLongestAndNoValueThatFailsItsCheck() {
    RecentTexts<String> texts = new RecentTexts<>(64, 10, Function.identity());
    RecentTexts<ClaimId> claims = new RecentTexts<>(64, 128, ClaimId::of);

    assertThat(texts.make("x".repeat(11))).isEqualTo("x".repeat(11));
    assertThat(find(texts, "x".repeat(11))).isNull();
    assertThat(texts.make("x".repeat(10))).isEqualTo("x".repeat(10));
    assertThat(find(texts, "x".repeat(10))).isNotNull();
    assertThat(texts.longest()).isEqualTo(10);
    assertThatThrownBy(() -> claims.make("1bad")).isInstanceOf(ValueCheckException.class);
    assertThat(claims.find("1bad".toCharArray(), 0, 4)).isNull();
  }

  @Test
  void growsWhileHalfFullAndHoldsAtMostItsSlots() {
    RecentTexts<String> texts = new RecentTexts<>(256, 64, Function.identity());
    for (int i = 0; i < 100; i++) {
      texts.make("text-" + i);
    }
    int foundAfterAHundred = 0;
    for (int i = 0; i < 100; i++) {
      foundAfterAHundred += find(texts, "text-" + i) != null ? 1 : 0;
    }
    for (int i = 100; i < 10_000; i++) {
      texts.make("text-" + i);
    }
    int found = 0;
    for (int i = 0; i < 10_000; i++) {
      found += find(texts, "text-" + i) != null ? 1 : 0;
    }

    assertThat(foundAfterAHundred).as("grown past 64 slots").isGreaterThan(64);
    assertThat(found).isLessThanOrEqualTo(256).isGreaterThan(128);
    assertThat(find(texts, "text-9999")).isEqualTo("text-9999");
  }

  @Test
  void refusesASizeThatIsNotAPowerOfTwoOfAtLeast64() {
    assertThatThrownBy(() -> new RecentTexts<>(32, 10, Function.identity()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new RecentTexts<>(100, 10, Function.identity()))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
