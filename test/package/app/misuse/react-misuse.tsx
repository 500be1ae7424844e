// Misuse that the JSX types must reject: a line marked `// error TSxxxx` must
// fail with that code, and every other line must pass (test/package/run.mjs).
import type {} from 'lotse/jsx-react';

export const fine = <lotse-offer-finder src="/feed.json" cache="persistent" page-size={10} pageSize={10} no-url-sync />;
export const unknownAttribute = <lotse-offer-finder sorce="/feed.json" />; // error TS2322
export const wrongValue = <lotse-offer-finder cache="forever" />; // error TS2322
export const wrongType = <lotse-offer-finder page-size="many" />; // error TS2322
export const wrongTopics = <lotse-offer-finder topics={3} />; // error TS2322
export const wrongDetail = <lotse-offer-finder onlotse-offer-select={(event) => event.detail.nope} />; // error TS2339
export const wrongHandler = <lotse-offer-finder onlotse-offer-select={(event: MouseEvent) => event.clientX} />; // error TS2322
export const unknownTag = <lotse-offer-fnder />; // error TS2339
export const views = <lotse-course-calendar view="month" />;
export const wrongView = <lotse-course-calendar view="week" />; // error TS2322
export const wrongVariant = <lotse-health-guide variant="nonsense" />; // error TS2322
