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

/// When the prerendered first screen (src/prerender.rs) was painted: the first contentful
/// paint, if the shell showed it (its `atlas-shown` mark; the shell is never painted before
/// it); NaN otherwise.
export function shownAt(page) {
  return page.evaluate(() => performance.getEntriesByName("atlas-shown").length
    ? performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? NaN : NaN);
}

/// What the prerendered first screen is painted from: the page and its style sheet, the only
/// files its first paint waits for (the wasm and the rest load beside them).
export const SHOWN_FROM = ["Document", "Stylesheet"];

/// Records a page's network traffic: `bytesRequestedBy(ms)` is the bytes received (as sent,
/// compressed) for the requests made up to `ms` after the first request; what the first screen
/// fetched is `bytesRequestedBy(ready)`: the lazy parts, requested after it, do not count.
export function recordTransfer(cdp) {
  let t0 = null;
  const sent = new Map();
  const urls = new Map();
  const done = [];
  const types = new Map();
  cdp.on("Network.requestWillBeSent", (e) => { if (t0 === null) t0 = e.timestamp; sent.set(e.requestId, e.timestamp); urls.set(e.requestId, e.request.url); types.set(e.requestId, e.type); });
  cdp.on("Network.loadingFinished", (e) => done.push({ id: e.requestId, bytes: e.encodedDataLength, at: e.timestamp }));
  return {
    /// The bytes of the requests of these resource types (CDP's: "Document", "Stylesheet", …).
    bytesOfTypes(...want) {
      return done.filter((d) => want.includes(types.get(d.id))).reduce((a, d) => a + d.bytes, 0);
    },
    bytesRequestedBy(ms) {
      return done.filter((d) => sent.has(d.id) && sent.get(d.id) <= t0 + ms / 1000).reduce((a, d) => a + d.bytes, 0);
    },
    bytesAll() { return done.reduce((a, d) => a + d.bytes, 0); },
    /// When the first request whose address matches `re` was made, in ms after the page's.
    requestedAt(re) {
      const id = [...urls].find(([, u]) => re.test(u))?.[0];
      return id === undefined ? NaN : (sent.get(id) - t0) * 1000;
    },
  };
}
