// factcheck's CMS plugin: add <script src="https://factcheck.example/plugin/factcheck.js"></script>
// and mark a textarea or contenteditable element with data-factcheck (attributes in README.md).
import { ChecksApi, Configuration, DocumentsApi, TextFormat } from 'factcheck-client';
import type { Finding, StoredDocument } from 'factcheck-client';
import { clear, el } from './text';

const SCRIPT = document.currentScript as HTMLScriptElement | null;
const SCRIPT_ORIGIN = SCRIPT?.src ? new URL(SCRIPT.src, location.href).origin : location.origin;
const DEFAULT_DELAY_MS = 600;

type State = 'idle' | 'checking' | 'done' | 'error';

/** Where the draft lives: a textarea (marks drawn on a mirror behind it) or contenteditable. */
interface Surface {
  text(): string;
  render(findings: Finding[]): void;
  findingAt(x: number, y: number): number;
  caretOffset(): number | null;
  replace(start: number, end: number, text: string): void;
  rectOf(index: number): DOMRect | null;
  select(start: number, end: number): void;
  anchor(): HTMLElement;
}

function verdictClass(f: Finding): string {
  return `fc-${String(f.verdict).toLowerCase()}`;
}

class TextareaSurface implements Surface {
  private readonly mirror: HTMLDivElement;
  private readonly wrapper: HTMLDivElement;
  private marks: HTMLElement[] = [];

  constructor(private readonly area: HTMLTextAreaElement) {
    this.wrapper = el('div', { class: 'fc-wrapper' });
    this.mirror = el('div', { class: 'fc-mirror', 'aria-hidden': 'true' });
    area.parentNode!.insertBefore(this.wrapper, area);
    this.wrapper.append(this.mirror, area);
    area.classList.add('fc-area');
    area.addEventListener('scroll', () => this.syncScroll());
    new ResizeObserver(() => this.syncStyle()).observe(area);
    this.syncStyle();
  }

  anchor(): HTMLElement {
    return this.wrapper;
  }

  text(): string {
    return this.area.value;
  }

  private syncStyle(): void {
    const style = getComputedStyle(this.area);
    for (const name of [
      'fontFamily', 'fontSize', 'fontWeight', 'lineHeight', 'letterSpacing', 'wordSpacing',
      'paddingTop', 'paddingRight', 'paddingBottom', 'paddingLeft', 'borderTopWidth',
      'borderRightWidth', 'borderBottomWidth', 'borderLeftWidth', 'boxSizing', 'textIndent',
      'tabSize', 'textTransform',
    ] as const) {
      (this.mirror.style as unknown as Record<string, string>)[name] = style[name] as string;
    }
    this.mirror.style.width = `${this.area.offsetWidth}px`;
    this.mirror.style.height = `${this.area.offsetHeight}px`;
    this.syncScroll();
  }

  private syncScroll(): void {
    this.mirror.scrollTop = this.area.scrollTop;
    this.mirror.scrollLeft = this.area.scrollLeft;
  }

  render(findings: Finding[]): void {
    const text = this.area.value;
    clear(this.mirror);
    this.marks = [];
    let at = 0;
    findings.forEach((f, i) => {
      if (f.start < at) return; // findings never cross; be safe all the same
      this.mirror.append(text.slice(at, f.start));
      const mark = el('span', { class: `fc-mark ${verdictClass(f)}`, 'data-index': String(i) }, text.slice(f.start, f.end));
      this.marks[i] = mark;
      this.mirror.append(mark);
      at = f.end;
    });
    // A trailing newline needs something after it to take up its line, as in the textarea.
    this.mirror.append(text.slice(at) + '\u200b');
    this.syncStyle();
  }

  findingAt(x: number, y: number): number {
    for (const [i, mark] of this.marks.entries()) {
      if (!mark) continue;
      for (const r of Array.from(mark.getClientRects())) {
        if (x >= r.left && x <= r.right && y >= r.top && y <= r.bottom) return i;
      }
    }
    return -1;
  }

  caretOffset(): number | null {
    return document.activeElement === this.area ? this.area.selectionStart : null;
  }

  replace(start: number, end: number, text: string): void {
    this.area.focus();
    this.area.setSelectionRange(start, end);
    // execCommand keeps the browser's undo history; setRangeText is the fallback.
    if (!document.execCommand('insertText', false, text)) {
      this.area.setRangeText(text, start, end, 'end');
      this.area.dispatchEvent(new Event('input', { bubbles: true }));
    }
  }

  rectOf(index: number): DOMRect | null {
    return this.marks[index]?.getBoundingClientRect() ?? null;
  }

  select(start: number, end: number): void {
    this.area.focus();
    this.area.setSelectionRange(start, end);
  }
}

