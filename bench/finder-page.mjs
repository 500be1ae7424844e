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
// The first page is drawn in steps (its first cards, then the rest): both moments are kept.
const poll = (now) => {
  const cards = finder.shadowRoot?.querySelectorAll('[part~="card"]').length ?? 0;
  if (cards && !window.benchFirstResults) {
    const feed = performance.getEntriesByType('resource').find((entry) => entry.name === feedUrl);
    window.benchFirstResults = { paintedMs: now, bytesArrivedMs: feed?.responseEnd ?? NaN, cards };
  }
  // Only the page of the list as loaded counts (typing starts at the first results).
  const typed = finder.shadowRoot?.querySelector('[part~="search"] input')?.value;
  if (cards >= 20 && !typed) window.benchFirstResults.wholePageMs = now;
  else if (!typed) requestAnimationFrame(poll);
};
requestAnimationFrame(poll);
