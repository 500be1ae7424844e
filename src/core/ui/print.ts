/**
 * Prints one widget instead of the whole host page. While the print dialog
 * is open, a document-level style sheet (constructable, so a strict CSP
 * allows it) hides everything that is neither the widget nor one of its
 * ancestors; afterwards the page is exactly as it was.
 */
const PATH = 'data-lotse-print-path';
const TARGET = 'data-lotse-printing';

let sheet: CSSStyleSheet | undefined;

function printSheet(): CSSStyleSheet {
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(`@media print {
  [${PATH}] > :not([${PATH}], [${TARGET}]) { display: none !important; }
  [${PATH}] { margin: 0 !important; padding: 0 !important; border: 0 !important; box-shadow: none !important; }
}`);
  }
  return sheet;
}

/** The element's ancestors in its own tree (a widget inside another shadow root prints that root's content too). */
function ancestors(element: Element): Element[] {
  const path: Element[] = [];
  for (let node = element.parentElement; node; node = node.parentElement) path.push(node);
  return path;
}

export function printOnly(element: HTMLElement): void {
  const path = ancestors(element);
  const added = printSheet();
  element.setAttribute(TARGET, '');
  for (const node of path) node.setAttribute(PATH, '');
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, added];
  const restore = () => {
    element.removeAttribute(TARGET);
    for (const node of path) node.removeAttribute(PATH);
    document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== added);
  };
  window.addEventListener('afterprint', restore, { once: true });
  window.print();
}
