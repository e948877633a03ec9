/**
 * `wpd-renewals`: the renewal tasks on a company's Werkplek Duaal dashboard (seed 004 "TAKEN":
 * "Beslissen hernieuwing erkenning", "Erkenning: E/…", "Vestiging: …", "Opleiding: …",
 * "Dagen resterend: N"), shown in the card most urgent first with their deadline — the day seen
 * + N days — and handed to the background (`ctx.saveRenewals`, message `renewals.replace`),
 * which keeps them per organisation (the top line's KBO number, read by `wpd-header`) for the
 * popup's "Komende hernieuwingen" and the calendar file.
 *
 * Design note (2026-12): the tasks are read from the page's visible text, never from its markup
 * (the replicas' `plain` and `vl` markups differ; the real markup is unknown): every task starts
 * with its title and ends at its "Verdergaan" button or the next title; inside, a value runs from
 * its label ("Erkenning:", "Vestiging:", "Opleiding:", "Dagen resterend") to the next label, in
 * whatever order the portal puts them. A task without an erkenning number or a day count is left
 * out rather than guessed. A table with the labels as column headers is read row by row
 * (`readRenewalTables`: a redesign, written blind, showed the tasks so). The same list is sent once per page view (`ctx.ask` keeps the key),
 * and only with the top line's KBO number: without it, the card shows the tasks but keeps nothing.
 */
import { h } from 'preact';
import { z } from 'zod';
import { Renewals } from '../../../components/guide/Renewals';
import { addDays, byUrgency, daysBetween, localDay } from '../../renewals/dates';
import { RENEWAL_LIMITS, type RenewalItem, type RenewalTask } from '../../renewals/model';
import { withoutBidi } from '../../text';
import { displayText, type PageView } from '../dom';
import type { FeatureKind } from './types';
import { readAccountLine } from './wpd-header';

export const schema = () => z.object({ kind: z.literal('wpd-renewals') }).strict();

const TITLE = /beslissen\s+hernieuwing\s+(?:van\s+de\s+)?erkenning/gi;
const TASK_END = /\bverdergaan\b/i;
const LABEL = /\b(erkenning|vestiging|opleiding)\s*:|\b(?:dagen\s+resterend|resterende\s+dagen)\b\s*:?/gi;
const DAYS = /^[-−]?\d{1,5}\b/;
// A task is a few lines; a longer stretch after a title is the rest of the page.
const TASK_MAX = 600;

/** A value as shown, trimmed of separators, without bidi controls (they must not reach the card or the calendar), capped. */
function value(text: string | undefined, max: number): string {
  const clean = withoutBidi(text ?? '')
    .replace(/^[\s:|·,-]+|[\s|·,-]+$/g, '')
    .trim();
  return clean.length > max ? `${clean.slice(0, max - 1)}…` : clean;
}

/**
 * The renewal tasks in a dashboard's visible text, in the order shown.
 *
 * @example
 * parseRenewalTasks('Beslissen hernieuwing erkenning Erkenning: E/20170620/011723 Vestiging: Mega World Opleiding: Verkoper Dagen resterend: 148 Verdergaan')
 * // → [{ erkenning: 'E/20170620/011723', vestiging: 'Mega World', opleiding: 'Verkoper', daysLeft: 148 }]
 */
export function parseRenewalTasks(text: string): RenewalTask[] {
  const titles = [...text.matchAll(TITLE)];
  const tasks: RenewalTask[] = [];
  const seen = new Set<string>();
  titles.forEach((title, i) => {
    const start = title.index + title[0].length;
    let segment = text.slice(start, titles[i + 1]?.index ?? text.length).slice(0, TASK_MAX);
    const end = TASK_END.exec(segment);
    if (end) segment = segment.slice(0, end.index);
    const fields: Record<string, string> = {};
    const labels = [...segment.matchAll(LABEL)];
    labels.forEach((label, j) => {
      const name = (label[1] ?? 'dagen').toLowerCase();
      if (name in fields) return;
      fields[name] = segment.slice(label.index + label[0].length, labels[j + 1]?.index ?? segment.length);
    });
    const erkenning = /^\S+/.exec(value(fields.erkenning, RENEWAL_LIMITS.erkenning))?.[0]?.toUpperCase();
    const days = DAYS.exec(withoutBidi(fields.dagen ?? '').replace(/^[\s:]+/, ''))?.[0];
    if (!erkenning || days === undefined || seen.has(erkenning) || tasks.length >= RENEWAL_LIMITS.perOrganisation)
      return;
    seen.add(erkenning);
    tasks.push({
      erkenning,
      vestiging: value(fields.vestiging, RENEWAL_LIMITS.text),
      opleiding: value(fields.opleiding, RENEWAL_LIMITS.text),
      daysLeft: Number(days.replace('−', '-')),
    });
  });
  return tasks;
}

const COLUMN: Record<string, RegExp> = {
  erkenning: /^erkenning(?:snummer)?$/,
  vestiging: /^vestiging$/,
  opleiding: /^opleiding$/,
  dagen: /^(?:dagen resterend|resterende dagen)$/,
};

