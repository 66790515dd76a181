// The bundled templates. The standard one follows the ward's own note (「わになるノート」) and the
// city's 「もしも手帳」 (ACP, docs/domain.md §4.5), whose three questions it asks in the city's
// words; 本籍 is (check). Every printed form also carries the disclaimer (no legal force; never
// write PINs or passwords), added by the form builder, not by the template, so an edited template
// can't lose it.
//
// A filled note names the template id and version it was written against, and a bundled
// template is found by them in this file: a bundled template is changed in place (same version)
// and only by adding — a question's wording may change, but no question id and no option text
// that a note may have chosen is ever removed or respelled (defaults.test.ts holds every option
// shipped so far). Every choice list offers 「わからない・まだ決めていない」 (in the English note
// 'Not sure yet', in やさしい日本語 「まだ わからない」); 血液型 offers 「わからない」, a fact not
// yet decided being no choice.
import { date, long, short, single, table } from './builders';
import type { EndingNoteTemplate } from './template';

const LEAVE_IT = '家族に任せる';
const UNSURE = 'わからない・まだ決めていない';

export const STANDARD_JA: EndingNoteTemplate = {
  format: 'ainet-ending-note-template',
  id: 'ainet-standard-ja',
  version: 1,
  name: 'エンディングノート（標準）',
  language: 'ja',
  variant: 'standard',
  sections: [
    {
      id: 'self',
      title: '自分のこと',
      guidance: '書けるところから、少しずつ書いてみましょう。書き直してもかまいません。',
      questions: [
        short('name', '氏名'),
        short('furigana', 'ふりがな'),
        date('birth-date', '生年月日'),
        short('address', '住所'),
        short('honseki', '本籍'),
        single('blood-type', '血液型', ['A型', 'B型', 'O型', 'AB型', 'わからない']),
        long('allergy', 'アレルギー（食べ物・薬など）', 2),
        long('habits', '生活習慣（起きる時間・寝る時間・食事など）', 3),
        long('hobbies', '趣味・好きなこと', 3),
      ],
    },
    {
      id: 'life',
      title: '人生の主な出来事',
      guidance: '生まれた所、学校、仕事、結婚、引っ越し、思い出深い出来事などを、年代ごとに書いてみましょう。',
      questions: [
        table(
          'life-events',
          '年代ごとの出来事・思い出',
          [
            ['年・年代', 1],
            ['出来事・思い出', 4],
          ],
          12,
        ),
      ],
    },
    {
      id: 'people',
      title: '家族・親族／友人・連絡先',
      questions: [
        table(
          'family',
          '家族・親族',
          [
            ['氏名', 2],
            ['続柄', 1],
            ['連絡先', 2],
            ['備考', 2],
          ],
          8,
        ),
        table(
          'friends',
          '友人・知人',
          [
            ['氏名', 2],
            ['関係', 1],
            ['連絡先', 2],
          ],
          6,
        ),
        long('emergency-contacts', '緊急のときに連絡してほしい人', 2),
        long('notify-on-death', '亡くなったときに知らせてほしい人', 3),
      ],
    },
    {
      id: 'care',
      title: 'もし介護が必要になったら',
      questions: [
        single('care-place', '介護を受けたい場所', ['自宅', '子ども・親族の家', '介護施設', '病院', LEAVE_IT, UNSURE]),
        short('care-person', '介護をお願いしたい人'),
        single('care-cost', '介護の費用', ['自分の年金・預貯金から', '家族に相談したい', UNSURE]),
        long('care-wishes', '介護について伝えておきたいこと', 4),
      ],
    },
    {
      id: 'medical',
      title: '医療・終末期',
      guidance:
        '気持ちは変わってかまいません。変わったら書き直し、記入日も書きましょう。終わりの３つの問いは、横浜市の「もしも手帳」と同じ問いです。',
      questions: [
        table(
          'doctors',
          'かかりつけ医・病院',
          [
            ['病院・医院名', 3],
            ['診療科', 1],
            ['電話', 2],
          ],
          3,
        ),
        long('conditions', '持病・飲んでいる薬', 3),
        single('disclosure', '病名や余命の告知', [
          '病名も余命も知らせてほしい',
          '病名だけ知らせてほしい',
          '知らせないでほしい',
          LEAVE_IT,
          UNSURE,
        ]),
        single('life-prolonging', '延命治療', ['希望する', '希望しない', LEAVE_IT, UNSURE]),
        single('tube-feeding', '胃ろう・経管栄養', ['希望する', '希望しない', LEAVE_IT, UNSURE]),
        single('organ-donation', '臓器提供', ['提供したい', '提供したくない', LEAVE_IT, UNSURE]),
        long(
          'acp-values',
          'どんな治療やケアを受けたいか',
          4,
          '「もしも手帳」の問い１。大切にしたいこと、してほしいこと・してほしくないことも書きましょう。',
        ),
        table(
          'acp-proxy',
          '自分で決められなくなったら、代わりに誰に話し合ってほしいか',
          [
            ['氏名', 2],
            ['続柄', 1],
            ['連絡先', 2],
          ],
          3,
          '「もしも手帳」の問い２。一人に決めてもらうのではなく、あなたの気持ちを知っていて、話し合ってほしい人たちです。',
        ),
        single('acp-place', 'どこで過ごしたいか', ['自宅', '病院', '介護施設', 'その他', UNSURE], '「もしも手帳」の問い３'),
      ],
    },
    {
      id: 'assets',
      title: '財産',
      guidance: '暗証番号・パスワード・口座番号は書かないでください。金融機関名と支店名だけで十分です。',
      questions: [
        table(
          'savings',
          '預貯金（金融機関名・支店名のみ）',
          [
            ['金融機関名', 2],
            ['支店名', 2],
            ['種類', 1],
            ['備考', 2],
          ],
          5,
        ),
        table(
          'real-estate',
          '不動産',
          [
            ['種類', 1],
            ['所在地', 3],
            ['名義', 1],
          ],
          3,
        ),
        table(
          'insurance',
          '保険',
          [
            ['保険会社', 2],
            ['種類', 2],
            ['受取人', 1],
          ],
          4,
        ),
        table(
          'pension',
          '年金',
          [
            ['種類', 2],
            ['備考', 3],
          ],
          3,
        ),
        table(
          'loans',
          '借入金・ローン',
          [
            ['借入先', 2],
            ['内容', 3],
          ],
          3,
        ),
        long('guarantees', '保証人になっているもの（保証債務）', 2),
      ],
    },
    {
      id: 'documents',
      title: '重要書類・遺言・デジタル・ペット',
      questions: [
        table(
          'document-places',
          '重要書類の保管場所',
          [
            ['書類', 2],
            ['保管場所', 3],
          ],
          5,
          '保険証券、年金手帳、権利証、実印など',
        ),
        single('will', '遺言書', ['ある（自筆証書遺言）', 'ある（公正証書遺言）', 'ない', '作成するつもり', UNSURE]),
        short('will-place', '遺言書の保管場所'),
        table(
          'digital',
          'デジタル（スマホ・パソコン・SNS・サブスクリプション）',
          [
            ['機器・サービス', 2],
            ['亡くなったあとにしてほしいこと', 3],
          ],
          4,
          'パスワードは書かないでください。',
        ),
        table(
          'pets',
          'ペット',
          [
            ['名前・種類', 2],
            ['世話を頼みたい人', 3],
          ],
          2,
        ),
      ],
    },
    {
      id: 'funeral',
      title: '葬儀・お墓',
      questions: [
        single('funeral-style', '葬儀の形式', ['一般葬', '家族葬', '一日葬', '直葬（火葬のみ）', LEAVE_IT, UNSURE]),
        short('religion', '宗教・宗派'),
        short('chief-mourner', '喪主をお願いしたい人'),
        short('portrait', '遺影に使ってほしい写真'),
        single('interment', '納骨・お墓', ['先祖の墓', '新しく墓を建てる', '納骨堂', '樹木葬', '散骨', LEAVE_IT, UNSURE]),
        long('funeral-wishes', '葬儀・お墓について伝えたいこと', 3),
      ],
    },
    {
      id: 'messages',
      title: '大切な人へのメッセージ',
      guidance: '家族や友人に伝えたい思いを、自由に書きましょう。',
      questions: [long('messages', 'メッセージ', 14)],
    },
  ],
};

