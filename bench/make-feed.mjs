// Builds a synthetic feed of N offers from the demo feed: the demo's offers,
// repeated with new ids, varied titles and shuffled places, so that search,
// facets and rendering see realistic text at scale.
export function syntheticFeed(base, count) {
  const offers = [];
  const words = ['Nord', 'Süd', 'Mitte', 'Plus', 'kompakt', 'intensiv', 'Abend', 'Wochenende', 'digital', 'für Frauen'];
  for (let i = 0; offers.length < count; i++) {
    const source = base.offers[i % base.offers.length];
    const round = Math.floor(i / base.offers.length);
    const suffix = round === 0 ? '' : ` ${words[round % words.length]} ${round}`;
    const title =
      typeof source.title === 'string'
        ? source.title + suffix
        : Object.fromEntries(Object.entries(source.title).map(([lang, text]) => [lang, text + suffix]));
    const places = base.places.length ? [base.places[(i * 7) % base.places.length].id] : undefined;
    offers.push({ ...source, id: `${source.id}-${round}`, title, ...(places ? { places } : {}) });
  }
  return { ...base, id: `${base.id ?? 'feed'}-synthetic`, offers };
}
