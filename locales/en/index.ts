/** The English catalog: the source every other locale translates, key for key. */
import common from './common.ts';
import manifest from './manifest.ts';
import panel from './panel.ts';
import shortcuts from './shortcuts.ts';

export default { ...common, ...panel, ...shortcuts, ...manifest } as const;