export const EASY_JA: EndingNoteTemplate = {
  format: 'ainet-ending-note-template',
  id: 'ainet-easy-ja',
  version: 1,
  name: 'エンディングノート（やさしい版・大きな文字）',
  language: 'ja',
  variant: 'easy',
  sections: [
    {
      id: 'self',
      title: 'わたしのこと',
      questions: [short('name', 'なまえ'), date('birth-date', 'うまれた日'), short('address', 'じゅうしょ')],
    },
    {
      id: 'people',
      title: 'れんらくしてほしい人',
      questions: [
        table(
          'contacts',
          'れんらくしてほしい人',
          [
            ['なまえ', 2],
            ['かんけい', 1],
            ['でんわ', 2],
          ],
          4,
        ),
      ],
    },
    {
      id: 'medical',
      title: 'びょうき・かいごのとき',
      questions: [
        single('life-prolonging', 'えんめいちりょう（いのちをのばすちりょう）', [
          'してほしい',
          'してほしくない',
          'かぞくにまかせる',
          'わからない',
        ]),
        single('place', 'さいごにすごしたいところ', ['じたく', 'びょういん', 'しせつ', 'わからない']),
        short('proxy', 'じぶんで きめられなくなったら、かわりに はなしあって ほしい人'),
      ],
    },
    {
      id: 'documents',
      title: 'だいじなものの ばしょ',
      guidance: 'あんしょうばんごうは かかないでください。',
      questions: [long('places', 'つうちょう・ほけんしょう などの ばしょ', 4)],
    },
    {
      id: 'funeral',
      title: 'おそうしき',
      questions: [single('funeral-style', 'おそうしきの かたち', ['ふつうの そうぎ', 'かぞくだけで', 'かぞくにまかせる', 'わからない'])],
    },
    { id: 'messages', title: 'つたえたいこと', questions: [long('messages', 'かぞくや ともだちへ', 8)] },
  ],
};