class EditableSurface implements Surface {
  private ranges: (Range | null)[] = [];

  constructor(private readonly root: HTMLElement) {}

  anchor(): HTMLElement {
    return this.root;
  }

  text(): string {
    return this.root.textContent ?? '';
  }

  private point(offset: number): [Node, number] {
    const walker = document.createTreeWalker(this.root, NodeFilter.SHOW_TEXT);
    let seen = 0;
    let last: Text | null = null;
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      const length = node.data.length;
      if (offset <= seen + length) return [node, offset - seen];
      seen += length;
      last = node;
    }
    return last ? [last, last.data.length] : [this.root, 0];
  }

  private range(start: number, end: number): Range {
    const range = document.createRange();
    range.setStart(...this.point(start));
    range.setEnd(...this.point(end));
    return range;
  }

  render(findings: Finding[]): void {
    this.ranges = findings.map((f) => this.range(f.start, f.end));
    const registry = (CSS as unknown as { highlights?: Map<string, unknown> }).highlights;
    const HighlightClass = (window as unknown as { Highlight?: new (...r: Range[]) => unknown }).Highlight;
    if (!registry || !HighlightClass) return;
    for (const verdict of ['contradicted', 'unverified', 'supported']) {
      const ranges = findings
        .map((f, i) => (String(f.verdict).toLowerCase() === verdict ? this.ranges[i] : null))
        .filter((r): r is Range => r !== null);
      registry.set(`fc-${verdict}`, new HighlightClass(...ranges));
    }
  }

  findingAt(x: number, y: number): number {
    for (const [i, range] of this.ranges.entries()) {
      for (const r of Array.from(range?.getClientRects() ?? [])) {
        if (x >= r.left && x <= r.right && y >= r.top && y <= r.bottom) return i;
      }
    }
    return -1;
  }

  caretOffset(): number | null {
    const selection = getSelection();
    if (!selection || selection.rangeCount === 0 || !this.root.contains(selection.anchorNode)) return null;
    const before = document.createRange();
    before.setStart(this.root, 0);
    before.setEnd(selection.anchorNode!, selection.anchorOffset);
    return before.toString().length;
  }

  replace(start: number, end: number, text: string): void {
    this.select(start, end);
    if (!document.execCommand('insertText', false, text)) {
      const range = this.range(start, end);
      range.deleteContents();
      range.insertNode(document.createTextNode(text));
      this.root.normalize();
      this.root.dispatchEvent(new Event('input', { bubbles: true }));
    }
  }

  rectOf(index: number): DOMRect | null {
    return this.ranges[index]?.getBoundingClientRect() ?? null;
  }

  select(start: number, end: number): void {
    this.root.focus();
    const selection = getSelection();
    selection?.removeAllRanges();
    selection?.addRange(this.range(start, end));
  }
}

const documents = new Map<string, Promise<StoredDocument | null>>();

class FactCheck {
  private readonly surface: Surface;
  private readonly card: HTMLDivElement;
  private findings: Finding[] = [];
  private readonly dismissed = new Set<string>();
  private timer: number | undefined;
  private sequence = 0;
  private inflight: AbortController | null = null;
  private active = -1;

  constructor(private readonly target: HTMLElement) {
    this.surface =
      target instanceof HTMLTextAreaElement ? new TextareaSurface(target) : new EditableSurface(target);
    this.card = el('div', { class: 'fc-card', role: 'dialog', 'aria-label': 'Fact check', hidden: '' });
    this.surface.anchor().insertAdjacentElement('afterend', this.card);
    target.addEventListener('input', () => this.schedule());
    target.addEventListener('mousemove', (e) => this.hover(e.clientX, e.clientY));
    target.addEventListener('mouseleave', () => this.maybeHide());
    for (const type of ['keyup', 'click', 'focus']) {
      target.addEventListener(type, () => this.followCaret());
    }
    target.addEventListener('keydown', (e) => this.key(e));
    this.card.addEventListener('keydown', (e) => {
      if (e.key === 'Escape') {
        this.hide();
        target.focus();
      }
    });
    this.state('idle');
    if (this.surface.text().trim()) this.schedule(0);
  }

  private attr(name: string): string | null {
    return this.target.getAttribute(`data-factcheck-${name}`);
  }

  private config(): Configuration {
    const key = this.attr('key');
    return new Configuration({
      basePath: (this.attr('url') || SCRIPT_ORIGIN).replace(/\/$/, ''),
      headers: key ? { 'X-API-Key': key } : {},
    });
  }

