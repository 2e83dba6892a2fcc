/** Marks a toasts root, so that a kit dialog (of any provider) can hide it. */
export const TOASTS_ROOT_ATTRIBUTE = 'data-hmse-toasts-root';

/**
 * Whether an event happened inside the kit's UI (a toast, the dialog). For a host's modal, so that
 * using a toast does not close it:
 *
 * @example
 * <Dialog.Content
 *   onPointerDownOutside={(event) => isHMSErrorUIEvent(event) && event.preventDefault()}
 *   onFocusOutside={(event) => isHMSErrorUIEvent(event) && event.preventDefault()}
 * />
 *
 * Takes DOM events, React events and Radix's outside events (whose `detail.originalEvent` holds
 * the pointer or focus event).
 */
export function isHMSErrorUIEvent(event: { target?: EventTarget | null; detail?: unknown } | null | undefined): boolean {
  if (!event) return false;
  const original = (event.detail as { originalEvent?: Event } | null | undefined)?.originalEvent;
  for (const target of [event.target, original?.target]) {
    if (target && typeof (target as Element).closest === 'function' && (target as Element).closest('[data-hmse-root]')) return true;
  }
  return false;
}

/**
 * While a call-ending dialog is open, every toasts root on the page (other providers' too) is
 * hidden from assistive technology and inert: a screen reader must not wander from the modal
 * dialog into toasts that it would otherwise keep visible (they hold live regions, which modal
 * libraries leave exposed). Returns the undo.
 */
export function hideToastRoots(doc: Document): () => void {
  // Only what this call added is undone: a root its own component hides (same store) is shown
  // again by that component.
  const added: { element: Element; ariaHidden: boolean; inert: boolean }[] = [];
  for (const element of doc.querySelectorAll(`[${TOASTS_ROOT_ATTRIBUTE}]`)) {
    const ariaHidden = element.getAttribute('aria-hidden') !== 'true';
    const inert = !element.hasAttribute('inert');
    if (ariaHidden) element.setAttribute('aria-hidden', 'true');
    if (inert) element.setAttribute('inert', '');
    added.push({ element, ariaHidden, inert });
  }
  return () => {
    for (const { element, ariaHidden, inert } of added) {
      if (ariaHidden) element.removeAttribute('aria-hidden');
      if (inert) element.removeAttribute('inert');
    }
  };
}

/**
 * Lets keyboard focus into the toasts while a host's modal (Radix Dialog and the like) traps it:
 * those traps listen for `focusin`/`focusout` on the document and pull focus back to the modal.
 * While focus moves into (or within) this toasts root, the events stop at `<body>`, before the
 * document: the trap never hears of it, and the toasts keep focus (F8, a click on a toast). Focus
 * moving anywhere else passes as usual, so Tab from the toasts goes back into the modal. Only
 * while a Radix focus guard is in the page (`data-radix-focus-guard`: a modal is open), so a page
 * without one keeps every event. Returns the undo.
 */
export function letFocusIntoToasts(root: HTMLElement): () => void {
  const body = root.ownerDocument.body;
  const trapActive = () => root.ownerDocument.querySelector('[data-radix-focus-guard]') !== null;
  const inside = (node: EventTarget | null) => node instanceof Node && root.contains(node);
  const onFocusIn = (event: FocusEvent) => {
    if (inside(event.target) && trapActive()) event.stopPropagation();
  };
  const onFocusOut = (event: FocusEvent) => {
    if (inside(event.relatedTarget) && trapActive()) event.stopPropagation();
  };
  body.addEventListener('focusin', onFocusIn);
  body.addEventListener('focusout', onFocusOut);
  return () => {
    body.removeEventListener('focusin', onFocusIn);
    body.removeEventListener('focusout', onFocusOut);
  };
}
