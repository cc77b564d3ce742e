import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import en from '../../../../i18n/desk/en.json';
import id from '../../../../i18n/desk/id.json';
import { notificationMessage } from '../notificationMessage';

const i18n = i18next.createInstance();

beforeAll(async () => {
  await i18n.init({
    resources: { id: { translation: id }, en: { translation: en } },
    lng: 'id',
    interpolation: { escapeValue: false },
  });
});

function render(kind: string, params: unknown, lang: 'id' | 'en' = 'id'): string {
  const { keys, values } = notificationMessage(kind, params, lang === 'id' ? 'id-ID' : 'en-GB');
  return i18n.getFixedT(lang)(keys, values);
}

const period = { frequency: 'MONTHLY', year: 2026, month: 11, dueDate: '2026-12-10' };

describe('notificationMessage', () => {
  it('words every reminder of the reporting calendar with its period, count and due date', () => {
    expect(render('WINDOW_OPENED', { ...period, missing: 12 })).toBe(
      'Pengisian realisasi periode November 2026 telah dibuka; batas waktu 10 Des 2026.',
    );
    expect(render('DUE_SOON', { ...period, missing: 3 })).toBe(
      '3 indikator periode November 2026 belum dikirim; batas waktu 10 Des 2026.',
    );
    expect(render('DUE_TODAY', { ...period, missing: 1 })).toContain(
      'Hari ini batas waktu periode November 2026',
    );
    expect(render('OVERDUE', { ...period, missing: 4 })).toBe(
      'Terlambat: 4 indikator periode November 2026 belum dikirim (batas 10 Des 2026).',
    );
    expect(render('OVERDUE_ESCALATED', { ...period, missing: 9 })).toContain('9 indikator unit Anda');
    expect(render('OVERDUE', { ...period, missing: 4 }, 'en')).toBe(
      'Overdue: 4 indicator(s) for November 2026 not submitted (due 10 Dec 2026).',
    );
  });

  it('keeps the rejection reason and the indicator name as the unit head typed them', () => {
    const params = {
      indicator: 'Angka <Harapan> Hidup',
      year: 2026,
      month: 10,
      reason: 'Bukti "kurang" & buram',
    };
    expect(render('VALUE_REJECTED', params)).toBe(
      'Nilai "Angka <Harapan> Hidup" periode Oktober 2026 dikembalikan. Alasan: Bukti "kurang" & buram',
    );
    expect(render('VALUE_REJECTED', params, 'en')).toContain('for October 2026 was rejected');
  });

  it('counts values waiting and names directives due', () => {
    expect(render('SUBMITTED_WAITING', { count: 5, date: '2026-12-12' })).toBe(
      '5 nilai menunggu verifikasi Anda.',
    );
    expect(render('DIRECTIVE_DUE', { content: 'Percepat pengadaan', dueDate: '2026-12-15' })).toBe(
      'Arahan yang menjadi tanggung jawab Anda jatuh tempo 15 Des 2026: Percepat pengadaan',
    );
  });

  it('names the indicator that turned red with its achievement, and the directives and follow-ups given', () => {
    expect(
      render('INDICATOR_RED', { indicator: 'Angka kematian ibu', year: 2026, month: 10, score: 62.5 }),
    ).toBe('Indikator "Angka kematian ibu" menjadi merah pada periode Oktober 2026 (capaian 62,50%).');
    expect(
      render('INDICATOR_RED', { indicator: 'Maternal deaths', year: 2026, month: 10, score: 62.5 }, 'en'),
    ).toBe('The indicator "Maternal deaths" turned red for October 2026 (achievement 62.50%).');
    expect(render('DIRECTIVE_ASSIGNED', { content: 'Percepat pengadaan', dueDate: '2026-12-15' })).toBe(
      'Arahan pimpinan untuk Anda tindak lanjuti (batas 15 Des 2026): Percepat pengadaan',
    );
    expect(render('DIRECTIVE_ASSIGNED', { content: 'Percepat pengadaan', dueDate: null })).toBe(
      'Arahan pimpinan untuk Anda tindak lanjuti: Percepat pengadaan',
    );
    expect(
      render('FOLLOW_UP_DUE', { issue: 'Stok obat', content: 'Lelang ulang', dueDate: '2026-12-04' }),
    ).toBe('Tindak lanjut permasalahan "Stok obat" jatuh tempo 4 Des 2026: Lelang ulang');
  });

  it('falls back to a neutral sentence for a kind it does not know and tolerates missing params', () => {
    expect(render('SOMETHING_NEW', null)).toBe('Pemberitahuan baru.');
    expect(notificationMessage('OVERDUE', {}, 'id-ID').values).toMatchObject({ count: 0, dueDate: '' });
  });
});
