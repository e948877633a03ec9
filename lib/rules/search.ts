/**
 * Plain-word task search for the task picker ("opleidingsverlof", "stemmen", "annulatie", "klant").
 * People type what they want to do, not our ids, with or without accents, in Dutch or English.
 *
 * Scoring, per query word, the best of: a whole word of a field (1), the start of a word (0.8),
 * inside a word (0.5, "verlof" in "opleidingsverlof"), one or two typos (0.4); times the field's
 * weight (label 3, keywords 2, other-language label 1.5, other-language keywords 1, id 1,
 * description 0.5). A task must match every word; when none does, tasks matching most words count.
 */
import { TASKS, type Task } from '../knowledge/index';
import { normaliseText } from '../text';
import { taskSummary } from './engine';
import { editDistance } from './suggest';
import type { Lang, TaskSummary } from './types';

/** Lower case, no accents, words only: "Terugbetaling Opleidingsverlof (VOV)" → "terugbetaling opleidingsverlof vov". */
export const normalizeText = normaliseText;

// Words that say nothing about the task ("ik wil een …", "I want to …").
const STOPWORDS = new Set([
  'ik',
  'wil',
  'wilt',
  'een',
  'de',
  'het',
  'van',
  'voor',
  'mijn',
  'om',
  'te',
  'en',
  'in',
  'op',
  'met',
  'hoe',
  'kan',
  'i',
  'want',
  'to',
  'a',
  'an',
  'the',
  'of',
  'for',
  'my',
  'how',
  'can',
  'do',
  'and',
]);

interface Field {
  weight: number;
  words: string[];
}

function field(weight: number, parts: readonly string[]): Field {
  return { weight, words: normalizeText(parts.join(' ')).split(' ').filter(Boolean) };
}

const INDEX = new Map<Lang, { task: Task; fields: Field[] }[]>();
function indexFor(lang: Lang) {
  let index = INDEX.get(lang);
  if (!index) {
    const other: Lang = lang === 'nl' ? 'en' : 'nl';
    index = TASKS.map((task) => ({
      task,
      fields: [
        field(3, [task.label[lang]]),
        field(2, task.keywords[lang]),
        field(1.5, [task.label[other]]),
        field(1, task.keywords[other]),
        field(1, [task.id.replace(/[.-]/g, ' ')]),
        field(0.5, [task.description[lang], task.description[other]]),
      ],
    }));
    INDEX.set(lang, index);
  }
  return index;
}

function matchQuality(token: string, f: Field, fuzzy: boolean): number {
  let best = 0;
  for (const word of f.words) {
    if (word === token) return 1;
    if (word.startsWith(token)) best = Math.max(best, 0.8);
    else if (token.length >= 3 && word.includes(token)) best = Math.max(best, 0.5);
    else if (fuzzy && best < 0.4 && token.length >= 4) {
      const allowed = token.length >= 8 ? 2 : 1;
      if (Math.abs(word.length - token.length) <= allowed && editDistance(token, word) <= allowed) best = 0.4;
    }
  }
  return best;
}

/**
 * Tasks matching a plain-word query, best first (ties in knowledge-base order). Accent- and
 * case-insensitive; searches labels and keywords in both languages, preferring `lang` (default
 * 'nl'). Every word must match unless no task matches them all, in which case the tasks matching
 * the most words are returned. An empty query returns every task.
 *
 * @example
 * searchTasks('opleidingsverlof')[0]?.id; // 'wse.vov.terugbetaling'
 * searchTasks('stemmen')[0]?.id; // 'wpd.sp.stem-registreren'
 */
export function searchTasks(query: string, lang: Lang = 'nl'): TaskSummary[] {
  const all = normalizeText(query).split(' ').filter(Boolean);
  const tokens = all.filter((t) => !STOPWORDS.has(t));
  const words = tokens.length > 0 ? tokens : all;
  if (words.length === 0) return TASKS.map(taskSummary);

  const index = indexFor(lang);
  // Typos are tried only for a word that matches nowhere as written: edit distances are the slow part.
  const score = (token: string, fields: Field[], fuzzy: boolean) => {
    let best = 0;
    for (const f of fields) best = Math.max(best, matchQuality(token, f, fuzzy) * f.weight);
    return best;
  };
  const fuzzy = new Set(words.filter((token) => !index.some(({ fields }) => score(token, fields, false) > 0)));
  const scored = index.map(({ task, fields }, order) => {
    let total = 0;
    let matched = 0;
    for (const token of words) {
      const best = score(token, fields, fuzzy.has(token));
      if (best > 0) matched++;
      total += best;
    }
    return { task, score: total, matched, order };
  });
  const full = scored.filter((s) => s.matched === words.length);
  const most = Math.max(0, ...scored.map((s) => s.matched));
  const hits = full.length > 0 ? full : most > 0 ? scored.filter((s) => s.matched === most) : [];
  return hits.sort((a, b) => b.score - a.score || a.order - b.order).map((s) => taskSummary(s.task));
}
