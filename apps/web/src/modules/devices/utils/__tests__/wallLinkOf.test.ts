import { describe, expect, it } from 'vitest';
import { wallLinkOf } from '../wallLinkOf';

describe('wallLinkOf', () => {
  it('builds the wall address with the device token', () => {
    expect(wallLinkOf('https://kinerja.ntbprov.go.id', 'Ab_c-12')).toBe(
      'https://kinerja.ntbprov.go.id/wall?device=Ab_c-12',
    );
  });
  it('never doubles the slash and keeps odd characters intact', () => {
    expect(wallLinkOf('http://10.0.0.5:4000/', 'a+b/c=')).toBe(
      'http://10.0.0.5:4000/wall?device=a%2Bb%2Fc%3D',
    );
  });
});
