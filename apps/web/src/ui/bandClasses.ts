// Tailwind classes of each traffic-light band, written out in full so Tailwind sees them.
import type { Band } from '../gql/graphql';

export const bandClasses: Record<Band, { text: string; bg: string; border: string }> = {
  GREEN: { text: 'text-band-green', bg: 'bg-band-green', border: 'border-band-green' },
  YELLOW: { text: 'text-band-yellow', bg: 'bg-band-yellow', border: 'border-band-yellow' },
  RED: { text: 'text-band-red', bg: 'bg-band-red', border: 'border-band-red' },
  NO_DATA: { text: 'text-band-no-data', bg: 'bg-band-no-data', border: 'border-band-no-data' },
};
