import sax from 'sax';

// A strict XML reader for the generated policy files: sax in strict mode throws on anything that
// is not well-formed (unclosed or mismatched tags, bad entities, unquoted attributes, two roots).

export type XmlNode = { name: string; attributes: Record<string, string>; children: XmlNode[]; text: string };

export function parseXml(xml: string): XmlNode {
  const parser = sax.parser(true, { trim: false, normalize: false });
  const root: XmlNode = { name: '#document', attributes: {}, children: [], text: '' };
  const stack: XmlNode[] = [root];
  parser.onerror = (error) => {
    throw error;
  };
  parser.onopentag = (tag) => {
    const node: XmlNode = { name: tag.name, attributes: { ...tag.attributes }, children: [], text: '' };
    stack[stack.length - 1]?.children.push(node);
    stack.push(node);
  };
  parser.onclosetag = () => void stack.pop();
  parser.ontext = (text) => {
    const top = stack[stack.length - 1];
    if (top) top.text += text;
  };
  parser.write(xml).close();
  const [element, ...more] = root.children;
  if (!element || more.length) throw new Error('an XML document has exactly one root element');
  return element;
}

export function all(node: XmlNode, name: string): XmlNode[] {
  return [...(node.name === name ? [node] : []), ...node.children.flatMap((child) => all(child, name))];
}

export function one(node: XmlNode, name: string): XmlNode {
  const found = all(node, name);
  if (found.length !== 1) throw new Error(`expected one <${name}> in <${node.name}>, found ${found.length}`);
  return found[0] as XmlNode;
}

/** A property list element as the JavaScript value it holds. */
export function plistToJs(node: XmlNode): unknown {
  switch (node.name) {
    case 'dict': {
      const out: Record<string, unknown> = {};
      for (let i = 0; i < node.children.length; i += 2) {
        const key = node.children[i];
        const value = node.children[i + 1];
        if (key?.name !== 'key' || !value) throw new Error('a <dict> holds <key> and value pairs');
        out[key.text] = plistToJs(value);
      }
      return out;
    }
    case 'array':
      return node.children.map(plistToJs);
    case 'string':
      return node.text;
    case 'integer':
      if (!/^-?\d+$/.test(node.text)) throw new Error(`<integer>${node.text}</integer> is not a whole number`);
      return Number(node.text);
    case 'real':
      return Number(node.text);
    case 'true':
      return true;
    case 'false':
      return false;
    default:
      throw new Error(`<${node.name}> is not a property list type`);
  }
}
