import { describe, expect, it } from 'vitest';
import { loadConfig } from './config';

describe('configuration', () => {
  it('names the variable when a value is invalid', () => {
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(/PORT/);
    expect(() => loadConfig({ NODE_ENV: 'staging' })).toThrow(/NODE_ENV/);
  });

  it('never seeds demo accounts in production', () => {
    expect(loadConfig({ NODE_ENV: 'production' }).seedDemoWhenEmpty).toBe(false);
    expect(loadConfig({}).seedDemoWhenEmpty).toBe(true);
    expect(loadConfig({ SEED_DEMO: '0' }).seedDemoWhenEmpty).toBe(false);
  });

  it('reads the WebSocket origin allow-list and the session lifetime', () => {
    const config = loadConfig({
      ALLOWED_ORIGINS: 'https://kinerja.ntbprov.go.id, https://wall.example',
      SESSION_TTL_HOURS: '8',
    });
    expect(config.allowedOrigins).toEqual(['https://kinerja.ntbprov.go.id', 'https://wall.example']);
    expect(config.sessionTtlMs).toBe(8 * 3_600_000);
  });
});
