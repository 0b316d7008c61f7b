package dev.kind4j.cli;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Map;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * A duration as kind's flags take it, in Go's {@code time.ParseDuration} syntax: decimal numbers with units, such
 * as {@code 5m}, {@code 30s}, {@code 1h30m} or {@code 1.5h}, and {@code 0}. Units: ns, us (µs), ms, s, m, h.
 * Negative durations are refused; errors read as Go's.
 */
final class GoDuration implements ITypeConverter<Duration> {

  private static final Map<String, Long> NANOS_PER_UNIT = Map.of("ns", 1L, "us", 1_000L, "µs", 1_000L,
      "μs", 1_000L, "ms", 1_000_000L, "s", 1_000_000_000L, "m", 60_000_000_000L, "h", 3_600_000_000_000L);

  @Override
  public Duration convert(String value) {
    return parse(value);
  }

  static Duration parse(String text) {
    String rest = text.startsWith("+") ? text.substring(1) : text;
    if (rest.startsWith("-")) {
      throw new TypeConversionException("must not be negative; use 0s for no wait, or such as 5m");
    }
    if (rest.equals("0")) {
      return Duration.ZERO;
    }
    if (rest.isEmpty()) {
      throw invalid(text);
    }
    BigDecimal nanos = BigDecimal.ZERO;
    int i = 0;
    while (i < rest.length()) {
      int start = i;
      while (i < rest.length() && isNumberChar(rest.charAt(i))) {
        i++;
      }
      String number = rest.substring(start, i);
      if (number.isEmpty() || number.equals(".") || number.indexOf('.') != number.lastIndexOf('.')) {
        throw invalid(text);
      }
      int unitStart = i;
      while (i < rest.length() && !isNumberChar(rest.charAt(i))) {
        i++;
      }
      String unit = rest.substring(unitStart, i);
      if (unit.isEmpty()) {
        throw new TypeConversionException("time: missing unit in duration \"" + text + "\"");
      }
      Long perUnit = NANOS_PER_UNIT.get(unit);
      if (perUnit == null) {
        throw new TypeConversionException("time: unknown unit \"" + unit + "\" in duration \"" + text + "\"");
      }
      nanos = nanos.add(new BigDecimal(number).multiply(BigDecimal.valueOf(perUnit)));
    }
    if (nanos.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) > 0) {
      throw invalid(text);
    }
    return Duration.ofNanos(nanos.longValue());
  }

  private static boolean isNumberChar(char c) {
    return c == '.' || c >= '0' && c <= '9';
  }

  private static TypeConversionException invalid(String text) {
    return new TypeConversionException("time: invalid duration \"" + text + "\"");
  }
}
