import { describe, expect, it } from "vitest";
import { ipLiteralOf, isPublicAddress } from "./address-policy";

describe("isPublicAddress", () => {
  it.each([
    "127.0.0.1", "127.255.0.9", "::1", "10.0.0.5", "172.16.0.1", "172.31.255.255", "192.168.1.1",
    "169.254.169.254", "100.64.0.1", "0.0.0.0", "0.1.2.3", "255.255.255.255", "224.0.0.1", "240.0.0.1",
    "192.0.2.1", "::", "fc00::1", "fd12:3456::1", "fe80::1", "ff02::1", "::ffff:127.0.0.1", "::ffff:10.0.0.1",
    "::ffff:169.254.169.254", "::7f00:1", "64:ff9b::a00:1", "2002:7f00:1::1", "2001:db8::1", "not an ip", "",
  ])("refuses %s", (address) => {
    expect(isPublicAddress(address)).toBe(false);
  });

  it.each(["8.8.8.8", "93.184.216.34", "172.32.0.1", "100.128.0.1", "2606:4700:4700::1111", "[2a00:1450::1]", "::ffff:8.8.8.8"])(
    "allows %s",
    (address) => {
      expect(isPublicAddress(address)).toBe(true);
    },
  );
});

describe("ipLiteralOf", () => {
  it("recognises IP hosts as the URL parser writes them", () => {
    expect(ipLiteralOf(new URL("http://2130706433/").hostname)).toBe("127.0.0.1");
    expect(ipLiteralOf(new URL("http://0x7f.0.0.1/").hostname)).toBe("127.0.0.1");
    expect(ipLiteralOf(new URL("http://017700000001/").hostname)).toBe("127.0.0.1");
    expect(ipLiteralOf(new URL("http://[::ffff:127.0.0.1]/").hostname)).toBe("::ffff:7f00:1");
    expect(ipLiteralOf("[::1]")).toBe("::1");
  });

  it("returns null for domain names", () => {
    expect(ipLiteralOf("apnews.com")).toBeNull();
    expect(ipLiteralOf("127.0.0.1.nip.io")).toBeNull();
  });
});
