import { describe, expect, it } from 'vitest';
import {
  contentDisposition,
  dispositionFor,
  extensionOf,
  nameContradicts,
  sanitiseFileName,
} from './evidenceFileRules';

describe('evidence file rules', () => {
  it('keeps only the last path segment of a name, without control or override characters', () => {
    expect(sanitiseFileName('C:\\Users\\ops\\foto kegiatan.jpg')).toBe('foto kegiatan.jpg');
    expect(sanitiseFileName('../../etc/passwd')).toBe('passwd');
    expect(sanitiseFileName('laporan\u202Efdp.exe')).toBe('laporanfdp.exe');
    expect(sanitiseFileName('a\r\nb"c.pdf')).toBe('abc.pdf');
    expect(sanitiseFileName('...hidden.png')).toBe('hidden.png');
    expect(sanitiseFileName('  \u0000 ')).toBe('berkas');
  });

  it('shortens a long name to 200 characters and keeps its extension', () => {
    const name = sanitiseFileName(`${'a'.repeat(300)}.pdf`);
    expect(name).toHaveLength(200);
    expect(name.endsWith('.pdf')).toBe(true);
  });

  it('reads extensions and tells a name that contradicts the bytes', () => {
    expect(extensionOf('foto.JPG')).toBe('jpg');
    expect(extensionOf('README')).toBeNull();
    expect(extensionOf('.env')).toBeNull();
    expect(nameContradicts('foto.pdf', 'image/png')).toBe(true);
    expect(nameContradicts('gambar.svg', 'image/png')).toBe(true);
    expect(nameContradicts('foto.jpeg', 'image/jpeg')).toBe(false);
    expect(nameContradicts('kamera', 'image/webp')).toBe(false);
  });

  it('serves images and PDFs inline and anything else as an attachment', () => {
    expect(dispositionFor('image/png')).toBe('inline');
    expect(dispositionFor('application/pdf')).toBe('inline');
    expect(dispositionFor('text/html')).toBe('attachment');
    expect(contentDisposition('application/pdf', 'Laporan "Q1" ĺ.pdf')).toBe(
      `inline; filename="Laporan _Q1_ _.pdf"; filename*=UTF-8''Laporan%20%22Q1%22%20%C4%BA.pdf`,
    );
  });
});
