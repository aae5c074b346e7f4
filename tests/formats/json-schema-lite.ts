// Just enough of JSON Schema 2020-12 to hold public/scorecard.schema.json to what the app
// writes (no validator library is installed): $ref into $defs, type, const, enum, pattern,
// minLength, minimum, maximum, required, properties, items and oneOf.
import { formatPath } from '../../src/shared/issue-path';

export interface SchemaNode {
  $ref?: string;
  type?: string | string[];
  const?: unknown;
  enum?: unknown[];
  pattern?: string;
  minLength?: number;
  minimum?: number;
  maximum?: number;
  required?: string[];
  properties?: Record<string, SchemaNode>;
  items?: SchemaNode;
  oneOf?: SchemaNode[];
  $defs?: Record<string, SchemaNode>;
}

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (Number.isInteger(value)) return 'integer';
  return typeof value;
}

function hasType(value: unknown, type: string): boolean {
  const actual = typeOf(value);
  return actual === type || (type === 'number' && actual === 'integer');
}

export function validate(root: SchemaNode, value: unknown): string[] {
  const walk = (node: SchemaNode, v: unknown, path: (string | number)[]): string[] => {
    const errors: string[] = [];
    const at = formatPath(path);
    if (node.$ref) {
      const name = node.$ref.replace('#/$defs/', '');
      const target = root.$defs?.[name];
      if (!target) throw new Error(`unresolved $ref ${node.$ref}`);
      errors.push(...walk(target, v, path));
    }
    const types = node.type === undefined ? [] : [node.type].flat();
    if (types.length > 0 && !types.some((t) => hasType(v, t))) {
      errors.push(`${at}: expected ${types.join('|')}, got ${typeOf(v)}`);
      return errors;
    }
    if ('const' in node && v !== node.const) errors.push(`${at}: expected ${String(node.const)}`);
    if (node.enum && !node.enum.includes(v)) errors.push(`${at}: not one of the enum`);
    if (typeof v === 'string') {
      if (node.pattern && !new RegExp(node.pattern, 'u').test(v)) errors.push(`${at}: pattern`);
      if (node.minLength !== undefined && [...v].length < node.minLength)
        errors.push(`${at}: short`);
    }
    if (typeof v === 'number') {
      if (node.minimum !== undefined && v < node.minimum) errors.push(`${at}: below minimum`);
      if (node.maximum !== undefined && v > node.maximum) errors.push(`${at}: above maximum`);
    }
    if (node.oneOf) {
      const passing = node.oneOf.filter((option) => walk(option, v, path).length === 0);
      if (passing.length !== 1) errors.push(`${at}: matches ${passing.length} of oneOf`);
    }
    if (typeOf(v) === 'object') {
      const record = v as Record<string, unknown>;
      for (const key of node.required ?? []) {
        if (!(key in record)) errors.push(`${formatPath([...path, key])}: required`);
      }
      for (const [key, child] of Object.entries(node.properties ?? {})) {
        if (key in record) errors.push(...walk(child, record[key], [...path, key]));
      }
    }
    if (Array.isArray(v) && node.items) {
      const items = node.items;
      v.forEach((item, i) => errors.push(...walk(items, item, [...path, i])));
    }
    return errors;
  };
  return walk(root, value, []);
}
