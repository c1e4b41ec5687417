// The two load profiles of the benchmarks: desktop, and a mobile profile (390×844, 4× CPU
// slowdown, 1.6 Mbps down / 750 kbps up, 150 ms latency), cold (no cache, no service worker).
/// A fresh context and page in a profile, with its CDP session (network events enabled).
export async function coldPage(browser, profile) {
  const context = await browser.newContext({ viewport: profile === "mobile" ? { width: 390, height: 844 } : { width: 1280, height: 900 }, serviceWorkers: "block" });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Network.enable");
  await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
  if (profile === "mobile") {
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
    await cdp.send("Network.emulateNetworkConditions", { offline: false, latency: 150, downloadThroughput: 1.6e6 / 8, uploadThroughput: 750e3 / 8 });
  }
  return { context, page, cdp };
}
