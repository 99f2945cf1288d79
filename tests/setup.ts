// Component tests wait for what appears after Preact's effects and IndexedDB writes. Testing
// Library gives up after 1 s by default; a loaded two-core CI machine can take longer, so wait up
// to 5 s (a wait that succeeds returns as soon as it does, so passing tests are not slower).
if (typeof document !== 'undefined') {
  const { configure } = await import('@testing-library/preact');
  configure({ asyncUtilTimeout: 5_000 });
}
