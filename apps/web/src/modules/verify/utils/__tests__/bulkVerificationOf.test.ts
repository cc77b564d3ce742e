import { describe, expect, it } from 'vitest';
import { bulkVerificationOf } from '../bulkVerificationOf';

const queue = [
  { measurementId: 'Measurement:a', version: 2, code: 'IKU-1' },
  { measurementId: 'Measurement:b', version: 5, code: 'IKU-2' },
  { measurementId: 'Measurement:c', version: 2, code: 'IKU-3' },
];

describe('bulkVerificationOf', () => {
  it('sends the selected rows in queue order with the versions seen', () => {
    expect(bulkVerificationOf(queue, new Set(['Measurement:c', 'Measurement:a']))).toEqual({
      items: [
        { measurementId: 'Measurement:a', expectedVersion: 2 },
        { measurementId: 'Measurement:c', expectedVersion: 2 },
      ],
      codes: ['IKU-1', 'IKU-3'],
    });
  });

  it('leaves out selections no longer in the queue', () => {
    expect(bulkVerificationOf(queue, new Set(['Measurement:gone', 'Measurement:b']))).toEqual({
      items: [{ measurementId: 'Measurement:b', expectedVersion: 5 }],
      codes: ['IKU-2'],
    });
  });

  it('is empty when nothing is selected', () => {
    expect(bulkVerificationOf(queue, new Set())).toEqual({ items: [], codes: [] });
  });
});