/**
 * The renewal tasks of a table whose column headers are the labels ("Erkenning", "Vestiging",
 * "Opleiding", "Dagen resterend"): a redesign may show the tasks as table rows, the labels once
 * at the top. A row is a task when it names "Beslissen hernieuwing erkenning".
 */
function readRenewalTables(view: PageView): RenewalTask[] {
  const tasks: RenewalTask[] = [];
  for (const table of view.queryAll('table')) {
    const rows = [...table.querySelectorAll('tr')];
    const header = rows.find(
      (row) => row.querySelector('th[scope="col"], thead th') || row.parentElement?.tagName === 'THEAD',
    );
    if (!header) continue;
    const columns = [...header.children].map((cell) => view.textOf(cell));
    const at = (name: string) => columns.findIndex((text) => COLUMN[name]?.test(text));
    const [erkenningAt, dagenAt] = [at('erkenning'), at('dagen')];
    if (erkenningAt < 0 || dagenAt < 0) continue;
    for (const row of rows) {
      if (row === header) continue;
      const cells = [...row.children].map((cell) => displayText(cell));
      if (!TITLE.test(cells.join(' '))) continue;
      TITLE.lastIndex = 0;
      const erkenning = /^\S+/.exec(value(cells[erkenningAt], RENEWAL_LIMITS.erkenning))?.[0]?.toUpperCase();
      const days = DAYS.exec(withoutBidi(cells[dagenAt] ?? '').trim())?.[0];
      if (!erkenning || days === undefined) continue;
      tasks.push({
        erkenning,
        vestiging: value(cells[at('vestiging')], RENEWAL_LIMITS.text),
        opleiding: value(cells[at('opleiding')], RENEWAL_LIMITS.text),
        daysLeft: Number(days.replace('−', '-')),
      });
    }
  }
  return tasks;
}

/**
 * The day each task, as shown, was first read in this document. A dashboard left open overnight
 * still says yesterday's "Dagen resterend": counted from today its deadline would move a day.
 */
const firstRead = new WeakMap<Document, Map<string, string>>();

function dayShown(doc: Document, task: RenewalTask, today: string): string {
  const days = firstRead.get(doc) ?? new Map<string, string>();
  firstRead.set(doc, days);
  const key = `${task.erkenning}|${task.daysLeft}`;
  const known = days.get(key);
  if (known) return known;
  if (days.size > 500) days.clear();
  days.set(key, today);
  return today;
}

/**
 * The renewal tasks on the page, each with its deadline (the day it was read + "Dagen
 * resterend"), most urgent first.
 *
 * @example
 * readRenewals(readPage(document), '2026-12-01') // → [{ erkenning: 'E/20170620/011723', daysLeft: 10, deadline: '2026-12-11', … }]
 */
export function readRenewals(view: PageView, today: string): (RenewalItem & { seenOn: string })[] {
  const root = view.doc.body ?? view.doc.documentElement;
  if (!root || !view.text.includes('hernieuwing')) return [];
  const tasks = parseRenewalTasks(displayText(root));
  const known = new Set(tasks.map((task) => task.erkenning));
  for (const task of readRenewalTables(view)) {
    if (known.has(task.erkenning) || tasks.length >= RENEWAL_LIMITS.perOrganisation) continue;
    known.add(task.erkenning);
    tasks.push(task);
  }
  return tasks
    .map((task) => {
      const seenOn = dayShown(view.doc, task, today);
      return { ...task, seenOn, deadline: addDays(seenOn, task.daysLeft) };
    })
    .sort(byUrgency);
}

export const wpdRenewals: FeatureKind = {
  onStep(_feature, ctx) {
    const today = localDay(ctx.now());
    const read = readRenewals(ctx.view, today);
    // Days left as of today (the page's count, unless it was read on an earlier day).
    const items = read.map(({ seenOn: _, ...item }) => ({ ...item, daysLeft: daysBetween(today, item.deadline) }));
    const line = readAccountLine(ctx.view);
    if (line && ctx.saveRenewals) {
      const seen = {
        kbo: line.kbo,
        organisation: value(line.organisation, RENEWAL_LIMITS.organisation) || line.kbo,
        // The day the dashboard was read: the earliest of its tasks as shown, or today.
        seenOn: read.reduce((day, task) => (task.seenOn < day ? task.seenOn : day), today),
        renewals: items.map(({ erkenning, vestiging, opleiding, deadline }) => ({
          erkenning,
          vestiging,
          opleiding,
          deadline,
        })),
      };
      // Once per list and page view: the same list seen again on the next round is not sent again.
      ctx.ask(`renewals|${JSON.stringify(seen)}`, () => {
        ctx.saveRenewals?.(seen);
        return true;
      });
    }
    return items.length > 0 ? { renewals: { items, organisation: line?.organisation } } : {};
  },
  Card: ({ view, lang }) => (view.renewals ? h(Renewals, { renewals: view.renewals, lang }) : null),
};
