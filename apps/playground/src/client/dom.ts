/** Attributes and properties `element` sets; `text` becomes the text content. */
type ElementOptions = Record<string, string | number | boolean | undefined> & { text?: string };

/**
 * Creates an HTML element with attributes, text and children; values are set as text, never parsed as HTML,
 * so analysed texts and model replies cannot inject markup.
 *
 * @param tag - The tag name.
 * @param options - Attributes (`class`, `data-*`, …) and `text`.
 * @param children - Child nodes or strings.
 * @returns The element.
 */
export function element<Tag extends keyof HTMLElementTagNameMap>(
  tag: Tag,
  options: ElementOptions = {},
  children: (Node | string)[] = [],
): HTMLElementTagNameMap[Tag] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(options)) {
    if (value === undefined || value === false) continue;
    if (name === 'text') node.textContent = String(value);
    else node.setAttribute(name, value === true ? '' : String(value));
  }
  node.append(...children);
  return node;
}

const SVG_NAMESPACE = 'http://www.w3.org/2000/svg';

/**
 * Creates an SVG element with attributes.
 *
 * @param tag - The SVG tag name.
 * @param attributes - Attributes; `text` becomes the text content.
 * @returns The element.
 */
export function svgElement(tag: string, attributes: Record<string, string | number> = {}): SVGElement {
  const node = document.createElementNS(SVG_NAMESPACE, tag) as SVGElement;
  for (const [name, value] of Object.entries(attributes)) {
    if (name === 'text') node.textContent = String(value);
    else node.setAttribute(name, String(value));
  }
  return node;
}

/**
 * Finds a required element of the page by id.
 *
 * @param id - The element id.
 * @returns The element.
 * @throws Error when the page lacks it (the HTML and the script are out of step).
 */
export function byId<Type extends HTMLElement = HTMLElement>(id: string): Type {
  const found = document.getElementById(id);
  if (!found) throw new Error(`the page has no #${id}`);
  return found as Type;
}

/**
 * Formats an intensity with its sign, e.g. `+4.5`, `−7.0`.
 *
 * @param intensity - A number, or null for an unscored value.
 * @returns The formatted number, or `n/a`.
 */
export function signed(intensity: number | null): string {
  if (intensity === null) return 'n/a';
  const text = Math.abs(intensity).toFixed(1);
  return intensity > 0 ? `+${text}` : intensity < 0 ? `−${text}` : text;
}
