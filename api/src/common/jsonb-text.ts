/**
 * A JSON value as PostgreSQL prints it once stored as `jsonb` (`body::text`): object keys shorter
 * first, then in byte order; `": "` and `", "` between items; values that JSON would leave out
 * (`undefined`, functions) left out. Equal values give equal text, and the same text PostgreSQL
 * gives, so a hash of it can be computed here or in SQL alike.
 */
export function jsonbText(value: unknown): string {
  return write(value);
}

/**
 * How an object with these keys (in their original order) is printed: each key in jsonb's order,
 * with what goes before its value as the first item and as a later one.
 */
interface Shape {
  keys: string[];
  order: Array<{ key: string; first: string; next: string }>;
}

/**
 * Shapes seen, by their first key. Thousands of views share a few shapes: a shape is found by
 * comparing an object's keys with it, one by one, rather than by joining them into one name.
 */
const shapes = new Map<string, Shape[]>();
let shapeCount = 0;
const MAX_SHAPES = 10_000;
/** Shapes kept for one first key: objects whose keys vary freely are printed without a kept shape. */
const MAX_SHAPES_PER_KEY = 32;

const ASCII = /^[ -~]*$/;

function byJsonbOrder(a: string, b: string): number {
  if (ASCII.test(a) && ASCII.test(b)) return a.length - b.length || (a < b ? -1 : a > b ? 1 : 0);
  const left = Buffer.from(a, 'utf8');
  const right = Buffer.from(b, 'utf8');
  return left.length - right.length || Buffer.compare(left, right);
}

function shapeOf(object: object): Shape['order'] {
  const keys = Object.keys(object);
  const firstKey = keys.length === 0 ? '' : keys[0];
  const known = shapes.get(firstKey);
  if (known) {
    for (const shape of known) {
      if (sameKeys(shape.keys, keys)) return shape.order;
    }
  }
  const order = [...keys].sort(byJsonbOrder).map((key) => {
    const first = `${JSON.stringify(key)}: `;
    return { key, first, next: `, ${first}` };
  });
  if (shapeCount < MAX_SHAPES && (known?.length ?? 0) < MAX_SHAPES_PER_KEY) {
    shapeCount += 1;
    if (known) known.push({ keys, order });
    else shapes.set(firstKey, [{ keys, order }]);
  }
  return order;
}

function sameKeys(a: string[], b: string[]): boolean {
  if (a.length !== b.length) return false;
  for (let index = 0; index < a.length; index++) {
    if (a[index] !== b[index]) return false;
  }
  return true;
}

function write(value: unknown): string {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'string':
      return JSON.stringify(value);
    case 'number':
      return Number.isFinite(value) ? numberText(value) : 'null';
    case 'boolean':
      return value ? 'true' : 'false';
    case 'object':
      break;
    default:
      return 'null';
  }
  const withJson = value as { toJSON?: () => unknown };
  if (typeof withJson.toJSON === 'function') return write(withJson.toJSON());
  if (Array.isArray(value)) {
    let text = '[';
    for (let index = 0; index < value.length; index++) {
      const item: unknown = value[index];
      if (index > 0) text += ', ';
      text +=
        item === undefined || typeof item === 'function' || typeof item === 'symbol' ? 'null' : write(item);
    }
    return text + ']';
  }
  const record = value as Record<string, unknown>;
  let text = '{';
  let first = true;
  for (const shape of shapeOf(record)) {
    const item = record[shape.key];
    if (item === undefined || typeof item === 'function' || typeof item === 'symbol') continue;
    text += first ? shape.first : shape.next;
    first = false;
    text += write(item);
  }
  return text + '}';
}

/** PostgreSQL's numeric prints plain decimals where JavaScript would use an exponent. */
function numberText(value: number): string {
  const text = String(value);
  if (!text.includes('e')) return text;
  const [mantissa, exponentText] = text.split('e');
  const exponent = Number(exponentText);
  const negative = mantissa.startsWith('-');
  const [whole, fraction = ''] = mantissa.replace('-', '').split('.');
  const digits = whole + fraction;
  const point = whole.length + exponent;
  const plain =
    point <= 0
      ? `0.${'0'.repeat(-point)}${digits}`
      : point >= digits.length
        ? digits + '0'.repeat(point - digits.length)
        : `${digits.slice(0, point)}.${digits.slice(point)}`;
  return (negative ? '-' : '') + plain;
}
