// One <lotse-offer-finder> on the feed named in `?src=`, as a town's page would
// have it, and the moment its first results are painted: `window.benchFirstResults`
// holds that time and when the feed's last byte arrived (both on the page's clock).
const src = new URL(location.href).searchParams.get('src');
const finder = document.createElement('lotse-offer-finder');
finder.setAttribute('src', src);
finder.setAttribute('no-url-sync', '');
document.body.append(finder);

const feedUrl = new URL(src, location.href).href;
// Checked in animation frames: the frame that first finds a card is the one that paints it.
const poll = (now) => {
  if (!finder.shadowRoot?.querySelector('[part~="card"]')) return requestAnimationFrame(poll);
  const feed = performance.getEntriesByType('resource').find((entry) => entry.name === feedUrl);
  window.benchFirstResults = { paintedMs: now, bytesArrivedMs: feed?.responseEnd ?? NaN };
};
requestAnimationFrame(poll);
