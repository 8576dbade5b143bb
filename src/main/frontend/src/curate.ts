// The curation page (/curate): list and filter events, read one with its sources highlighted in
// their articles, edit, approve or reject it, and see where its sources disagree.
import {
  Configuration,
  DocumentsApi,
  EventFromJSON,
  EventsApi,
} from 'factcheck-client';
import type { Event, EventStatus, EventType, StoredDocument } from 'factcheck-client';
import { apiKey, keyField } from './apikey';
import { clear, el, problemOf } from './text';

// The key is read for every request, so a key entered after the page loaded is used at once.
const config = new Configuration({
  basePath: location.origin,
  middleware: [
    {
      pre: async (context) => {
        const key = apiKey();
        if (key) context.init.headers = { ...(context.init.headers as Record<string, string>), 'X-API-Key': key };
        return context;
      },
    },
  ],
});
const events = new EventsApi(config);
const documentsApi = new DocumentsApi(config);
const documents = new Map<string, Promise<StoredDocument>>();

const $ = <T extends HTMLElement>(selector: string): T => document.querySelector<T>(selector)!;

function day(date: Date | undefined): string {
  return date ? date.toISOString().slice(0, 10) : '';
}

function dateText(event: Event): string {
  if (!event.date) return 'undated';
  const start = day(event.date.start);
  const end = day(event.date.end);
  return end && end !== start ? `${start} – ${end}` : start;
}

function documentOf(id: string): Promise<StoredDocument> {
  let doc = documents.get(id);
  if (!doc) {
    doc = documentsApi.getDocument({ id });
    documents.set(id, doc);
  }
  return doc;
}

async function list(): Promise<void> {
  const form = $<HTMLFormElement>('#filters');
  const data = new FormData(form);
  const value = (name: string) => (String(data.get(name) ?? '').trim() || undefined);
  const status = $('#list-status');
  const body = $('#events tbody');
  status.textContent = 'Loading…';
  try {
    const found = await events.listEvents({
      participant: value('participant'),
      from: value('from'),
      to: value('to'),
      type: value('type') as EventType | undefined,
      status: value('status') as EventStatus | undefined,
    });
    clear(body);
    for (const event of found) {
      const open = el('button', { type: 'button', class: 'link', 'data-event': String(event.id) }, `#${event.id}`);
      open.addEventListener('click', () => void show(event.id));
      body.append(
        el(
          'tr',
          { 'data-event-row': String(event.id) },
          el('td', {}, open),
          el('td', {}, dateText(event)),
          el('td', {}, String(event.type)),
          el('td', {}, event.participants.map((p) => p.name).join(', ')),
          el('td', {}, event.places.join(', ')),
          el('td', { class: `status-${String(event.status).toLowerCase()}` }, String(event.status)),
        ),
      );
    }
    status.textContent = `${found.length} event${found.length === 1 ? '' : 's'}`;
  } catch (error) {
    const problem = await problemOf(error);
    status.textContent = `Could not list events: ${problem.detail}`;
  }
}

let current: Event | null = null;

async function show(id: number): Promise<void> {
  const detail = $('#detail');
  detail.hidden = false;
  const response = await events.getEventRaw({ id });
  // Read the JSON as sent, so that fields this page does not model (conflicts) are kept.
  const json = await response.raw.json();
  const event = EventFromJSON(json);
  current = event;
  $('#detail-title').textContent = `Event #${event.id}: ${String(event.status)}, version ${event.version}`;
  $('#detail-summary').textContent = event.summary ?? '';
  fillForm(event);
  clearErrors();
  $('#detail-message').textContent = '';
  renderConflicts(json.conflicts);
  await renderSources(event);
  $<HTMLHeadingElement>('#detail-title').focus();
}

function fillForm(event: Event): void {
  const form = $<HTMLFormElement>('#edit');
  const set = (name: string, value: string) => {
    (form.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement).value = value;
  };
  set('type', String(event.type));
  set('mode', event.mode ? String(event.mode) : '');
  set('start', day(event.date?.start));
  set('end', day(event.date?.end));
  set('precision', event.date ? String(event.date.precision) : 'DAY');
  set('participants', event.participants.map((p) => p.id).join(', '));
  set('places', event.places.join(', '));
  set('summary', event.summary ?? '');
}

function clearErrors(): void {
  document.querySelectorAll<HTMLElement>('[data-error-for]').forEach((slot) => {
    slot.textContent = '';
    slot.hidden = true;
  });
  document.querySelectorAll('[aria-invalid]').forEach((input) => input.removeAttribute('aria-invalid'));
}

