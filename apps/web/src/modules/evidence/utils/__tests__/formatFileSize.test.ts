import { describe, expect, it } from 'vitest';
import { formatFileSize } from '../formatFileSize';

describe('formatFileSize', () => {
  it('shows bytes, kilobytes and megabytes with an Indonesian decimal comma', () => {
    expect(formatFileSize(512)).toBe('512 B');
    expect(formatFileSize(839_680)).toBe('820 KB');
    expect(formatFileSize(1_572_864)).toBe('1,5 MB');
    expect(formatFileSize(10 * 1024 * 1024)).toBe('10 MB');
    expect(formatFileSize(1_234_567_890)).toBe('1,1 GB');
  });

  it('shows a missing or broken size as a dash', () => {
    expect(formatFileSize(null)).toBe('—');
    expect(formatFileSize(-1)).toBe('—');
  });
});
