/** The Spanish catalog. */
import common from './common';
import manifest from './manifest';
import panel from './panel';
import popup from './popup';

export default { ...common, ...panel, ...popup, ...manifest } as const;
