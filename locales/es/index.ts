/** The Spanish catalog. */
import common from './common.ts';
import manifest from './manifest.ts';
import panel from './panel.ts';
import shortcuts from './shortcuts.ts';

export default { ...common, ...panel, ...shortcuts, ...manifest } as const;
