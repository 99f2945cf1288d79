import { buildDemo } from './demo-editor-bundle';

// `npx vite-node scripts/build-demo.ts`: bundles the demo record's rich-text editor into
// demo/vendor/ (see scripts/demo-editor-bundle.ts). `npm start` and the e2e tests need it.
try {
  console.log(`Demo editor bundle: ${await buildDemo()}`);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
