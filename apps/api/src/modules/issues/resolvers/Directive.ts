// A leader's directive: global ids, due date as a calendar day, author and official in charge.
import type { DirectiveResolvers } from '../../../generated/resolverTypes';
import { toGlobalId } from '../../../ids';
import { isoDate } from '../../../period';

export const Directive: DirectiveResolvers = {
  id: (d) => toGlobalId('Directive', d.id),
  dueDate: (d) => isoDate(d.dueDate),
  createdAt: (d) => d.createdAt.toISOString(),
  author: (d) => d.author?.displayName ?? null,
  subjectId: (d) => `${d.nodeType}:${d.nodeId}`,
  picName: (d) => d.pic?.name ?? null,
};
