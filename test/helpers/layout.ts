/**
 * Layout checks for narrow places (a 320 px phone, a 200 px sidebar):
 * nothing sticks out sideways, and no word is broken that would fit on a
 * line of its own. Both look through open shadow roots.
 */

/** Every element in `root` and in the open shadow roots below it. */
function* elements(root: ParentNode): Generator<Element> {
  for (const element of root.querySelectorAll('*')) {
    yield element;
    if (element.shadowRoot) yield* elements(element.shadowRoot);
  }
}

const describe = (element: Element) =>
  `${element.localName}${element.id ? `#${element.id}` : ''}${element.className && typeof element.className === 'string' ? `.${element.className.trim().replace(/\s+/g, '.')}` : ''} "${(element.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40)}"`;

/**
 * Inside a scrolling region (a wide table a resident may scroll on its own)
 * or inside something visually hidden (a skip button until it has focus),
 * nothing counts.
 */
const exempt = (element: Element, scrollers = true) => {
  for (let node: Element | null = element; node; node = node.parentElement) {
    const style = getComputedStyle(node);
    if (scrollers && node !== element && (style.overflowX === 'auto' || style.overflowX === 'scroll')) return true;
    if (style.position === 'absolute' && style.clipPath !== 'none') return true;
  }
  return false;
};

/** Visible elements whose box reaches past the host's left or right edge. */
export function overflowing(host: HTMLElement, tolerance = 1): string[] {
  const box = host.getBoundingClientRect();
  const out: string[] = [];
  for (const element of elements(host.shadowRoot ?? host)) {
    const rect = element.getBoundingClientRect();
    if (rect.width === 0 || rect.height === 0 || exempt(element)) continue;
    if (rect.left < box.left - tolerance || rect.right > box.right + tolerance) {
      out.push(`${describe(element)}: ${Math.round(rect.left - box.left)}…${Math.round(rect.right - box.left)} of 0…${Math.round(box.width)}`);
    }
  }
  if (host.scrollWidth > host.clientWidth + tolerance) out.push(`the host scrolls sideways: ${host.scrollWidth} > ${host.clientWidth}`);
  return out;
}

/** True when every line break inside the word follows a hyphen, dot, slash, colon, underscore or @. */
function breaksOnlyAtPunctuation(node: Text, start: number, length: number): boolean {
  let lastTop: number | undefined;
  for (let i = start; i < start + length; i++) {
    const range = document.createRange();
    range.setStart(node, i);
    range.setEnd(node, i + 1);
    const rect = [...range.getClientRects()].find((r) => r.width > 0);
    if (!rect) continue;
    const top = Math.round(rect.top);
    if (lastTop !== undefined && top !== lastTop && !/[-./:_@]/.test(node.data[i - 1])) return false;
    lastTop = top;
  }
  return true;
}

/** Words (in the elements `selector` matches) spread over two lines although they would fit on one. */
export function brokenWords(host: HTMLElement, selector = 'button, label, legend, h2, h3, h4, th, dt, .badge, a, .count'): string[] {
  const width = host.getBoundingClientRect().width;
  const out: string[] = [];
  for (const element of elements(host.shadowRoot ?? host)) {
    if (!element.matches(selector) || element.getBoundingClientRect().width === 0 || exempt(element, false)) continue;
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      for (const match of node.data.matchAll(/\S+/g)) {
        const range = document.createRange();
        range.setStart(node, match.index!);
        range.setEnd(node, match.index! + match[0].length);
        const lines = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
        if (lines.size < 2) continue;
        // A break after a hyphen, dot, slash or the like is where such a word may break ("offer-" "010").
        if (breaksOnlyAtPunctuation(node, match.index!, match[0].length)) continue;
        // Would the word fit on a line of its own?
        const probe = document.createElement('span');
        probe.style.whiteSpace = 'nowrap';
        probe.textContent = match[0];
        node.parentNode!.insertBefore(probe, node);
        const natural = probe.getBoundingClientRect().width;
        probe.remove();
        if (natural <= width * 0.9) out.push(`"${match[0]}" in ${describe(element)} (${Math.round(natural)} px wide, column ${Math.round(width)} px)`);
      }
    }
  }
  return out;
}