  private state(state: State, detail = ''): void {
    this.target.setAttribute('data-factcheck-state', state);
    const status = this.lookup('status');
    if (status) {
      status.textContent =
        state === 'checking' ? 'Checking…'
        : state === 'error' ? `Check failed: ${detail}`
        : state === 'done' ? summary(this.findings)
        : '';
    }
  }

  private lookup(name: string): HTMLElement | null {
    const selector = this.attr(name);
    return selector ? document.querySelector<HTMLElement>(selector) : null;
  }

  /** Checks once typing has paused; a later check supersedes an earlier one still running. */
  schedule(delay = Number(this.attr('delay') ?? DEFAULT_DELAY_MS)): void {
    // The shown findings are stale from the first keystroke: say a check is on its way.
    this.state('checking');
    window.clearTimeout(this.timer);
    this.timer = window.setTimeout(() => void this.check(), delay);
  }

  async check(): Promise<void> {
    const text = this.surface.text();
    const sequence = ++this.sequence;
    this.inflight?.abort();
    const controller = new AbortController();
    this.inflight = controller;
    if (!text.trim()) {
      this.show([]);
      this.state('done');
      return;
    }
    this.state('checking');
    try {
      const format = this.target instanceof HTMLTextAreaElement ? this.attr('format') : null;
      const published = this.attr('published') || undefined;
      const response = await new ChecksApi(this.config()).checkDraft(
        {
          checkRequest: {
            text,
            published,
            format: format ? (format as TextFormat) : undefined,
          },
        },
        { signal: controller.signal },
      );
      // A response to a draft that has changed since is stale: its offsets no longer fit.
      if (sequence !== this.sequence || text !== this.surface.text()) return;
      this.show(response.findings.filter((f) => !this.dismissed.has(keyOf(f, text))));
      this.state('done');
    } catch (error) {
      if (controller.signal.aborted || sequence !== this.sequence) return;
      this.state('error', await failureOf(error));
    }
  }

  private show(findings: Finding[]): void {
    this.findings = [...findings].sort((a, b) => a.start - b.start || a.end - b.end);
    this.surface.render(this.findings);
    this.renderList();
    this.hide();
  }

  private renderList(): void {
    const list = this.lookup('list');
    if (!list) return;
    clear(list);
    const text = this.surface.text();
    const items = el('ol', { class: 'fc-list' });
    this.findings.forEach((f, i) => {
      const button = el(
        'button',
        { type: 'button', class: `fc-item ${verdictClass(f)}`, 'data-index': String(i) },
        el('span', { class: 'fc-verdict' }, label(f)),
        ' ',
        el('q', {}, text.slice(f.start, f.end)),
        ' ',
        el('span', { class: 'fc-item-message' }, f.message),
      );
      button.addEventListener('focus', () => this.open(i, false));
      button.addEventListener('click', () => {
        this.surface.select(f.start, f.end);
        this.open(i, true);
      });
      items.append(el('li', {}, button));
    });
    if (this.findings.length === 0) {
      items.append(el('li', { class: 'fc-empty' }, 'No findings.'));
    }
    list.append(items);
  }

  private hover(x: number, y: number): void {
    const index = this.surface.findingAt(x, y);
    if (index >= 0) this.open(index, false);
    else this.maybeHide();
  }

  private followCaret(): void {
    const caret = this.surface.caretOffset();
    if (caret === null) return;
    const index = this.findings.findIndex((f) => caret >= f.start && caret <= f.end);
    if (index >= 0) this.open(index, false);
    else if (!this.card.contains(document.activeElement)) this.hide();
  }

  private key(e: KeyboardEvent): void {
    // Alt+Enter on a flagged value moves to its card, whose buttons fix or dismiss it.
    if (e.key === 'Enter' && e.altKey && this.active >= 0) {
      e.preventDefault();
      this.card.querySelector<HTMLButtonElement>('button')?.focus();
    } else if (e.key === 'Escape') {
      this.hide();
    }
  }

  private maybeHide(): void {
    if (this.card.contains(document.activeElement) || this.card.matches(':hover')) return;
    const caret = this.surface.caretOffset();
    if (caret !== null && this.findings.some((f) => caret >= f.start && caret <= f.end)) return;
    this.hide();
  }

  private hide(): void {
    this.active = -1;
    this.card.hidden = true;
  }

  private open(index: number, focus: boolean): void {
    const f = this.findings[index];
    if (!f) return;
    if (this.active !== index) {
      this.active = index;
      this.fillCard(f);
    }
    this.card.hidden = false;
    this.place(index);
    if (focus) this.card.querySelector<HTMLButtonElement>('button')?.focus();
  }

  private place(index: number): void {
    const rect = this.surface.rectOf(index);
    const parent = (this.card.offsetParent as HTMLElement | null) ?? document.body;
    const origin = parent.getBoundingClientRect();
    if (!rect) return;
    this.card.style.top = `${rect.bottom - origin.top + parent.scrollTop + 6}px`;
    this.card.style.left = `${Math.max(0, rect.left - origin.left + parent.scrollLeft)}px`;
  }

