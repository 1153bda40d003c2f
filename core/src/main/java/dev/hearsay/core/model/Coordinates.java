package dev.hearsay.core.model;

/**
 * A point on the Earth in WGS 84 degrees.
 *
 * @param latitude degrees north, from -90 to 90
 * @param longitude degrees east, from -180 to 180
 */
public record Coordinates(double latitude, double longitude) {
  /** Checks that both degrees are finite and in range. */
  public Coordinates {
    if (!(latitude >= -90 && latitude <= 90)) {
      throw new ValueCheckException(
          "Coordinates.latitude", "" + latitude + " is not between -90 and 90");
    }
    if (!(longitude >= -180 && longitude <= 180)) {
      throw new ValueCheckException(
          "Coordinates.longitude", "" + longitude + " is not between -180 and 180");
    }
  }
}
