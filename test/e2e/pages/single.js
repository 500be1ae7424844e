// Loads dist/lotse-<element>.js alone (?element=offer-finder) and places that element on the feed.
const name = new URLSearchParams(location.search).get('element') ?? '';
if (!/^[a-z]+(-[a-z]+)*$/.test(name)) throw new Error(`not an element: ${name}`);
await import(`/dist/lotse-${name}.js`);
const element = document.createElement(`lotse-${name}`);
element.setAttribute('src', '/demo/data/feed.json');
document.body.append(element);
