// Ending-note templates as ward staff might write them for residents who read Korean, Vietnamese,
// Chinese, Portuguese or Tagalog (the template's fixed strings — the disclaimer, 氏名 — follow its
// `language`, here English). Samples and print tests only: not bundled templates, and the
// translations are plain, not reviewed by native speakers. Names in the filled example are fictional.
import { date, long, multi, short, single, table } from '../endingNotes/builders';
import type { EndingNoteTemplate } from '../endingNotes/template';
import type { PrintDocument } from '../print';

export const KOREAN_TEMPLATE: EndingNoteTemplate = {
  format: 'ainet-ending-note-template',
  id: 'sample-ko',
  version: 1,
  name: '엔딩 노트 (한국어)',
  language: 'en',
  variant: 'standard',
  sections: [
    {
      id: 'self',
      title: '나에 대하여',
      guidance:
        '이 노트는 나의 생각과 바람을 가족과 지원해 주는 사람들에게 전하기 위한 것입니다. 법적인 효력은 없습니다. 쓰고 싶은 곳부터 자유롭게 써 주십시오. 마음이 바뀌면 언제든지 다시 써도 괜찮습니다.',
      questions: [
        short('name', '이름'),
        date('birth', '생년월일'),
        short('address', '주소'),
        single('blood', '혈액형', ['A형', 'B형', 'O형', 'AB형', '모름']),
        long('hobbies', '좋아하는 음식과 취미', 3),
        multi('contact', '연락해 주었으면 하는 사람', ['가족', '친구', '이웃', '민생위원']),
      ],
    },
    {
      id: 'care',
      title: '의료와 돌봄',
      guidance: '병에 걸렸을 때나 돌봄이 필요할 때의 바람을 적어 주십시오. 가족이나 주치의와 미리 이야기해 두면 좋습니다.',
      questions: [
        short('doctor', '주치의 (병원 이름)'),
        long('life-support', '연명 치료에 대한 생각', 3),
        table(
          'medicine',
          '복용하는 약',
          [
            ['약 이름', 2],
            ['병원', 2],
            ['메모', 3],
          ],
          4,
        ),
      ],
    },
  ],
};

export const VIETNAMESE_TEMPLATE: EndingNoteTemplate = {
  format: 'ainet-ending-note-template',
  id: 'sample-vi',
  version: 1,
  name: 'Sổ tay cuối đời (Tiếng Việt)',
  language: 'en',
  variant: 'standard',
  sections: [
    {
      id: 'self',
      title: 'Về bản thân tôi',
      guidance:
        'Cuốn sổ này dùng để truyền đạt suy nghĩ và mong muốn của bạn đến gia đình và những người hỗ trợ bạn. Sổ không có hiệu lực pháp lý. Bạn có thể bắt đầu viết từ bất kỳ phần nào. Nếu thay đổi ý định, bạn có thể viết lại bất cứ lúc nào.',
      questions: [
        short('name', 'Họ và tên'),
        date('birth', 'Ngày sinh'),
        short('address', 'Địa chỉ'),
        single('blood', 'Nhóm máu', ['A', 'B', 'O', 'AB', 'Không biết']),
        long('hobbies', 'Món ăn và sở thích yêu thích', 3),
        multi('contact', 'Người muốn được liên lạc', ['Gia đình', 'Bạn bè', 'Hàng xóm', 'Ủy viên phúc lợi']),
      ],
    },
    {
      id: 'care',
      title: 'Y tế và chăm sóc',
      guidance: 'Hãy viết mong muốn của bạn khi bị bệnh hoặc khi cần được chăm sóc. Nên trao đổi trước với gia đình và bác sĩ thường khám.',
      questions: [
        short('doctor', 'Bác sĩ thường khám (tên bệnh viện)'),
        long('life-support', 'Suy nghĩ về điều trị kéo dài sự sống', 3),
        table(
          'medicine',
          'Thuốc đang dùng',
          [
            ['Tên thuốc', 2],
            ['Bệnh viện', 2],
            ['Ghi chú', 3],
          ],
          4,
        ),
      ],
    },
  ],
};

