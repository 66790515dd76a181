// Template text with ruby (ふりがな) on screen: 「｜漢字《かんじ》」 as <ruby>, the reading above the
// base, and 「漢字（かんじ）」 where ruby is not shown or the text is copied (<rp>). The notation is
// read only in template text (shared/endingNotes/ruby.ts), never in what a person typed.
import { Fragment } from 'react';
import { parseRuby } from '../../shared/endingNotes/ruby';

export function RubyText({ text }: { text: string }) {
  const rich = parseRuby(text);
  if (typeof rich === 'string') return <>{rich}</>;
  // One span, so that inside a flex container (an option's label) the text stays one item.
  return (
    <span className="ruby-text">
      {rich.map((r, i) =>
        typeof r === 'string' ? (
          <Fragment key={i}>{r}</Fragment>
        ) : (
          <ruby key={i}>
            {r.base}
            <rp>（</rp>
            <rt>{r.ruby}</rt>
            <rp>）</rp>
          </ruby>
        ),
      )}
    </span>
  );
}
