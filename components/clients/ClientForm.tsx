import { useEffect, useId, useRef, useState } from 'preact/hooks';
import {
  ClientConflictError,
  ClientError,
  type ClientField,
  type FieldIssue,
  validateClientInput,
} from '../../lib/clients/model';
import { addClient, updateClient } from '../../lib/clients/repository';
import type { ClientRecord } from '../../lib/db';
import { appT } from '../../lib/i18n/app';
import { formatKbo, normaliseKboInput, parseKbo } from '../../lib/ids';
import { type AppText, useT } from '../ui/i18n';

export interface ClientFormProps {
  /** The client being edited; absent for a new one. */
  client?: ClientRecord;
  /** Prefill for a new client (e.g. the number typed in the search box). */
  initialKbo?: string;
  /** Looks up a listed client by 10-digit number, for the live "already listed" message. */
  lookup: (kbo: string) => ClientRecord | undefined;
  onSaved: (client: ClientRecord) => void;
  onCancel: () => void;
}

const FIELDS: ClientField[] = ['kbo', 'name', 'tags', 'notes', 'school'];

/** What the other window changed, in words: "naam (nu: Nieuw BV), notities". */
function changedFields({ t }: AppText, before: ClientRecord, now: ClientRecord): string {
  const changed: string[] = [];
  const field = (name: ClientField, value: string) => t('form.changedNow', { field: t(`field.${name}`), value });
  if (before.kbo !== now.kbo) changed.push(field('kbo', formatKbo(now.kbo)));
  if (before.name !== now.name) changed.push(field('name', now.name));
  if (before.tags.join(', ') !== now.tags.join(', '))
    changed.push(field('tags', now.tags.join(', ') || t('form.none')));
  if (before.notes !== now.notes) changed.push(t('field.notes'));
  if (before.school !== now.school) changed.push(field('school', now.school ? t('common.yes') : t('common.no')));
  return changed.join(', ');
}

/** Another window saved (`current`) or deleted (null) the client after this form was filled. */
interface Conflict {
  current: ClientRecord | null;
}

/**
 * Add or edit a client, validated while typing: an invalid number says why ("Ongeldig
 * ondernemingsnummer: …", Dutch / English) as soon as it is complete or the field is left, and a
 * refused save keeps everything typed (nothing is cleared on an error).
 *
 * Editing is optimistic: the save names the version the form was filled from, and when another
 * window saved or deleted the client meanwhile the form says so (Dutch first, focus on the
 * message, what changed there) and offers "Opnieuw laden" (show the stored version; what was
 * typed here is dropped, by choice) or "Toch opslaan" (write what was typed over that version).
 * Nothing is overwritten or lost without the person choosing it.
 *
 * @example
 * <ClientForm lookup={(kbo) => byKbo.get(kbo)} onSaved={close} onCancel={close} />
 */
