/** The Spanish catalog. */
import common from './common';
import manifest from './manifest';
import panel from './panel';

export default { ...common, ...panel, ...manifest } as const;
