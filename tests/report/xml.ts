/**
 * A small strict XML well-formedness checker for the tests: elements nest and close, attribute
 * values are quoted and unique per element, entities are the predefined ones or character
 * references, text holds no raw `<` or `&`. Returns the root element's name and every element
 * (name and attributes) in document order.
 */
export interface XmlElement {
  readonly name: string;
  readonly attributes: Readonly<Record<string, string>>;
  /** Text directly inside the element (entities decoded). */
  text: string;
}

const NAME = /^[A-Za-z_:][A-Za-z0-9_.:-]*/;
const ENTITY = /^&(?:lt|gt|amp|quot|apos|#[0-9]+|#x[0-9a-fA-F]+);/;

function decode(s: string): string {
  return s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#x([0-9a-fA-F]+);/g, (_m, h: string) => String.fromCodePoint(Number.parseInt(h, 16)))
    .replace(/&#([0-9]+);/g, (_m, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&amp;/g, '&');
}

function checkText(s: string, at: number): void {
  for (let i = 0; i < s.length; i++) {
    if (s[i] === '<') throw new Error(`raw '<' in text at ${at + i}`);
    if (s[i] === '&' && !ENTITY.test(s.slice(i))) throw new Error(`bad entity at ${at + i}`);
  }
}

/** Parses `xml`, throwing an Error naming the offset of the first problem. */
export function parseXml(xml: string): { root: string; elements: XmlElement[] } {
  let i = 0;
  const stack: XmlElement[] = [];
  const elements: XmlElement[] = [];
  let root: string | undefined;
  let closedRoot = false;
  if (xml.startsWith('<?xml')) {
    const end = xml.indexOf('?>');
    if (end < 0) throw new Error('unterminated XML declaration');
    i = end + 2;
  }
  while (i < xml.length) {
    const lt = xml.indexOf('<', i);
    const textEnd = lt < 0 ? xml.length : lt;
    const chunk = xml.slice(i, textEnd);
    if (stack.length === 0 && chunk.trim() !== '') throw new Error(`text outside the root at ${i}`);
    checkText(chunk, i);
    const top = stack[stack.length - 1];
    if (top !== undefined) top.text += decode(chunk);
    if (lt < 0) break;
    i = lt;
    if (xml.startsWith('<!--', i)) {
      const end = xml.indexOf('-->', i + 4);
      if (end < 0) throw new Error(`unterminated comment at ${i}`);
      i = end + 3;
      continue;
    }
    if (xml.startsWith('</', i)) {
      const m = NAME.exec(xml.slice(i + 2));
      if (m === null) throw new Error(`bad closing tag at ${i}`);
      const open = stack.pop();
      if (open === undefined || open.name !== m[0]) {
        throw new Error(`closing </${m[0]}> does not match <${open?.name ?? '(none)'}> at ${i}`);
      }
      i += 2 + m[0].length;
      while (/\s/.test(xml[i] ?? '')) i++;
      if (xml[i] !== '>') throw new Error(`expected '>' at ${i}`);
      i++;
      if (stack.length === 0) closedRoot = true;
      continue;
    }
    if (closedRoot) throw new Error(`second root element at ${i}`);
    const m = NAME.exec(xml.slice(i + 1));
    if (m === null) throw new Error(`bad tag at ${i}`);
    const name = m[0];
    i += 1 + name.length;
    const attributes: Record<string, string> = {};
    for (;;) {
      const ws = /^\s*/.exec(xml.slice(i))?.[0].length ?? 0;
      i += ws;
      if (xml.startsWith('/>', i) || xml[i] === '>') break;
      if (ws === 0) throw new Error(`expected whitespace before attribute at ${i}`);
      const an = NAME.exec(xml.slice(i));
      if (an === null) throw new Error(`bad attribute name at ${i}`);
      i += an[0].length;
      if (xml[i] !== '=') throw new Error(`expected '=' at ${i}`);
      i++;
      const q = xml[i];
      if (q !== '"' && q !== "'") throw new Error(`unquoted attribute value at ${i}`);
      const end = xml.indexOf(q, i + 1);
      if (end < 0) throw new Error(`unterminated attribute value at ${i}`);
      const raw = xml.slice(i + 1, end);
      checkText(raw, i + 1);
      if (Object.hasOwn(attributes, an[0])) throw new Error(`duplicate attribute ${an[0]} at ${i}`);
      attributes[an[0]] = decode(raw);
      i = end + 1;
    }
    const el: XmlElement = { name, attributes, text: '' };
    elements.push(el);
    if (root === undefined) root = name;
    if (xml.startsWith('/>', i)) {
      i += 2;
      if (stack.length === 0) closedRoot = true;
    } else {
      i += 1;
      stack.push(el);
    }
  }
  if (stack.length > 0) throw new Error(`unclosed <${stack[stack.length - 1]?.name}>`);
  if (root === undefined) throw new Error('no root element');
  return { root, elements };
}
