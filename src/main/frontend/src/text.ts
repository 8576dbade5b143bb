// Everything the service returns is shown as text: never parsed as HTML.
import { askForKey } from './apikey';

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string> = {},
  ...children: (Node | string | null | undefined)[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    node.setAttribute(name, value);
  }
  for (const child of children) {
    if (child === null || child === undefined) continue;
    node.append(typeof child === 'string' ? document.createTextNode(child) : child);
  }
  return node;
}

export function clear(node: Node): void {
  while (node.firstChild) node.removeChild(node.firstChild);
}

/** The message of a failed call: the problem+json detail and violations when there are some. */
export async function problemOf(error: unknown): Promise<{ detail: string; violations: { field: string; message: string }[] }> {
  const response = (error as { response?: Response }).response;
  if (response) {
    const keyProblem = askForKey(response.status);
    if (keyProblem) return { detail: keyProblem, violations: [] };
    try {
      const body = await response.json();
      return {
        detail: String(body.detail ?? body.title ?? response.status),
        violations: Array.isArray(body.violations)
          ? body.violations.map((v: { field?: unknown; message?: unknown }) => ({ field: String(v.field ?? ''), message: String(v.message ?? '') }))
          : [],
      };
    } catch {
      return { detail: `HTTP ${response.status}`, violations: [] };
    }
  }
  return { detail: String((error as Error)?.message ?? error), violations: [] };
}
