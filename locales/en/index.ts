/** The English catalog: the source every other locale translates, key for key. */
import common from './common';
import manifest from './manifest';
import panel from './panel';
import popup from './popup';

export default { ...common, ...panel, ...popup, ...manifest } as const;
