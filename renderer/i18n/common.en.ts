// App-wide English strings, typed against the Japanese ones.
import type { Localized } from './messages';
import type { commonJa } from './common';
import { problemsEn } from './problems.en';

export const commonEn: Localized<typeof commonJa> = {
  app: {
    name: 'Ainet Records',
    tagline: 'Tsurumi Ainet — support that reaches those who need it',
    demoBanner: 'This is a demo record book. Everything in it is fictional.',
    skipToMain: 'Skip to content',
    settingsUnreadable:
      'Some settings ({{keys}}) could not be read, so the defaults are in use. Check them in Settings and save them again.',
    settingNames: { districts: 'district list', idleMinutes: 'idle lock time', stallDays: 'guardianship stall limits' },
    loading: 'Loading…',
    draftOpenFailed: 'The input you left unfinished could not be opened (it may be damaged). This screen starts empty.',
    draftSaveFailed: 'Unfinished input could not be autosaved. ',
    prefsReset:
      'The display settings (text size, language) could not be read and were reset to the defaults. You can choose them again in Settings.',
  },
  nav: {
    label: 'Main menu',
    persons: 'People',
    contacts: 'Contact log',
    meetings: 'Meetings',
    actions: 'Action items',
    referrals: 'Guardianship',
    report: 'Activity report',
    templates: 'Ending notes',
    trash: 'Trash',
    audit: 'Audit log',
    backup: 'Backup',
    settings: 'Settings',
    lock: 'Lock',
  },
  print: {
    blankStandard: 'Print blank (standard)',
    blankLarge: 'Print blank (large print)',
    blankNamedStandard: 'Print blank with name (standard)',
    blankNamedLarge: 'Print blank with name (large print)',
    filledStandard: 'Print filled (standard)',
    filledLarge: 'Print filled (large print)',
    working: 'Making the PDF…',
    sent: 'Sent to the printer.',
    done: 'PDF saved.',
    savePdf: 'Save as PDF',
    saveWarningTitle: 'Before you save a PDF',
    saveWarning:
      'Anyone who gets the saved PDF file can open and read it, without the passphrase. To print on paper, use "Print" instead. If you save it, delete the file when you no longer need it.',
    saveConfirm: 'Save',
    saveCancel: 'Cancel',
    missingGlyphs: 'Some characters cannot be printed: {{chars}} ({{where}}). Replace them and print again.',
  },
  roles: {
    commissioner: 'Welfare commissioner',
    'ward-office': 'Ward office',
    'care-plaza': 'Community care plaza',
    'ward-council': 'Ward social welfare council',
    'district-council': 'District welfare council',
    'district-team': 'District support team',
    npo: 'NPO / volunteer',
    other: 'Other (resident etc.)',
  },
  common: { yes: 'Yes', no: 'No', close: 'Close', none: '—', demo: 'Demo' },
  errors: {
    VaultLocked: 'The record book is locked. Please unlock it again.',
    WrongPassphrase: 'Wrong passphrase.',
    WrongRecoveryKey: 'Wrong recovery key. Please check what you copied.',
    TooManyAttempts: 'Too many wrong tries. Please wait {{seconds}} seconds.',
    PassphraseTooShort: 'The passphrase needs at least 10 characters.',
    VaultCorrupt: 'The key data of the record book cannot be read. Restore from a backup.',
    VaultParamsOutOfBounds: 'The key settings are invalid; they may have been tampered with.',
    QuotaExceeded: 'Not enough disk space to save. Your input is kept; free some space and save again.',
    StorageUnavailable: 'The data store could not be opened. Close and reopen the app.',
    RecordCorrupt: 'A damaged record was found and cannot be shown.',
    StaleRevision:
      'This record was saved in another window or tab after you opened it. Saving was stopped so that nothing is overwritten. Your input is kept.',
    NotFound: 'That record does not exist (it may have been deleted).',
    ValidationFailed: 'Please check your input.',
    AuditChainBroken: 'The audit log chain is broken.',
    NotPermitted:
      'Only a user whose role (in Settings) is the ward office, a community care plaza or the ward social welfare council can do this.',
    FileNotWritable: 'The file could not be saved in the chosen place. Choose another place (such as Documents) and save again.',
    FileNotReadable: 'The chosen file could not be opened. Check that no other app has it open and try again.',
    PrintFailed: 'The print dialog could not be opened. Please try again.',
    AppDataUnavailable:
      "The app's data folder (where automatic backups are kept) could not be read or written. Your records are unchanged. Ask whoever looks after this computer to check the folder's permissions.",
    CsvTooLarge: 'The file is too large (up to {{max}} MB). Split it into several files.',
    CsvEmpty: 'The file is empty.',
    CsvWorkbook:
      'An Excel workbook (.xlsx, .xls) cannot be read as it is. In Excel choose "Save As", file type "CSV UTF-8 (Comma delimited)", and pick that file.',
    CsvNotCsv:
      'This does not look like a CSV file (a PDF, an image or a web page?). Pick a file saved from Excel as "CSV UTF-8 (Comma delimited)".',
    CsvNotText: 'The file cannot be read as text: it is damaged or not a CSV file.',
    CsvEncodingUnsupported: 'The file is saved as "Unicode Text" (UTF-16). Save it again from Excel as "CSV UTF-8 (Comma delimited)".',
    CsvTruncated: 'The file ends in the middle of a character (copying or saving it stopped early). Save it again from the original.',
    CsvQuotes: 'A double quote (") opened in row {{row}} is never closed. Save the file again from Excel or check that row.',
    CsvMalformed: 'Part of the file cannot be read as CSV (around row {{row}}). Save it again from Excel.',
    CsvTooManyRows: 'Too many rows (up to {{max}}, the header included). Split the file.',
    CsvTooManyColumns: 'Row {{row}} has too many columns (up to {{max}}).',
    CsvCellTooLong: 'The cell in row {{row}}, column {{column}} is too long (up to {{max}} characters per cell).',
    Unknown: 'Something unexpected happened. Your input is kept; please try again.',
  },
  errorCode: '(code: {{code}})',
  stale: {
    message:
      'This record was saved in another window or tab after you started. Saving was stopped so that nothing is overwritten. Your input is kept.',
    keepMine: 'Save my input anyway (the other change is replaced)',
    takeSaved: 'Show what is saved (my input is dropped)',
  },
  corrupt: {
    some: '{{n}} record(s) are damaged and cannot be opened. They are kept, not deleted.',
    ids: 'Please give these record ids to your support contact:',
  },
  problems: problemsEn,
};
