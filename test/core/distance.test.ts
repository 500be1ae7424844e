/** Distances for "nearest first". */
import { expect } from '@esm-bundle/chai';
import { buildCatalog, type Catalog } from '../../src/core/feed/catalog.js';
import { validateFeed } from '../../src/core/feed/validate.js';
import { haversine, offerDistance, postcodePoint } from '../../src/core/geo/distance.js';
import { finderFeed } from '../fixtures/finder-feed.js';

function catalog(feed = finderFeed()): Catalog {
  return buildCatalog([validateFeed(feed, 'https://feeds.lotse.test/finder.json')]);
}

describe('distance', () => {
  it('measures great-circle distances', () => {
    // Berlin to Hamburg is about 255 km.
    expect(haversine({ lat: 52.52, lon: 13.405 }, { lat: 53.551, lon: 9.993 })).to.be.within(250, 260);
  });

  it('turns a postcode into the average of the feed places there, else of nearby postcodes', () => {
    const cat = catalog();
    expect(postcodePoint(cat, '38707')).to.deep.equal({ lat: 51.8, lon: 10.44 });
    const near = postcodePoint(cat, '38641')!; // 3864x: Beratungsstelle and Familienzentrum
    expect(near.lat).to.be.closeTo(51.925, 1e-9);
    expect(postcodePoint(cat, '99999')).to.equal(undefined);
    expect(postcodePoint(cat, '123')).to.equal(undefined);
    const online = cat.offers.find((o) => o.offer.id === 'online-beratung')!;
    expect(offerDistance(online, near)).to.equal(Infinity);
  });
});
