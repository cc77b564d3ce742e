import { afterEach, describe, expect, it, vi } from 'vitest';
import { downloadBlob } from '../downloadBlob';

describe('downloadBlob', () => {
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('clicks a temporary download link and revokes its URL later', () => {
    vi.useFakeTimers();
    const link = { href: '', download: '', hidden: false, click: vi.fn(), remove: vi.fn() };
    const append = vi.fn();
    vi.stubGlobal('document', { createElement: vi.fn(() => link), body: { append } });
    vi.stubGlobal('window', { setTimeout });
    const createObjectURL = vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:x');
    const revokeObjectURL = vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);

    downloadBlob(new Blob(['a']), 'capaian-opd-2026-11-29.csv');

    expect(createObjectURL).toHaveBeenCalledOnce();
    expect(link).toMatchObject({ href: 'blob:x', download: 'capaian-opd-2026-11-29.csv', hidden: true });
    expect(append).toHaveBeenCalledWith(link);
    expect(link.click).toHaveBeenCalledOnce();
    expect(link.remove).toHaveBeenCalledOnce();
    expect(revokeObjectURL).not.toHaveBeenCalled();
    vi.advanceTimersByTime(60_000);
    expect(revokeObjectURL).toHaveBeenCalledWith('blob:x');
  });
});
