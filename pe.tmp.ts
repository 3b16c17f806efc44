import { minusma2020 } from './src/data/index.js';
import { missionModel } from './src/experiment/index.js';
import { planStepEffects } from './src/experiment/plan-effects.js';

const t0 = performance.now();
const effects = await planStepEffects(minusma2020 as never, {
  replications: 12,
  seed: 2020,
  workers: 2,
  model: missionModel,
});
console.log(((performance.now() - t0) / 1000).toFixed(1), 's');
for (const e of effects) {
  const top = e.effects[0];
  console.log(
    e.step.padEnd(38),
    e.identical ? 'IDENTICAL' : '',
    e.effects.length,
    top
      ? `${top.metric} ${top.diffMean.toFixed(3)} [${top.diffCiLow.toFixed(3)}, ${top.diffCiHigh.toFixed(3)}]`
      : '-',
    e.removedWith.join(','),
  );
}