/** Shows each violation next to the field it names (`date.start`, `participants[0]`...). */
function showErrors(violations: { field: string; message: string }[], detail: string): void {
  clearErrors();
  const general: string[] = [];
  for (const violation of violations) {
    const candidates = [violation.field, violation.field.replace(/\[.*$/, ''), violation.field.replace(/[.[].*$/, '')];
    const slot = candidates
      .map((name) => document.querySelector<HTMLElement>(`[data-error-for="${CSS.escape(name)}"]`))
      .find((found) => found !== null);
    if (slot) {
      slot.textContent = `${violation.field} ${violation.message}`;
      slot.hidden = false;
      const input = document.getElementById(slot.getAttribute('data-error-input') ?? '');
      input?.setAttribute('aria-invalid', 'true');
    } else {
      general.push(`${violation.field} ${violation.message}`);
    }
  }
  $('#detail-message').textContent = [detail, ...general].join(' ');
}

function split(text: string): string[] {
  return text.split(',').map((part) => part.trim()).filter(Boolean);
}

function parseDay(text: string): Date | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return null;
  const date = new Date(`${text}T00:00:00Z`);
  return Number.isNaN(date.getTime()) || day(date) !== text ? null : date;
}

async function save(): Promise<void> {
  if (!current) return;
  const form = new FormData($<HTMLFormElement>('#edit'));
  const field = (name: string) => String(form.get(name) ?? '').trim();
  const local: { field: string; message: string }[] = [];
  const start = field('start') ? parseDay(field('start')) : null;
  const end = field('end') ? parseDay(field('end')) : null;
  if (field('start') && !start) local.push({ field: 'date.start', message: 'must be a day such as 2020-09-14' });
  if (field('end') && !end) local.push({ field: 'date.end', message: 'must be a day such as 2020-09-14' });
  if (local.length > 0) {
    showErrors(local, 'Fix the marked fields.');
    return;
  }
  try {
    await events.updateEvent({
      id: current.id,
      eventUpdate: {
        type: field('type') as EventType,
        mode: (field('mode') || undefined) as Event['mode'],
        date: start ? { start, end: end ?? undefined, precision: field('precision') as never } : undefined,
        participants: split(field('participants')),
        places: split(field('places')),
        counts: current.counts,
        summary: field('summary') || undefined,
        uncertain: current.uncertain,
        sources: current.sources.map((s) => ({ documentId: s.documentId, start: s.start, end: s.end })),
        version: current.version,
      },
    });
    await show(current.id);
    $('#detail-message').textContent = 'Saved.';
    void list();
  } catch (error) {
    const problem = await problemOf(error);
    showErrors(problem.violations, problem.detail);
  }
}

async function decide(decision: 'approve' | 'reject'): Promise<void> {
  if (!current) return;
  try {
    const request = { id: current.id, version: current.version };
    await (decision === 'approve' ? events.approveEvent(request) : events.rejectEvent(request));
    await show(current.id);
    $('#detail-message').textContent = decision === 'approve' ? 'Approved: checks use it.' : 'Rejected: checks ignore it.';
    void list();
  } catch (error) {
    const problem = await problemOf(error);
    showErrors(problem.violations, problem.detail);
  }
}

/** Whatever the event's `conflicts` hold, shown as text: a slot and the values sources give. */
function renderConflicts(conflicts: unknown): void {
  const section = $('#conflicts');
  const body = $('#conflicts-body');
  clear(body);
  if (!Array.isArray(conflicts) || conflicts.length === 0) {
    section.hidden = true;
    return;
  }
  section.hidden = false;
  for (const conflict of conflicts) {
    const item = el('li', {});
    if (conflict && typeof conflict === 'object') {
      const { slot, ...rest } = conflict as Record<string, unknown>;
      if (slot !== undefined) item.append(el('strong', {}, String(slot)));
      const details = el('dl', {});
      for (const [name, value] of Object.entries(rest)) {
        const values = Array.isArray(value) ? value : [value];
        details.append(el('dt', {}, name));
        for (const one of values) {
          details.append(el('dd', {}, typeof one === 'string' ? one : JSON.stringify(one)));
        }
      }
      item.append(details);
    } else {
      item.append(String(conflict));
    }
    body.append(item);
  }
}

async function renderSources(event: Event): Promise<void> {
  const container = $('#sources');
  clear(container);
  for (const [i, source] of event.sources.entries()) {
    const column = el('section', { class: 'source', 'aria-label': `Source ${i + 1}` });
    container.append(column);
    try {
      const doc = await documentOf(source.documentId);
      column.append(
        el('h4', {}, doc.title ?? doc.id),
        el('p', { class: 'meta' }, [doc.source, doc.published, doc.id].filter(Boolean).join(' · ')),
        el('blockquote', { class: 'quote' }, source.quote ?? doc.text.slice(source.start, source.end)),
      );
      const mark = el('mark', { class: 'provenance' }, doc.text.slice(source.start, source.end));
      const article = el('div', { class: 'article', tabindex: '0', 'aria-label': 'Article text' },
        doc.text.slice(0, source.start), mark, doc.text.slice(source.end));
      column.append(article);
      article.scrollTop = Math.max(0, mark.offsetTop - article.offsetTop - 40);
    } catch (error) {
      column.append(el('p', { class: 'error' }, `Article ${source.documentId}: ${(await problemOf(error)).detail}`));
    }
  }
}

$<HTMLFormElement>('#filters').addEventListener('submit', (e) => {
  e.preventDefault();
  void list();
});
$<HTMLFormElement>('#edit').addEventListener('submit', (e) => {
  e.preventDefault();
  void save();
});
$('#approve').addEventListener('click', () => void decide('approve'));
$('#reject').addEventListener('click', () => void decide('reject'));
keyField(() => void list());
void list();
