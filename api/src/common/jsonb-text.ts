/**
 * A JSON value as PostgreSQL prints it once stored as `jsonb` (`body::text`): object keys shorter
 * first, then in byte order; `": "` and `", "` between items; values that JSON would leave out
 * (`undefined`, functions) left out. Equal values give equal text, and the same text PostgreSQL
 * gives, so a hash of it can be computed here or in SQL alike.
 */
export function jsonbText(value: unknown): string {
  return write(value);
}

/** Each key's order and printed prefix, by the set of keys in their original order. */
const shapes = new Map<string, Array<{ key: string; prefix: string }>>();

const ASCII = /^[ -~]*$/;

function byJsonbOrder(a: string, b: string): number {
  if (ASCII.test(a) && ASCII.test(b)) return a.length - b.length || (a < b ? -1 : a > b ? 1 : 0);
  const left = Buffer.from(a, 'utf8');
  const right = Buffer.from(b, 'utf8');
  return left.length - right.length || Buffer.compare(left, right);
}

function shapeOf(object: object): Array<{ key: string; prefix: string }> {
  const keys = Object.keys(object);
  const id = keys.join('\u0000');
  let shape = shapes.get(id);
  if (!shape) {
    shape = [...keys].sort(byJsonbOrder).map((key) => ({ key, prefix: `${JSON.stringify(key)}: ` }));
    if (shapes.size < 10_000) shapes.set(id, shape);
  }
  return shape;
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
  for (const { key, prefix } of shapeOf(record)) {
    const item = record[key];
    if (item === undefined || typeof item === 'function' || typeof item === 'symbol') continue;
    text += first ? prefix : `, ${prefix}`;
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
