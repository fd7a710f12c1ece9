/** The English catalog: the source every other locale translates, key for key. */
import common from './common';
import manifest from './manifest';
import options from './options';
import panel from './panel';

export default { ...common, ...panel, ...manifest, ...options } as const;