/** One section each in simplified Chinese, Portuguese and Tagalog. */
export const MIXED_TEMPLATE: EndingNoteTemplate = {
  format: 'ainet-ending-note-template',
  id: 'sample-zh-pt-tl',
  version: 1,
  name: '我的笔记 · Meu caderno · Aking kuwaderno',
  language: 'en',
  variant: 'standard',
  sections: [
    {
      id: 'zh',
      title: '关于我自己',
      guidance: '这本笔记用于向家人和支援者传达您的想法和愿望。它没有法律效力。请从您想写的地方开始自由书写，想法改变时随时可以重写。',
      questions: [short('zh-name', '姓名'), date('zh-birth', '出生日期'), long('zh-wish', '希望家人知道的事情', 3)],
    },
    {
      id: 'pt',
      title: 'Sobre mim',
      guidance:
        'Este caderno serve para transmitir seus pensamentos e desejos à família e às pessoas que o apoiam. Não tem valor legal. Escreva à vontade, começando por onde quiser; você pode reescrever quando mudar de ideia.',
      questions: [
        short('pt-name', 'Nome completo'),
        single('pt-religion', 'Religião', ['Católica', 'Evangélica', 'Nenhuma', 'Outra']),
        long('pt-wish', 'O que gostaria que a família soubesse', 3),
      ],
    },
    {
      id: 'tl',
      title: 'Tungkol sa akin',
      guidance:
        'Ang kuwadernong ito ay para maipaabot ang iyong mga saloobin at kagustuhan sa pamilya at sa mga tumutulong sa iyo. Wala itong bisa sa batas. Malaya kang magsulat kahit saan mo gustong magsimula.',
      questions: [
        short('tl-name', 'Buong pangalan'),
        single('tl-language', 'Wikang ginagamit sa bahay', ['Tagalog', 'Ingles', 'Hapon', 'Iba pa']),
        long('tl-wish', 'Mga nais kong malaman ng aking pamilya', 3),
      ],
    },
  ],
};

/** Fictional names as residents write them, by script (decomposed forms typed as NFD). */
export const NAMES_BY_SCRIPT: readonly (readonly [string, string])[] = [
  ['日本語', '架空 太郎'],
  ['日本語 (𠮷)', '𠮷野 花子'],
  ['日本語 (髙・﨑)', '髙橋 﨑子'],
  ['日本語 (葛󠄀 IVS)', '葛\u{E0100}城 一郎'],
  ['日本語 (辻󠄀 IVS)', '辻\u{E0100}本 次郎'],
  ['日本語 (だ = た + U+3099)', 'しまた\u3099 はな'],
  ['日本語 (か゚ = か + U+309A)', 'か\u309Aわ てすと'],
  ['中文 简体', '张伟'],
  ['中文 简体', '刘洋'],
  ['中文 繁體', '陳美玲'],
  ['中文 繁體 (HKSCS)', '梁𨋢'],
  ['한국어', '김민준'],
  ['한국어', '이서연'],
  ['Português', 'João Conceição'],
  ['Español', 'María José Muñoz'],
  ['Tagalog', 'Juan Dela Cruz'],
  ['Tagalog', 'Ñino Dela Peña'],
  ['Tiếng Việt', 'Nguyễn Thị Ánh'],
  ['Tiếng Việt', 'Trần Văn Đức'],
  ['Tiếng Việt (NFD)', 'Đặng Thu Hương'.normalize('NFD')],
];

export function namesDocument(size: 'standard' | 'large'): PrintDocument {
  return {
    title: '氏名の印字確認（架空の氏名）',
    personal: false,
    size,
    lang: 'ja',
    blocks: [
      { kind: 'heading', level: 1, text: 'どの文字の名前も印刷できます' },
      {
        kind: 'table',
        columns: [{ header: '文字' }, { header: '氏名', width: 2 }],
        rows: NAMES_BY_SCRIPT.map(([script, name]) => [script, name]),
      },
      {
        kind: 'paragraph',
        text: '다음 주 월요일 오전 10시에 주민센터에서 상담을 받으실 수 있습니다. 궁금한 점이 있으시면 언제든지 연락해 주십시오.',
      },
      {
        kind: 'paragraph',
        text: 'Thứ Hai tuần sau, từ 10 giờ sáng, bạn có thể được tư vấn tại trung tâm cư dân. Nếu có thắc mắc, xin vui lòng liên hệ bất cứ lúc nào.',
      },
    ],
  };
}
