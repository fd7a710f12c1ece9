/** The English catalog: the source every other locale translates, key for key. */
import common from './common.ts';
import manifest from './manifest.ts';
import options from './options.ts';
import panel from './panel.ts';
import popup from './popup.ts';
import shortcuts from './shortcuts.ts';

export default { ...common, ...panel, ...popup, ...options, ...shortcuts, ...manifest } as const;
