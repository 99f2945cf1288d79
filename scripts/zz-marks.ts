import { launchExtension } from './support/launch-extension';
import { setUpPassphrase } from './bench/contact-interactions';
const l = await launchExtension();
await setUpPassphrase(l);
const all: Record<string, number[]> = {};
for (let i = 0; i < 10; i++) {
  const p = await l.context.newPage();
  await p.goto(l.sidePanelUrl);
  await p.waitForFunction(() => performance.getEntriesByName('pmh:interactive').length > 0);
  const marks = await p.evaluate(() => performance.getEntriesByType('mark').map((m) => [m.name, m.startTime] as [string, number]));
  if (i > 0) for (const [n, t] of marks) (all[n] ??= []).push(t);
  await p.close();
}
for (const [n, ts] of Object.entries(all)) { ts.sort((a, b) => a - b); console.log(n.padEnd(28), ts[Math.floor(ts.length / 2)]!.toFixed(1)); }
await l.close();
