// Every printed document of the app, built from fictional data, for `npm run samples` and the
// print bench. It sits above the domains (which sit above the print engine), so the engine
// itself never imports a domain.
export * from '../print';
import type { PrintDocument } from '../print';
import { engineShowcase, filledRecord } from '../print/showcase';
import { chartShowcase } from '../print/chartShowcase';
import { recoverySheet } from '../print/recoverySheet';
import { handoverKeySheet } from '../print/handoverKeySheet';

/** The DEMO receiving key published in the README (shared/backup/handover.ts DEMO_HANDOVER_RECIPIENT). */
const DEMO_RECIPIENT = 'age1aajwa3pk0lm3e68sdqv6yxwv0ppt6fwhsssn7c7h5kceyatgrvtqelsl5p';
import { EASY_JA, STANDARD_EN, STANDARD_JA, YASASHII_JA } from '../endingNotes/defaults';
import { endingNoteDocument } from '../endingNotes/toPrint';
import { sampleAnswers } from '../endingNotes/sampleNote';
import { minutesSamples } from '../meetings/minutesSamples';
import { reportSamples } from '../contactLog/reportSamples';
import { referralSamples } from '../referrals/referralSamples';
import { KOREAN_TEMPLATE, MIXED_TEMPLATE, namesDocument, VIETNAMESE_TEMPLATE } from './otherLanguages';

export interface PrintSample {
  readonly fileName: string;
  readonly build: () => PrintDocument;
}

export const printSamples: PrintSample[] = [
  { fileName: 'ending-note-blank.pdf', build: () => endingNoteDocument(STANDARD_JA, { size: 'standard' }) },
  { fileName: 'ending-note-blank-large.pdf', build: () => endingNoteDocument(STANDARD_JA, { size: 'large' }) },
  { fileName: 'ending-note-easy-large.pdf', build: () => endingNoteDocument(EASY_JA, { size: 'large' }) },
  { fileName: 'ending-note-yasashii-blank.pdf', build: () => endingNoteDocument(YASASHII_JA, { size: 'large' }) },
  {
    fileName: 'ending-note-yasashii-filled.pdf',
    build: () =>
      endingNoteDocument(YASASHII_JA, {
        size: 'large',
        personName: '架空 マリア',
        printedOn: '2026-11-27',
        answers: sampleAnswers(YASASHII_JA, 1),
      }),
  },
  { fileName: 'ending-note-english.pdf', build: () => endingNoteDocument(STANDARD_EN, { size: 'standard' }) },
  {
    fileName: 'ending-note-filled.pdf',
    build: () =>
      endingNoteDocument(STANDARD_JA, {
        size: 'standard',
        personName: '架空 花子',
        printedOn: '2026-11-27',
        answers: sampleAnswers(STANDARD_JA),
      }),
  },
  { fileName: 'engine-showcase-standard.pdf', build: () => engineShowcase('standard') },
  { fileName: 'engine-showcase-large.pdf', build: () => engineShowcase('large') },
  { fileName: 'charts-svg.pdf', build: () => chartShowcase('standard') },
  { fileName: 'charts-svg-large.pdf', build: () => chartShowcase('large') },
  { fileName: 'filled-record-20pages.pdf', build: () => filledRecord('standard') },
  { fileName: 'recovery-sheet.pdf', build: () => recoverySheet('7K2M-Q9XD-4H3B-ZC8N-W5RT-1FVE-6JAP-K0SY', { createdOn: '令和7年4月1日' }) },
  { fileName: 'handover-key-sheet.pdf', build: () => handoverKeySheet(DEMO_RECIPIENT) },
  { fileName: 'handover-key-sheet-large.pdf', build: () => handoverKeySheet(DEMO_RECIPIENT, { size: 'large' }) },
  { fileName: 'recovery-sheet-large.pdf', build: () => recoverySheet('7K2M-Q9XD-4H3B-ZC8N-W5RT-1FVE-6JAP-K0SY', { size: 'large' }) },
  ...minutesSamples,
  ...reportSamples,
  ...referralSamples,
  // Korean and Chinese names and templates: these need the Korean and Chinese faces.
  { fileName: 'names-every-script.pdf', build: () => namesDocument('standard') },
  { fileName: 'names-every-script-large.pdf', build: () => namesDocument('large') },
  { fileName: 'ending-note-korean.pdf', build: () => endingNoteDocument(KOREAN_TEMPLATE, { size: 'standard', personName: '김민준' }) },
  { fileName: 'ending-note-korean-large.pdf', build: () => endingNoteDocument(KOREAN_TEMPLATE, { size: 'large' }) },
  {
    fileName: 'ending-note-vietnamese.pdf',
    build: () => endingNoteDocument(VIETNAMESE_TEMPLATE, { size: 'standard', personName: 'Nguyễn Thị Ánh' }),
  },
  { fileName: 'ending-note-zh-pt-tl.pdf', build: () => endingNoteDocument(MIXED_TEMPLATE, { size: 'standard' }) },
];
