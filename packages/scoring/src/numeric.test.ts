import { describe, expect, it } from 'vitest';
import { clamp, closeTo, counted, isBelow, reaches } from './numeric';

describe('numeric helpers', () => {
  it('reaches a threshold up to float noise, not beyond it', () => {
    expect(reaches(80, 80)).toBe(true);
    expect(reaches(80 - 1e-12, 80)).toBe(true);
    expect(reaches(79.99, 80)).toBe(false);
  });

  it('is below a level only clearly below it', () => {
    expect(isBelow(-5, -5)).toBe(false);
    expect(isBelow(-5 - 1e-12, -5)).toBe(false);
    expect(isBelow(-5.01, -5)).toBe(true);
  });

  it('clamps and counts achievements within [0, cap]', () => {
    expect(clamp(5, 0, 3)).toBe(3);
    expect(clamp(-1, 0, 3)).toBe(0);
    expect(counted(130, 120)).toBe(120);
    expect(counted(-20, 120)).toBe(0);
    expect(counted(90, 120)).toBe(90);
  });

  it('compares absolutely below 1 and relatively above', () => {
    expect(closeTo(0, 5e-10, 1e-9)).toBe(true);
    expect(closeTo(0, 2e-9, 1e-9)).toBe(false);
    expect(closeTo(1e6, 1e6 + 1e-4, 1e-9)).toBe(true);
    expect(closeTo(1e6, 1e6 + 1e-2, 1e-9)).toBe(false);
  });
});