  private fillCard(f: Finding): void {
    clear(this.card);
    const text = this.surface.text();
    this.card.className = `fc-card ${verdictClass(f)}`;
    this.card.append(
      el('p', { class: 'fc-card-verdict' }, label(f)),
      el('p', { class: 'fc-card-message' }, f.message),
    );
    const actions = el('div', { class: 'fc-actions' });
    if (f.suggestion && String(f.verdict) === 'CONTRADICTED') {
      const apply = el('button', { type: 'button', class: 'fc-apply' }, 'Replace with ', el('q', {}, f.suggestion));
      apply.addEventListener('click', () => this.apply(f));
      actions.append(apply);
    }
    const dismiss = el('button', { type: 'button', class: 'fc-dismiss' }, 'Dismiss');
    dismiss.addEventListener('click', () => {
      this.dismissed.add(keyOf(f, text));
      this.show(this.findings.filter((g) => g !== f));
      this.target.focus();
    });
    actions.append(dismiss);
    for (const evidence of f.evidence.slice(0, 3)) {
      const cite = el('cite', { class: 'fc-source' }, 'Loading source…');
      this.card.append(el('figure', { class: 'fc-evidence' }, el('blockquote', {}, evidence.quote), el('figcaption', {}, cite)));
      void this.documentOf(evidence.documentId).then((doc) => {
        cite.textContent = doc
          ? [doc.title, doc.source, doc.published].filter(Boolean).join(' · ')
          : `Article ${evidence.documentId}`;
      });
    }
    this.card.append(actions);
  }

  private documentOf(id: string): Promise<StoredDocument | null> {
    let doc = documents.get(id);
    if (!doc) {
      doc = new DocumentsApi(this.config()).getDocument({ id }).catch(() => null);
      documents.set(id, doc);
    }
    return doc;
  }

  private apply(f: Finding): void {
    const suggestion = f.suggestion!;
    const delta = suggestion.length - (f.end - f.start);
    // Shift the other findings at once; the check that follows the edit confirms them.
    const rest = this.findings
      .filter((g) => g !== f)
      .map((g) => (g.start >= f.end ? { ...g, start: g.start + delta, end: g.end + delta } : g));
    this.surface.replace(f.start, f.end, suggestion);
    this.show(rest);
    this.schedule(0);
  }
}

function keyOf(f: Finding, text: string): string {
  return [f.verdict, f.kind, text.slice(f.start, f.end), f.message].join('\u0000');
}

function label(f: Finding): string {
  const kind = String(f.kind).toLowerCase();
  switch (String(f.verdict)) {
    case 'CONTRADICTED':
      return `Wrong ${kind}?`;
    case 'SUPPORTED':
      return `Confirmed ${kind}`;
    default:
      return `Unverified ${kind}`;
  }
}

function summary(findings: Finding[]): string {
  const wrong = findings.filter((f) => String(f.verdict) === 'CONTRADICTED').length;
  const confirmed = findings.filter((f) => String(f.verdict) === 'SUPPORTED').length;
  return `${wrong} to fix, ${confirmed} confirmed, ${findings.length - wrong - confirmed} unverified`;
}

const attached = new WeakMap<HTMLElement, FactCheck>();

function attach(target: HTMLElement): FactCheck {
  let checker = attached.get(target);
  if (!checker) {
    checker = new FactCheck(target);
    attached.set(target, checker);
  }
  return checker;
}

function addStyles(): void {
  if (document.querySelector('link[data-factcheck-styles]')) return;
  document.head.append(el('link', { rel: 'stylesheet', href: `${SCRIPT_ORIGIN}/plugin/factcheck.css`, 'data-factcheck-styles': '' }));
}

function attachAll(): void {
  addStyles();
  document.querySelectorAll<HTMLElement>('[data-factcheck]').forEach((target) => attach(target));
}

(window as unknown as { FactCheck: unknown }).FactCheck = { attach, attachAll };
if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', attachAll);
else attachAll();

/** Why a check failed, in words an editor can act on. */
async function failureOf(error: unknown): Promise<string> {
  const response = (error as { response?: Response }).response;
  if (!response) return String((error as Error)?.message ?? error);
  if (response.status === 401) return 'the service needs an API key (data-factcheck-key)';
  if (response.status === 403) return 'this API key may not check drafts';
  try {
    const problem = await response.json();
    return String(problem.detail ?? problem.title ?? `HTTP ${response.status}`);
  } catch {
    return `HTTP ${response.status}`;
  }
}
