/**
 * The client list (issue 3): repository, search, import and export; backup and restore (issue 12). See each module's design note.
 *
 * @example
 * import { addClient, ClientSearchIndex, listClients } from '../lib/clients';
 * await addClient({ kbo: '0417.390.703', name: 'AB InBev' });
 * const { clients, activeKbo } = await listClients();
 * new ClientSearchIndex(clients, activeKbo).search('inbev');
 */
export {
  BACKUP_FORMAT,
  BACKUP_REMINDER_DAYS,
  BACKUP_VERSION,
  type BackupParse,
  type BackupProblem,
  backupReminder,
  createBackup,
  type ParsedBackup,
  parseBackup,
  planRestore,
  type RestorePlan,
  recordBackupMade,
  restoreBackup,
} from './backup';
export { decodeCsvBytes, detectDelimiter, parseCsv, toCsv, toExcelCsv } from './csv';
export { exportClientsCsv, exportClientsJson, exportFileName } from './export';
export { clientHandlers, createClientHandlers, createIndexCache } from './handlers';
export {
  type DuplicatePolicy,
  type DuplicateRow,
  type ImportCandidate,
  type ImportConflict,
  type ImportOutcome,
  type ImportPreview,
  type ImportProgress,
  type InvalidRow,
  type ParsedImport,
  parseImport,
  planImportRow,
  previewImport,
  type RecodedRow,
} from './import';
export {
  ClientConflictError,
  ClientError,
  type ClientFields,
  type ClientInput,
  type FieldIssue,
  kboPublicSearchUrl,
  normaliseTags,
  toSummary,
  validateClientInput,
} from './model';
export {
  addClient,
  bulkDeleteClients,
  type ClientSnapshot,
  commitImport,
  deleteClient,
  deleteCorruptClients,
  getClient,
  listClients,
  loadSettings,
  markClientUsed,
  saveSettings,
  setActiveClient,
  syncState,
  updateClient,
} from './repository';
export { ClientSearchIndex, foldForSearch, type SearchResult } from './search';
