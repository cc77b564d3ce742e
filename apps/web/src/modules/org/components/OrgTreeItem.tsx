// One node of the organisation tree: a button that opens or closes its branch (aria-expanded)
// and a button that selects it (aria-current), then its units, recursively. Plain buttons, so
// Tab, Enter and Space work as everywhere else.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrgTreeUnit } from '../types/OrgTreeUnit';

const FOCUS_RING = 'focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-accent';

export interface OrgTreeState {
  selectedId: string;
  expanded: ReadonlySet<string>;
  onToggle: (nodeId: string) => void;
  onSelect: (nodeId: string) => void;
}

export function OrgTreeItem({
  nodeId,
  name,
  detail,
  units,
  tree,
}: {
  nodeId: string;
  name: string;
  /** Kind and code, under the name. */
  detail: string;
  units: readonly OrgTreeUnit[];
  tree: OrgTreeState;
}) {
  const { t } = useTranslation();
  const groupId = useId();
  const open = tree.expanded.has(nodeId);
  const selected = tree.selectedId === nodeId;

  return (
    <li className="flex min-w-0 flex-col gap-1">
      <div className="flex items-stretch gap-1">
        {units.length > 0 ? (
          <button
            type="button"
            aria-expanded={open}
            aria-controls={groupId}
            aria-label={t('org.tree.toggle', { name })}
            onClick={() => tree.onToggle(nodeId)}
            className={`flex min-h-11 w-11 shrink-0 items-center justify-center rounded-lg hover:bg-surface ${FOCUS_RING}`}
          >
            <svg
              aria-hidden="true"
              viewBox="0 0 16 16"
              className={`size-4 transition-transform motion-reduce:transition-none ${open ? 'rotate-90' : ''}`}
            >
              <path d="M6 3l5 5-5 5" fill="none" stroke="currentColor" strokeWidth="2" />
            </svg>
          </button>
        ) : (
          <span aria-hidden="true" className="w-11 shrink-0" />
        )}
        <button
          type="button"
          aria-current={selected ? 'true' : undefined}
          onClick={() => tree.onSelect(nodeId)}
          data-testid="org-tree-node"
          data-node-id={nodeId}
          className={`flex min-h-11 min-w-0 flex-1 flex-col items-start justify-center rounded-lg px-3 py-1 text-left ${FOCUS_RING} ${selected ? 'bg-accent text-accent-ink' : 'hover:bg-surface'}`}
        >
          <span className="max-w-full font-medium break-words">{name}</span>
          <span className={`max-w-full text-sm break-words ${selected ? '' : 'text-ink-muted'}`}>
            {detail}
          </span>
        </button>
      </div>
      {units.length > 0 ? (
        <ul id={groupId} hidden={!open} className="ml-5 flex flex-col gap-1 border-l border-line pl-1">
          {units.map((unit) => (
            <OrgTreeItem
              key={unit.id}
              nodeId={unit.id}
              name={unit.name}
              detail={t('org.detail.kindAndCode', { kind: t(`unitKind.${unit.kind}`), code: unit.code })}
              units={unit.children ?? []}
              tree={tree}
            />
          ))}
        </ul>
      ) : null}
    </li>
  );
}
