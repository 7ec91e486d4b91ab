// An ESLint rule that resolves each relative import to the folder it lands in and checks
// it against DESIGN.md's direction of imports. String patterns cannot do this: from
// electron/core, '../main/x' names electron/main without saying "electron".
import { dirname, relative, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');

/** Each layer, and the layers it may import from (itself included). Longest prefix wins. */
export const LAYERS = {
  shared: ['shared'],
  'electron/core': ['electron/core', 'shared'],
  'electron/main': ['electron/main', 'electron/core', 'shared'],
  'electron/web': ['electron/web', 'electron/core', 'shared'],
  'electron/preload': ['electron/preload', 'shared'],
  renderer: ['renderer', 'shared'],
  server: ['server', 'shared'],
};

function layerOf(absolutePath) {
  const path = relative(ROOT, absolutePath).split('\\').join('/');
  if (path.startsWith('..')) return null;
  const matches = Object.keys(LAYERS).filter((layer) => path === layer || path.startsWith(`${layer}/`));
  return matches.sort((a, b) => b.length - a.length)[0] ?? null;
}

const rule = {
  meta: {
    type: 'problem',
    docs: { description: 'Imports follow the layering of DESIGN.md' },
    messages: { forbidden: '{{from}} may not import from {{to}} (allowed: {{allowed}}). See DESIGN.md "Direction of imports".' },
    schema: [],
  },
  create(context) {
    const from = layerOf(context.filename);
    if (!from) return {};
    const check = (node, source) => {
      if (typeof source !== 'string' || !source.startsWith('.')) return;
      const to = layerOf(resolve(dirname(context.filename), source));
      if (to && !LAYERS[from].includes(to)) {
        context.report({ node, messageId: 'forbidden', data: { from, to, allowed: LAYERS[from].join(', ') } });
      }
    };
    return {
      ImportDeclaration: (node) => check(node, node.source.value),
      ExportNamedDeclaration: (node) => node.source && check(node, node.source.value),
      ExportAllDeclaration: (node) => check(node, node.source.value),
      ImportExpression: (node) => node.source.type === 'Literal' && check(node, node.source.value),
    };
  },
};

export default { rules: { 'import-direction': rule } };
