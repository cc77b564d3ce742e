// Lays out a strategy map: one row per perspective in BSC order (stakeholder at the top, learning
// and growth at the bottom), objectives left to right in the API's order, and the cause–effect
// arrows between the boxes once their positions on screen are known.
import type { Perspective } from '../../../gql/graphql';

export const PERSPECTIVE_ORDER: readonly Perspective[] = [
  'STAKEHOLDER',
  'CUSTOMER',
  'INTERNAL_PROCESS',
  'LEARNING_GROWTH',
];

export interface MapRow<T> {
  perspective: Perspective;
  objectives: T[];
}

/** Rows of the map; every perspective gets a row, even an empty one, so the map reads the same. */
export function strategyMapRows<T extends { perspective: Perspective }>(
  objectives: readonly T[],
): MapRow<T>[] {
  return PERSPECTIVE_ORDER.map((perspective) => ({
    perspective,
    objectives: objectives.filter((o) => o.perspective === perspective),
  }));
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface Arrow {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/**
 * The arrow from one box to another: between facing edges (top/bottom when the boxes are in
 * different rows, left/right in the same row), from the middle of each edge.
 */
export function arrowBetween(from: Box, to: Box): Arrow {
  const fromCx = from.x + from.width / 2;
  const toCx = to.x + to.width / 2;
  const fromBottom = from.y + from.height;
  const toBottom = to.y + to.height;
  if (toBottom <= from.y) return { x1: fromCx, y1: from.y, x2: toCx, y2: toBottom };
  if (to.y >= fromBottom) return { x1: fromCx, y1: fromBottom, x2: toCx, y2: to.y };
  const fromCy = from.y + from.height / 2;
  const toCy = to.y + to.height / 2;
  if (to.x >= from.x + from.width) return { x1: from.x + from.width, y1: fromCy, x2: to.x, y2: toCy };
  return { x1: from.x, y1: fromCy, x2: to.x + to.width, y2: toCy };
}

/** Arrows of the links whose two ends are both laid out (unknown ids are skipped). */
export function strategyMapArrows(
  links: readonly { from: { id: string }; to: { id: string } }[],
  boxes: ReadonlyMap<string, Box>,
): (Arrow & { key: string })[] {
  const arrows: (Arrow & { key: string })[] = [];
  for (const link of links) {
    const from = boxes.get(link.from.id);
    const to = boxes.get(link.to.id);
    if (!from || !to || link.from.id === link.to.id) continue;
    arrows.push({ key: `${link.from.id}>${link.to.id}`, ...arrowBetween(from, to) });
  }
  return arrows;
}
