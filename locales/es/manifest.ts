/** Spanish: the manifest's texts (see locales/en/manifest.ts); the description is the store's short description. */
import type { Translation } from '@/utils/i18n/catalog-types';
import type en from '../en/manifest';

export default {
  'manifest.extName': 'Caveat Lens',
  'manifest.extDescription':
    'La letra pequeña de las herramientas de IA generativa —privacidad, precios, derechos de autor y límites— justo donde las usas.',
  'manifest.cmdTogglePanel': 'Mostrar u ocultar el panel en esta página',
  'manifest.cmdOpenChecklist': 'Abrir la lista completa de la herramienta de esta página',
} as const satisfies Translation<typeof en>;
