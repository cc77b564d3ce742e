// Every module's schema and resolver files match one to one: a root field without its file, a
// resolver file that no schema field names, or an object resolver for a type the module does not
// declare or extend fails here (codegen's check in CI catches the same from the other side).
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { Kind, parse, type DocumentNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { resolvers } from './generated/resolvers';

const MODULES = new URL('./modules/', import.meta.url).pathname;
const ROOTS = ['Query', 'Mutation', 'Subscription'] as const;

function typesOf(document: DocumentNode): Map<string, string[]> {
  const types = new Map<string, string[]>();
  for (const def of document.definitions) {
    if (
      def.kind === Kind.OBJECT_TYPE_DEFINITION ||
      def.kind === Kind.OBJECT_TYPE_EXTENSION ||
      def.kind === Kind.INTERFACE_TYPE_DEFINITION ||
      def.kind === Kind.UNION_TYPE_DEFINITION ||
      def.kind === Kind.SCALAR_TYPE_DEFINITION
    ) {
      const fields = 'fields' in def ? (def.fields ?? []).map((f) => f.name.value) : [];
      types.set(def.name.value, [...(types.get(def.name.value) ?? []), ...fields]);
    }
  }
  return types;
}

const files = (dir: string) =>
  existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
        .map((f) => f.slice(0, -3))
        .sort()
    : [];

const modules = readdirSync(MODULES).filter((m) => existsSync(join(MODULES, m, 'schema.graphql')));

describe('schema and resolver files', () => {
  it('finds the modules', () => {
    expect(modules).toContain('measurements');
    expect(modules.length).toBeGreaterThan(15);
  });

  it.each(modules)('%s: one file per root field, and one per type it declares or extends', (name) => {
    const types = typesOf(parse(readFileSync(join(MODULES, name, 'schema.graphql'), 'utf8')));
    const resolverDir = join(MODULES, name, 'resolvers');
    for (const root of ROOTS) {
      expect(files(join(resolverDir, root)), `${name} ${root}`).toEqual([...(types.get(root) ?? [])].sort());
    }
    for (const typeFile of files(resolverDir)) {
      expect(types.has(typeFile), `${name}/resolvers/${typeFile}.ts names no type of ${name}`).toBe(true);
    }
  });

  it('wires every root field of the merged schema to a resolver', () => {
    const all = modules.map((m) => typesOf(parse(readFileSync(join(MODULES, m, 'schema.graphql'), 'utf8'))));
    for (const root of ROOTS) {
      const declared = all.flatMap((types) => types.get(root) ?? []).sort();
      const wired = Object.keys((resolvers as Record<string, object>)[root] ?? {}).sort();
      expect(wired, root).toEqual(declared);
    }
  });
});
