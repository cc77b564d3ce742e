// Internal models behind the issues module's GraphQL types (used by codegen).
import type { Directive, FollowUp, Issue } from '@ekinerja/db';

export type IssueMapper = Issue & {
  raisedBy: { displayName: string } | null;
  followUps: (FollowUp & { createdBy: { displayName: string } | null })[];
};
export type FollowUpMapper = FollowUp & { createdBy: { displayName: string } | null };
export type DirectiveMapper = Directive & {
  author: { displayName: string } | null;
  pic: { name: string } | null;
};
