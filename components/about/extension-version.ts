// The extension's version, the manifest's (wxt.config.ts defines __PMH_VERSION__ from package.json).
// Its own small module so the home screen's "what's new" check does not load the About texts.

declare const __PMH_VERSION__: string | undefined;

export const EXTENSION_VERSION: string = typeof __PMH_VERSION__ === 'string' && __PMH_VERSION__ !== '' ? __PMH_VERSION__ : 'development';
