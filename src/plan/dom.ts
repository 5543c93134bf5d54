/** A small element builder for the comparison and plan scripts: text is always set as text, never as HTML. */
type Child = Node | string | false | undefined | null;

export function h(tag: string, attrs: Record<string, string | boolean | undefined> = {}, ...children: (Child | Child[])[]): HTMLElement {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === false) continue;
    el.setAttribute(name, value === true ? '' : value);
  }
  for (const child of children.flat()) {
    if (child === undefined || child === null || child === false) continue;
    el.append(child);
  }
  return el;
}

export const link = (href: string, text: string, extra: Record<string, string> = {}) =>
  h('a', { class: 'govuk-link', href, ...extra }, text);