// やさしい日本語 (docs/domain.md §4.5): for residents who read few kanji or learned Japanese later.
// Short sentences, one idea each, です・ます, no honorifics, common words (a hard word the form
// needs — 介護, 遺言書, 延命治療 — is said once in plain words), spaces between phrases, and a
// reading over every kanji in the publishing notation 「｜漢字《かんじ》」 (endingNotes/ruby.ts;
// the template test checks that no kanji is without one). It prints large (特大).
export const YASASHII_JA: EndingNoteTemplate = {
  format: 'ainet-ending-note-template',
  id: 'ainet-yasashii-ja',
  version: 1,
  name: 'やさしい ｜日本語《にほんご》の エンディングノート',
  language: 'ja',
  variant: 'easy',
  sections: [
    {
      id: 'self',
      title: 'わたしの こと',
      guidance: '｜書《か》ける ところだけ ｜書《か》いて ください。あとで ｜書《か》き｜直《なお》しても いいです。',
      questions: [
        short('name', '｜名前《なまえ》'),
        short('furigana', '｜名前《なまえ》の ｜読《よ》み｜方《かた》', 'ひらがなや カタカナで ｜書《か》いて ください。'),
        date('birth-date', '｜生《う》まれた ｜日《ひ》'),
        short('address', '｜住所《じゅうしょ》'),
        short('phone', '｜電話番号《でんわばんごう》'),
        short('languages', '｜話《はな》せる ことば', '｜例《れい》：｜日本語《にほんご》、ポルトガル｜語《ご》、タガログ｜語《ご》'),
        long('allergy', 'アレルギー（｜食《た》べもの・｜薬《くすり》）', 2),
        long('likes', '｜好《す》きな こと・｜好《す》きな ｜食《た》べもの', 2),
      ],
    },
    {
      id: 'people',
      title: '｜連絡《れんらく》して ほしい ｜人《ひと》',
      guidance: 'あなたが ｜病気《びょうき》や けがを した とき、だれに ｜連絡《れんらく》しますか。',
      questions: [
        table(
          'contacts',
          '｜家族《かぞく》・｜友《とも》だち',
          [
            ['｜名前《なまえ》', 2],
            ['あなたとの ｜関係《かんけい》', 2],
            ['｜電話番号《でんわばんごう》', 2],
          ],
          4,
          '｜関係《かんけい》の ｜例《れい》：むすめ、むすこ、きょうだい、ともだち',
        ),
      ],
    },
    {
      id: 'health',
      title: '｜病気《びょうき》や ｜介護《かいご》の とき',
      guidance:
        '｜介護《かいご》は、｜食事《しょくじ》や おふろなどを ｜手伝《てつだ》って もらう ことです。｜気持《きも》ちは ｜変《か》わっても いいです。',
      questions: [
        table(
          'doctors',
          'いつも ｜行《い》く ｜病院《びょういん》',
          [
            ['｜病院《びょういん》の ｜名前《なまえ》', 3],
            ['｜電話番号《でんわばんごう》', 2],
          ],
          2,
        ),
        long('conditions', '｜今《いま》の ｜病気《びょうき》・｜毎日《まいにち》 ｜飲《の》む ｜薬《くすり》', 3),
        single('care-place', '｜介護《かいご》が ｜必要《ひつよう》に なったら、どこで ｜暮《く》らしたいですか。', [
          '｜今《いま》の ｜家《いえ》',
          '｜家族《かぞく》の ｜家《いえ》',
          '｜施設《しせつ》（ホーム）',
          'まだ わからない',
        ]),
        single('disclosure', '｜重《おも》い ｜病気《びょうき》の とき、｜病気《びょうき》の ことを ｜教《おし》えて ほしいですか。', [
          '｜教《おし》えて ほしい',
          '｜教《おし》えないで ほしい',
          '｜家族《かぞく》に ｜決《き》めて ほしい',
          'まだ わからない',
        ]),
        single(
          'life-prolonging',
          'いのちを のばす ための ｜治療《ちりょう》を ｜受《う》けたいですか。',
          ['｜受《う》けたい', '｜受《う》けたくない', '｜家族《かぞく》に ｜決《き》めて ほしい', 'まだ わからない'],
          '「｜延命《えんめい》｜治療《ちりょう》」と いいます。｜例《れい》：｜機械《きかい》で ｜息《いき》を する こと。',
        ),
        single('last-place', '｜最後《さいご》の とき、どこに いたいですか。', [
          '｜家《いえ》',
          '｜病院《びょういん》',
          '｜施設《しせつ》（ホーム）',
          'まだ わからない',
        ]),
        table(
          'proxy',
          'あなたが ｜自分《じぶん》で ｜決《き》められない とき、かわりに ｜話《はな》し｜合《あ》って ほしい ｜人《ひと》',
          [
            ['｜名前《なまえ》', 2],
            ['あなたとの ｜関係《かんけい》', 2],
            ['｜電話番号《でんわばんごう》', 2],
          ],
          2,
        ),
        long('care-wishes', '｜大切《たいせつ》に したい こと・して ほしい こと', 3),
      ],
    },
    {
      id: 'things',
      title: '｜大事《だいじ》な ものの ｜場所《ばしょ》',
      guidance:
        '｜暗証番号《あんしょうばんごう》や パスワードは ｜書《か》かないで ください。ものが ある ｜場所《ばしょ》だけ ｜書《か》いて ください。',
      questions: [
        table(
          'places',
          '｜大事《だいじ》な もの',
          [
            ['もの', 2],
            ['ある ｜場所《ばしょ》', 3],
          ],
          5,
          '｜例《れい》：｜通帳《つうちょう》、はんこ、｜保険証《ほけんしょう》、｜在留《ざいりゅう》カード、マイナンバーカード',
        ),
        single(
          'will',
          '｜遺言書《ゆいごんしょ》は ありますか。',
          ['ある', 'ない', 'これから ｜作《つく》る', 'まだ わからない'],
          '｜遺言書《ゆいごんしょ》は、｜法律《ほうりつ》で ｜決《き》められた ｜書類《しょるい》です。',
        ),
        short('will-place', '｜遺言書《ゆいごんしょ》の ある ｜場所《ばしょ》'),
        long('pets', 'ペットの こと（だれに ｜世話《せわ》を たのみますか）', 2),
      ],
    },
    {
      id: 'funeral',
      title: 'お｜葬式《そうしき》と お｜墓《はか》',
      questions: [
        single('funeral-style', 'お｜葬式《そうしき》は どう したいですか。', [
          'ふつうの お｜葬式《そうしき》',
          '｜家族《かぞく》だけの お｜葬式《そうしき》',
          'お｜葬式《そうしき》は しない',
          '｜家族《かぞく》に まかせる',
          'まだ わからない',
        ]),
        short(
          'religion',
          '｜宗教《しゅうきょう》',
          '｜例《れい》：｜仏教《ぶっきょう》、キリスト｜教《きょう》、イスラム｜教《きょう》、なし',
        ),
        long(
          'funeral-wishes',
          'お｜葬式《そうしき》や お｜墓《はか》に ついて ｜伝《つた》えたい こと',
          3,
          '｜例《れい》：お｜墓《はか》の ｜場所《ばしょ》、｜生《う》まれた ｜国《くに》の やり｜方《かた》で して ほしい こと',
        ),
      ],
    },
    {
      id: 'messages',
      title: '｜伝《つた》えたい こと',
      guidance: '｜家族《かぞく》や ｜友《とも》だちに ｜伝《つた》えたい ことを ｜書《か》いて ください。',
      questions: [long('messages', '｜家族《かぞく》や ｜友《とも》だちへ', 8)],
    },
  ],
};

