import { minusma2020 } from './src/data/index.js';
import { simulateMission } from './src/dynamics/index.js';

const t0 = performance.now();
for (let r = 0; r < 5; r++) simulateMission(minusma2020 as never, { seed: 1, replication: r });
console.log(((performance.now() - t0) / 5).toFixed(0), 'ms per replication');
