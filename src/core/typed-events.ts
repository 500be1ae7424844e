/**
 * `addEventListener` and `removeEventListener` typed with an element's own
 * events. The global event map holds one type per event name, and the
 * finder and the calendar both fire `lotse-filter-change` and
 * `lotse-results-change` with details of their own: on the element, its
 * own type applies.
 */
export interface TypedEvents<Events, Host = HTMLElement> {
  addEventListener<K extends keyof Events & string>(type: K, listener: (this: Host, event: Events[K]) => unknown, options?: boolean | AddEventListenerOptions): void;
  addEventListener<K extends keyof HTMLElementEventMap>(type: K, listener: (this: Host, event: HTMLElementEventMap[K]) => unknown, options?: boolean | AddEventListenerOptions): void;
  addEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | AddEventListenerOptions): void;
  removeEventListener<K extends keyof Events & string>(type: K, listener: (this: Host, event: Events[K]) => unknown, options?: boolean | EventListenerOptions): void;
  removeEventListener<K extends keyof HTMLElementEventMap>(type: K, listener: (this: Host, event: HTMLElementEventMap[K]) => unknown, options?: boolean | EventListenerOptions): void;
  removeEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | EventListenerOptions): void;
}
