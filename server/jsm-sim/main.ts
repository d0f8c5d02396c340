import { startJsmSimulator } from './index.js';

const port = Number(process.env.JSM_SIM_PORT ?? 8788);
const sim = await startJsmSimulator({ port });
console.log(`JSM simulator on ${sim.url}`);
console.log(`  Jira/JSM site:  ${sim.url}`);
console.log(`  Confluence:     ${sim.url}/wiki`);
console.log(`  e-mail:         ${sim.email}`);
console.log(`  API token:      ${sim.apiToken}`);
console.log(`  service account ${sim.serviceAccountId}; control API at ${sim.url}/_sim/state`);

const stop = (): void => {
  sim.close().then(() => process.exit(0), () => process.exit(1));
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
