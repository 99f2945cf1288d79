// The few parts of sax (a strict, streaming XML parser) the policy-file tests use; sax ships no types.
declare module 'sax' {
  export interface QualifiedTag {
    name: string;
    attributes: Record<string, string>;
  }
  export interface SAXParser {
    onopentag: (tag: QualifiedTag) => void;
    onclosetag: (name: string) => void;
    ontext: (text: string) => void;
    oncdata: (text: string) => void;
    onerror: (error: Error) => void;
    write(xml: string): SAXParser;
    close(): SAXParser;
  }
  export function parser(strict: boolean, options?: { trim?: boolean; normalize?: boolean; xmlns?: boolean; lowercase?: boolean }): SAXParser;
  const sax: { parser: typeof parser };
  export default sax;
}
