/**
 * The environment for a `wxt build` started from a vite-node script: vite-node sets
 * NODE_ENV=development for the script itself, and a child build that inherits it is a development
 * build (different code and sizes). `npm start` and `npm run bench` must build what `npm run build`
 * builds, so the variable is dropped for the child (as scripts/package.ts does).
 */
export function productionBuildEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  delete env.NODE_ENV;
  return env;
}
