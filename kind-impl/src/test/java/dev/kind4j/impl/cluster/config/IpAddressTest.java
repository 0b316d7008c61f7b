package dev.kind4j.impl.cluster.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IpAddressTest {

  @Test
  void readsIpv4() {
    assertThat(IpAddress.parse("10.244.0.1")).contains(new IpAddress(BigInteger.valueOf(0x0AF40001L), 32));
    assertThat(IpAddress.parse("0.0.0.0")).hasValueSatisfying(a -> assertThat(a.isUnspecified()).isTrue());
  }

  @Test
  void writesTheUsualShortestText() {
    for (String text : new String[] {"10.244.1.0", "0.0.0.0", "fd00:10:244:1::", "::1", "::", "1::",
        "fd00:198:18::a", "fc00:f853:ccd:e793::", "1:0:0:2::3", "1:2:3:4:5:6:7:8", "1::5:0:0:8"}) {
      assertThat(IpAddress.parse(text).orElseThrow().text()).isEqualTo(text);
    }
    assertThat(IpAddress.parse("FD00:0010:0244:0:0:0:0:0").orElseThrow().text()).isEqualTo("fd00:10:244::");
    assertThat(IpAddress.parse("1:0:2:3:4:5:6:7").orElseThrow().text()).as("one zero group stays").isEqualTo("1:0:2:3:4:5:6:7");
  }

  @Test
  void readsIpv6InEveryShortenedForm() {
    assertThat(IpAddress.parse("fd00:10:244::1")).contains(ipv6("fd00001002440000000000000000" + "0001"));
    assertThat(IpAddress.parse("fd00:10:244:0:0:0:0:1")).isEqualTo(IpAddress.parse("fd00:10:244::1"));
    assertThat(IpAddress.parse("::1")).contains(ipv6("1"));
    assertThat(IpAddress.parse("1::")).contains(ipv6("1" + "0".repeat(28)));
    assertThat(IpAddress.parse("::ffff:10.0.0.1")).contains(ipv6("ffff0a000001"));
    assertThat(IpAddress.parse("::")).hasValueSatisfying(a -> {
      assertThat(a.isIpv6()).isTrue();
      assertThat(a.isUnspecified()).isTrue();
    });
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "localhost", "10.0.0", "10.0.0.256", "10.0.0.01", "10.0.0.1.", " 10.0.0.1", ":::",
      "1::2::3", "1:2:3:4:5:6:7", "1:2:3:4:5:6:7:8:9", "1:2:3:4:5:6:7::8", "fd00::g", "12345::", ":1::",
      "10.0.0.1::", "fe80::1%eth0"})
  void rejectsWhatIsNoAddressLiteral(String text) {
    assertThat(IpAddress.parse(text)).isEmpty();
  }

  private static IpAddress ipv6(String hex) {
    return new IpAddress(new BigInteger(hex, 16), 128);
  }
}
