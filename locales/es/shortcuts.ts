/** Spanish: the keyboard-shortcuts section (keys and placeholders as in locales/en/shortcuts.ts). */
import type { Translation } from '@/utils/i18n/catalog-types';
import type en from '../en/shortcuts';

export default {
  'shortcuts.title': 'Atajos de teclado',
  'shortcuts.unsupported': 'Este navegador no tiene atajos de teclado para extensiones.',
  'shortcuts.reading': 'Leyendo los atajos del navegador…',
  'shortcuts.unavailable': 'El navegador no ha dicho qué teclas están asignadas; su página de atajos (abajo) las muestra.',
  'shortcuts.action': 'Acción',
  'shortcuts.shortcut': 'Atajo',
  'shortcuts.notSet': 'Sin asignar',
  'shortcuts.executeAction': 'Abrir la ventana de Caveat Lens de la barra de herramientas',
  'shortcuts.explain':
    '«Mostrar u ocultar» abre el panel completo, incluso en un sitio donde lo desactivaste (solo durante esa visita), y lo oculta durante el resto de la visita. Las teclas las gestiona el navegador: asígnalas o cámbialas en su página de atajos.',
  'shortcuts.firefoxPath': 'En Firefox: {path}.',
  'shortcuts.firefoxPathText': 'about:addons → el botón del engranaje (⚙) → Gestionar atajos de extensiones',
  'shortcuts.firefoxOpen': 'Abrir Gestionar atajos de extensiones',
  'shortcuts.chromePage':
    'La página de atajos está en {address}. Las páginas web no pueden enlazarla: ábrela con el botón o copia la dirección en la barra de direcciones.',
  'shortcuts.chromeOpen': 'Abrir la página de atajos',
  'shortcuts.copy': 'Copiar la dirección',
  'shortcuts.notOpened': 'El navegador no la ha abierto: ve a {page}.',
  'shortcuts.copied': 'Copiado {address}: pégalo en la barra de direcciones.',
  'shortcuts.copyFailed': 'No se ha podido copiar: escribe {address} en la barra de direcciones.',
} as const satisfies Translation<typeof en>;
