import { describe, expect, it } from 'vitest';
import { escapeHtml, mailContent, mailLocale, notificationSentence, retryDelayMs } from './mailText';

const rejected = {
  kind: 'VALUE_REJECTED',
  params: { indicator: 'Angka <Harapan> Hidup', year: 2026, month: 11, reason: 'Bukti "kurang" & buram' },
  link: '/entry',
};

describe('mailContent', () => {
  it('writes Bahasa Indonesia by default and English for users who chose it', () => {
    expect(mailLocale(null)).toBe('id');
    expect(mailLocale('en')).toBe('en');
    expect(notificationSentence('id', rejected)).toContain('periode November 2026 dikembalikan');
    expect(notificationSentence('en', rejected)).toContain('for November 2026 was rejected');
  });

  it("words an indicator turning red with its achievement in the reader's number format", () => {
    const red = { kind: 'INDICATOR_RED', params: { indicator: 'AKI', year: 2026, month: 10, score: 62.5 } };
    expect(notificationSentence('id', red)).toBe(
      'Indikator "AKI" menjadi merah pada periode Oktober 2026 (capaian 62,50%).',
    );
    expect(notificationSentence('en', red)).toBe(
      'The indicator "AKI" turned red for October 2026 (achievement 62.50%).',
    );
    expect(
      notificationSentence('id', {
        kind: 'DIRECTIVE_ASSIGNED',
        params: { content: 'Segera', dueDate: null },
      }),
    ).toBe('Arahan pimpinan untuk Anda tindak lanjuti: Segera');
  });

  it('escapes user content in the HTML part and keeps it as typed in the text part', () => {
    const mail = mailContent('id', 'Operator <Dikes>', [rejected], {
      baseUrl: 'https://kinerja.ntbprov.example',
    });
    expect(mail.text).toContain('Alasan: Bukti "kurang" & buram');
    expect(mail.text).toContain('https://kinerja.ntbprov.example/entry');
    expect(mail.html).toContain('Bukti &quot;kurang&quot; &amp; buram');
    expect(mail.html).toContain('Angka &lt;Harapan&gt; Hidup');
    expect(mail.html).toContain('Yth. Operator &lt;Dikes&gt;,');
    expect(mail.html).not.toContain('<Harapan>');
  });

  it('names a single notification in the subject, on one line, and counts several', () => {
    const one = mailContent('id', 'A', [
      { ...rejected, params: { ...rejected.params, reason: 'a\r\nBcc: x@y' } },
    ]);
    expect(one.subject).not.toMatch(/[\r\n]/);
    expect(mailContent('en', 'A', [rejected, rejected]).subject).toBe('E-Kinerja: 2 new notifications');
    expect(mailContent('id', 'A', [rejected], { digest: true }).subject).toContain('ringkasan harian');
  });

  it('escapes the five HTML special characters', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
  });

  it('waits longer after each failed send', () => {
    expect([1, 2, 3, 4, 9].map((n) => retryDelayMs(n) / 60_000)).toEqual([1, 5, 15, 60, 360]);
  });
});
