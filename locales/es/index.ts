/** The Spanish catalog. */
import common from './common.ts';
import manifest from './manifest.ts';
import panel from './panel.ts';

export default { ...common, ...panel, ...manifest } as const;