export const STANDARD_EN: EndingNoteTemplate = {
  format: 'ainet-ending-note-template',
  id: 'ainet-standard-en',
  version: 1,
  name: 'Ending Note (English)',
  language: 'en',
  variant: 'standard',
  sections: [
    {
      id: 'self',
      title: 'About me',
      guidance: 'Write what you can, a little at a time. You can always rewrite.',
      questions: [
        short('name', 'Name'),
        date('birth-date', 'Date of birth'),
        short('address', 'Address'),
        single('blood-type', 'Blood type', ['A', 'B', 'O', 'AB', 'Not sure']),
        long('allergy', 'Allergies (food, medicine)', 2),
        long('habits', 'Daily habits (waking, sleeping, meals)', 3),
        long('hobbies', 'Hobbies and things I enjoy', 3),
      ],
    },
    {
      id: 'life',
      title: 'Main events of my life',
      questions: [
        table(
          'life-events',
          'Events and memories by decade',
          [
            ['Year / decade', 1],
            ['Event or memory', 4],
          ],
          12,
        ),
      ],
    },
    {
      id: 'people',
      title: 'Family, relatives, friends and contacts',
      questions: [
        table(
          'family',
          'Family and relatives',
          [
            ['Name', 2],
            ['Relation', 1],
            ['Contact', 2],
            ['Notes', 2],
          ],
          8,
        ),
        table(
          'friends',
          'Friends',
          [
            ['Name', 2],
            ['Relation', 1],
            ['Contact', 2],
          ],
          6,
        ),
        long('emergency-contacts', 'Who to call in an emergency', 2),
        long('notify-on-death', 'Who to tell when I die', 3),
      ],
    },
    {
      id: 'care',
      title: 'If I need care',
      questions: [
        single('care-place', 'Where I would like to be cared for', [
          'At home',
          "At a child's or relative's home",
          'In a care home',
          'In hospital',
          'Leave it to my family',
          'Not sure yet',
        ]),
        short('care-person', 'Who I would like to care for me'),
        single('care-cost', 'Paying for care', ['From my pension and savings', 'To be discussed with family', 'Not sure yet']),
        long('care-wishes', 'What I want people to know about my care', 4),
      ],
    },
    {
      id: 'medical',
      title: 'Medical care and the end of life',
      guidance:
        'You may change your mind. If you do, rewrite and date the page. The last three questions are those of the “Moshimo Techo” (もしも手帳), Yokohama City’s notebook for thinking ahead about care.',
      questions: [
        table(
          'doctors',
          'Family doctor and hospitals',
          [
            ['Clinic / hospital', 3],
            ['Department', 1],
            ['Phone', 2],
          ],
          3,
        ),
        long('conditions', 'Chronic conditions and medicines', 3),
        single('disclosure', 'Being told a diagnosis or prognosis', [
          'Tell me both',
          'Tell me the diagnosis only',
          'Do not tell me',
          'Leave it to my family',
          'Not sure yet',
        ]),
        single('life-prolonging', 'Life-prolonging treatment', ['I want it', 'I do not want it', 'Leave it to my family', 'Not sure yet']),
        single('tube-feeding', 'Tube feeding (PEG)', ['I want it', 'I do not want it', 'Leave it to my family', 'Not sure yet']),
        single('organ-donation', 'Organ donation', [
          'I want to donate',
          'I do not want to donate',
          'Leave it to my family',
          'Not sure yet',
        ]),
        long(
          'acp-values',
          'What treatment and care would I want?',
          4,
          'Moshimo Techo, question 1. You can also write what matters most to you, and what you would and would not want done.',
        ),
        table(
          'acp-proxy',
          'If I can no longer decide for myself, who should talk it over in my place?',
          [
            ['Name', 2],
            ['Relation', 1],
            ['Contact', 2],
          ],
          3,
          'Moshimo Techo, question 2: the people who know your wishes and will talk them over, not one person who decides.',
        ),
        single(
          'acp-place',
          'Where would I want to be?',
          ['At home', 'In hospital', 'In a care home', 'Elsewhere', 'Not sure yet'],
          'Moshimo Techo, question 3.',
        ),
      ],
    },
    {
      id: 'assets',
      title: 'Property and money',
      guidance: 'Never write PINs, passwords or account numbers. The bank and branch are enough.',
      questions: [
        table(
          'savings',
          'Savings (bank and branch only)',
          [
            ['Bank', 2],
            ['Branch', 2],
            ['Type', 1],
            ['Notes', 2],
          ],
          5,
        ),
        table(
          'real-estate',
          'Real estate',
          [
            ['Type', 1],
            ['Location', 3],
            ['Owner', 1],
          ],
          3,
        ),
        table(
          'insurance',
          'Insurance',
          [
            ['Company', 2],
            ['Type', 2],
            ['Beneficiary', 1],
          ],
          4,
        ),
        table(
          'pension',
          'Pensions',
          [
            ['Type', 2],
            ['Notes', 3],
          ],
          3,
        ),
        table(
          'loans',
          'Loans and debts',
          [
            ['Lender', 2],
            ['Details', 3],
          ],
          3,
        ),
        long('guarantees', 'Loans I have guaranteed', 2),
      ],
    },
    {
      id: 'documents',
      title: 'Documents, will, digital life and pets',
      questions: [
        table(
          'document-places',
          'Where important documents are kept',
          [
            ['Document', 2],
            ['Kept at', 3],
          ],
          5,
        ),
        single('will', 'Will', ['Yes (handwritten)', 'Yes (notarised)', 'No', 'I intend to make one', 'Not sure yet']),
        short('will-place', 'Where the will is kept'),
        table(
          'digital',
          'Digital (phone, computer, social media, subscriptions)',
          [
            ['Device / service', 2],
            ['What to do after my death', 3],
          ],
          4,
          'Do not write passwords.',
        ),
        table(
          'pets',
          'Pets',
          [
            ['Name / kind', 2],
            ['Who should look after them', 3],
          ],
          2,
        ),
      ],
    },
    {
      id: 'funeral',
      title: 'Funeral and grave',
      questions: [
        single('funeral-style', 'Kind of funeral', [
          'Standard funeral',
          'Family only',
          'One-day funeral',
          'Cremation only',
          'Leave it to my family',
          'Not sure yet',
        ]),
        short('religion', 'Religion / denomination'),
        short('chief-mourner', 'Who I would like as chief mourner'),
        short('portrait', 'Photo to use as the memorial portrait'),
        single('interment', 'Interment', [
          'Family grave',
          'A new grave',
          'Columbarium',
          'Tree burial',
          'Scattering of ashes',
          'Leave it to my family',
          'Not sure yet',
        ]),
        long('funeral-wishes', 'Other wishes about the funeral and grave', 3),
      ],
    },
    { id: 'messages', title: 'Messages to the people I love', questions: [long('messages', 'Messages', 14)] },
  ],
};

export const DEFAULT_TEMPLATES: readonly EndingNoteTemplate[] = [STANDARD_JA, YASASHII_JA, EASY_JA, STANDARD_EN];