export function ClientForm({ client, initialKbo, lookup, onSaved, onCancel }: ClientFormProps) {
  const id = useId();
  const text = useT();
  const { t, inLang } = text;
  // The version being edited: the client as the form was filled from it (moves on "Opnieuw laden").
  const [base, setBase] = useState<ClientRecord | undefined>(client);
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const [reloaded, setReloaded] = useState(false);
  const conflictRef = useRef<HTMLDivElement>(null);
  const reloadedRef = useRef<HTMLParagraphElement>(null);
  const [kbo, setKbo] = useState(client ? formatKbo(client.kbo) : (initialKbo ?? ''));
  const [name, setName] = useState(client?.name ?? '');
  const [tags, setTags] = useState(client?.tags.join(', ') ?? '');
  const [notes, setNotes] = useState(client?.notes ?? '');
  const [school, setSchool] = useState(client?.school ?? false);
  const [touched, setTouched] = useState<Partial<Record<ClientField, boolean>>>({});
  const [submitted, setSubmitted] = useState(false);
  const [saveIssues, setSaveIssues] = useState<FieldIssue[]>([]);
  const [saving, setSaving] = useState(false);
  const refs = {
    kbo: useRef<HTMLInputElement>(null),
    name: useRef<HTMLInputElement>(null),
    tags: useRef<HTMLInputElement>(null),
    notes: useRef<HTMLTextAreaElement>(null),
    school: useRef<HTMLInputElement>(null),
  };
  // A form that opens puts the focus on its first field (the opener gets it back on close).
  useEffect(() => {
    refs.kbo.current?.focus();
  }, []);

  const validation = validateClientInput({ kbo, name, tags, notes, school });
  const issues: FieldIssue[] = validation.ok ? [] : [...validation.issues];
  const typedKbo = parseKbo(kbo);
  if (typedKbo.ok) {
    // Checked as soon as the number is valid, whatever the other fields hold.
    const listed = lookup(typedKbo.value);
    if (listed && listed.kbo !== base?.kbo) {
      issues.push({
        field: 'kbo',
        message: {
          nl: appT('nl', 'form.alreadyListed', { name: listed.name }),
          en: appT('en', 'form.alreadyListed', { name: listed.name }),
        },
      });
    }
  }
  // A number is worth judging while typing once it has all its digits; before that only on leaving the field.
  const kboComplete = normaliseKboInput(kbo).replace(/\D/g, '').length >= 10;
  const judged = (field: ClientField) => submitted || touched[field] === true || (field === 'kbo' && kboComplete);
  const errorFor = (field: ClientField) => [
    ...(judged(field) ? issues.filter((issue) => issue.field === field) : []),
    ...saveIssues.filter((issue) => issue.field === field),
  ];
  const touch = (field: ClientField) => setTouched((previous) => ({ ...previous, [field]: true }));

  useEffect(() => {
    if (conflict) conflictRef.current?.focus();
  }, [conflict]);
  useEffect(() => {
    if (reloaded) reloadedRef.current?.focus();
  }, [reloaded]);

  /**
   * Saves what is typed. `over`: the version to write over — the one the form was filled from, or,
   * after "Toch opslaan", the one the other window saved (null: it was deleted, so add it again).
   */
  async function save(over: ClientRecord | null | undefined) {
    setSaving(true);
    setSaveIssues([]);
    setReloaded(false);
    try {
      const input = { kbo, name, tags, notes, school };
      const saved = over ? await updateClient(over.kbo, input, { updatedAt: over.updatedAt }) : await addClient(input);
      setConflict(null);
      onSaved(saved);
    } catch (error) {
      // Keep every field as typed: the person fixes one thing, not everything.
      if (error instanceof ClientConflictError) setConflict({ current: error.current });
      else if (error instanceof ClientError) setSaveIssues(error.issues);
      else
        setSaveIssues([
          {
            field: 'name',
            message: {
              nl: appT('nl', 'form.saveFailed', { error: String(error) }),
              en: appT('en', 'form.saveFailed', { error: String(error) }),
            },
          },
        ]);
    } finally {
      setSaving(false);
    }
  }

  async function submit(event: Event) {
    event.preventDefault();
    setSubmitted(true);
    setSaveIssues([]);
    if (issues.length > 0) {
      const first = FIELDS.find((field) => issues.some((issue) => issue.field === field));
      if (first) refs[first].current?.focus();
      return;
    }
    await save(base);
  }

  /** "Opnieuw laden": the form shows the version the other window saved; what was typed is dropped. */
  function reload(current: ClientRecord) {
    setBase(current);
    setKbo(formatKbo(current.kbo));
    setName(current.name);
    setTags(current.tags.join(', '));
    setNotes(current.notes);
    setSchool(current.school);
    setConflict(null);
    setSaveIssues([]);
    setReloaded(true);
  }

  const describedBy = (field: ClientField, hint?: boolean) =>
    [hint ? `${id}-${field}-hint` : '', errorFor(field).length ? `${id}-${field}-error` : '']
      .filter(Boolean)
      .join(' ') || undefined;
  const errors = (field: ClientField) =>
    errorFor(field).length > 0 ? (
      <p class="lg-error" id={`${id}-${field}-error`}>
        {errorFor(field)
          .map((issue) => inLang(issue.message))
          .join(' ')}
      </p>
    ) : null;
  const parsedKbo = typedKbo.ok ? typedKbo.value : null;

  return (
    <form
      class="lg-form"
      onSubmit={submit}
      noValidate
      aria-label={client ? t('form.editLabel', { name: client.name }) : t('clients.new')}
    >
      <div class="lg-field">
        <label for={`${id}-kbo`}>{t('form.kbo')}</label>
        <input
          id={`${id}-kbo`}
          ref={refs.kbo}
          type="text"
          inputMode="text"
          autoComplete="off"
          value={kbo}
          aria-invalid={errorFor('kbo').length > 0}
          aria-describedby={describedBy('kbo', true)}
          onInput={(event) => setKbo(event.currentTarget.value)}
          onBlur={() => touch('kbo')}
        />
        <span class="lg-hint" id={`${id}-kbo-hint`}>
          {t('form.kboHint')}
        </span>
        {errors('kbo')}
        {parsedKbo && errorFor('kbo').length === 0 && kboComplete ? (
          <p class="lg-ok">{t('form.valid', { kbo: formatKbo(parsedKbo) })}</p>
        ) : null}
      </div>
      <div class="lg-field">
        <label for={`${id}-name`}>{t('form.name')}</label>
        <input
          id={`${id}-name`}
          ref={refs.name}
          type="text"
          autoComplete="off"
          value={name}
          aria-invalid={errorFor('name').length > 0}
          aria-describedby={describedBy('name')}
          onInput={(event) => setName(event.currentTarget.value)}
          onBlur={() => touch('name')}
        />
        {errors('name')}
      </div>
      <div class="lg-field">
        <label for={`${id}-tags`}>{t('form.tags')}</label>
        <input
          id={`${id}-tags`}
          ref={refs.tags}
          type="text"
          autoComplete="off"
          value={tags}
          aria-invalid={errorFor('tags').length > 0}
          aria-describedby={describedBy('tags', true)}
          onInput={(event) => setTags(event.currentTarget.value)}
          onBlur={() => touch('tags')}
        />
        <span class="lg-hint" id={`${id}-tags-hint`}>
          {t('form.tagsHint')}
        </span>
        {errors('tags')}
      </div>
      <div class="lg-field">
        <label for={`${id}-notes`}>{t('form.notes')}</label>
        <textarea
          id={`${id}-notes`}
          ref={refs.notes}
          rows={3}
          value={notes}
          aria-invalid={errorFor('notes').length > 0}
          aria-describedby={describedBy('notes')}
          onInput={(event) => setNotes(event.currentTarget.value)}
          onBlur={() => touch('notes')}
        />
        {errors('notes')}
      </div>
      <div class="lg-field">
        <label>
          <input
            ref={refs.school}
            type="checkbox"
            checked={school}
            aria-describedby={`${id}-school-hint`}
            onChange={(event) => setSchool(event.currentTarget.checked)}
          />{' '}
          {t('form.school')}
        </label>
        <span class="lg-hint" id={`${id}-school-hint`}>
          {t('form.schoolHint')}
        </span>
      </div>
      {conflict ? (
        <div class="lg-warning" role="alert" tabIndex={-1} ref={conflictRef} aria-labelledby={`${id}-conflict`}>
          <p id={`${id}-conflict`}>
            <strong>{conflict.current ? t('form.conflictChanged') : t('form.conflictDeleted')}</strong>
          </p>
          {conflict.current && base ? (
            <p>
              {t('form.changedThere', { fields: changedFields(text, base, conflict.current) || t('form.usageData') })}
            </p>
          ) : null}
          <p class="lg-hint" id={`${id}-conflict-choice`}>
            {conflict.current ? t('form.choiceChanged') : t('form.choiceDeleted')}
          </p>
          <div class="lg-actions">
            {conflict.current ? (
              <button
                type="button"
                class="lg-button"
                aria-describedby={`${id}-conflict-choice`}
                onClick={() => conflict.current && reload(conflict.current)}
              >
                {t('form.reload')}
              </button>
            ) : null}
            <button
              type="button"
              class="lg-button lg-button--primary"
              disabled={saving}
              aria-describedby={`${id}-conflict-choice`}
              onClick={() => void save(conflict.current)}
            >
              {t('form.saveAnyway')}
            </button>
          </div>
        </div>
      ) : null}
      {reloaded ? (
        <p class="lg-ok" role="status" tabIndex={-1} ref={reloadedRef}>
          {t('form.reloaded')}
        </p>
      ) : null}
      <div class="lg-actions">
        <button type="submit" class="lg-button lg-button--primary" disabled={saving}>
          {client ? t('form.saveChanges') : t('form.add')}
        </button>
        <button type="button" class="lg-button" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
      {submitted && issues.length > 0 ? (
        <p class="lg-error" role="alert">
          {t('form.notSaved')}
        </p>
      ) : null}
    </form>
  );
}
