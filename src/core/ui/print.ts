/**
 * Prints one widget instead of the whole host page. While the print dialog
 * is open, a document-level style sheet (constructable, so a strict CSP
 * allows it) hides everything that is neither the widget nor one of its
 * ancestors; afterwards the page is exactly as it was. Browsers without
 * constructable style sheets print the whole page.
 */
const PATH = 'data-lotse-print-path';
const TARGET = 'data-lotse-printing';

let sheet: CSSStyleSheet | undefined;
/** Undoes the marks of the last print, if its `afterprint` never came (a blocked dialog). */
let restorePrevious: (() => void) | undefined;

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

/**
 * The element's ancestors, up through shadow roots to the document. The
 * sheet applies to the document's own tree; a widget inside another
 * component's shadow root still prints that component's other content.
 */
function ancestors(element: Element): Element[] {
  const path: Element[] = [];
  let node: Element | null = element;
  while (node) {
    node = node.parentElement ?? ((node.getRootNode() as ShadowRoot).host || null);
    if (node) path.push(node);
  }
  return path;
}

export function printOnly(element: HTMLElement): void {
  restorePrevious?.();
  let added: CSSStyleSheet;
  try {
    added = printSheet();
  } catch {
    window.print();
    return;
  }
  const path = ancestors(element);
  element.setAttribute(TARGET, '');
  for (const node of path) node.setAttribute(PATH, '');
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, added];
  const restore = () => {
    restorePrevious = undefined;
    window.removeEventListener('afterprint', restore);
    element.removeAttribute(TARGET);
    for (const node of path) node.removeAttribute(PATH);
    document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== added);
  };
  restorePrevious = restore;
  window.addEventListener('afterprint', restore);
  window.print();
}
