package dev.hearsay.jackson;

/** Sorts ints by an order of their own, such as that of the values they point at, unboxed. */
final class IntSort {
  /** An order of ints. */
  @FunctionalInterface
  interface Order {
    /** Negative, zero or positive as {@code a} comes before, with or after {@code b}. */
    int compare(int a, int b);
  }

  private static final int INSERTION_BELOW = 24;

  private IntSort() {}

  /** Sorts the values, stably, in time n log n and a second array of their length. */
  static void sort(int[] values, Order order) {
    int[] spare = values.clone();
    mergeSort(spare, values, 0, values.length, order);
  }

  /** Sorts {@code from[lo, hi)} into {@code to[lo, hi)}; both start with the same values. */
  private static void mergeSort(int[] from, int[] to, int lo, int hi, Order order) {
    if (hi - lo < INSERTION_BELOW) {
      for (int i = lo + 1; i < hi; i++) {
        int value = to[i];
        int j = i - 1;
        for (; j >= lo && order.compare(to[j], value) > 0; j--) {
          to[j + 1] = to[j];
        }
        to[j + 1] = value;
      }
      return;
    }
    int mid = (lo + hi) >>> 1;
    mergeSort(to, from, lo, mid, order);
    mergeSort(to, from, mid, hi, order);
    int left = lo;
    int right = mid;
    for (int i = lo; i < hi; i++) {
      if (right >= hi || left < mid && order.compare(from[left], from[right]) <= 0) {
        to[i] = from[left++];
      } else {
        to[i] = from[right++];
      }
    }
  }
}
