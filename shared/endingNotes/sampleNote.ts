// A fictional, fully filled ending note for samples, tests and the benchmark.
import { rubyPlain } from './ruby';
import type { Answers, EndingNoteTemplate } from './template';

const STORY = '鶴見川の土手を歩くのが好きで、毎朝の散歩は欠かしませんでした。地域の見守りの皆さんにはいつも助けてもらいました。';

/** Answers every question; `richness` multiplies the long texts and table rows. */
export function sampleAnswers(template: EndingNoteTemplate, richness = 4): Answers {
  const answers: Answers = {};
  for (const s of template.sections) {
    for (const q of s.questions) {
      switch (q.kind) {
        case 'shortText':
          answers[q.id] = q.id === 'name' ? '架空 花子' : `架空の記入（${rubyPlain(q.label)}）`;
          break;
        case 'longText':
          answers[q.id] = Array.from({ length: Math.max(1, Math.round((q.lines * richness) / 2)) }, () => STORY).join('');
          break;
        case 'date':
          answers[q.id] = '1948-03-15';
          break;
        case 'single':
          answers[q.id] = q.options[0] ?? '';
          break;
        case 'multi':
          answers[q.id] = q.options.slice(0, 2);
          break;
        case 'table':
          answers[q.id] = Array.from({ length: q.blankRows * richness }, (_, r) =>
            q.columns.map((c, i) => (i === 0 ? `${r + 1}` : `${rubyPlain(c.label)}の記入 ${r + 1}`)),
          );
          break;
      }
    }
  }
  return answers;
}
