/** Spanish: the options page and the settings' choices (keys and placeholders as in locales/en/options.ts). */
import type { Translation } from '@/utils/i18n/catalog-types';
import type en from '../en/options';

export default {
  'settings.corner.top-right': 'Arriba a la derecha',
  'settings.corner.top-left': 'Arriba a la izquierda',
  'settings.corner.bottom-right': 'Abajo a la derecha',
  'settings.corner.bottom-left': 'Abajo a la izquierda',
  'settings.theme.auto': 'Igual que el sistema',
  'settings.theme.light': 'Claro',
  'settings.theme.dark': 'Oscuro',
  'settings.start.quiet': 'Completo en la primera visita y tras cambios; si no, como píldora',
  'settings.start.expanded': 'Siempre completo',
  'settings.start.collapsed': 'Como píldora, salvo tras cambios',
  'settings.language.auto': 'Predeterminado del navegador ({language})',

  'options.title': 'Ajustes de Caveat Lens',
  'options.loading': 'Cargando ajustes…',
  'options.storedProblems': 'Algunos ajustes guardados no se podían leer y volvieron a sus valores predeterminados; el resto se conservó.',
  'options.syncError': 'El almacenamiento sincronizado está lleno o no disponible; los ajustes se guardan solo en este dispositivo.',

  'options.status.saved': 'Guardado.',
  'options.status.syncRefused': 'No se pudo guardar en el almacenamiento sincronizado; se guardó en este dispositivo.',
  'options.status.panelOn': 'Panel activado para {name}.',
  'options.status.siteReset': '{name} volvió a los valores predeterminados.',
  'options.status.allReset': 'Todos los sitios volvieron a los valores predeterminados.',
  'options.status.exported': 'Ajustes exportados a {file}.',
  'options.status.imported': 'Ajustes importados de {file}.',
  'options.import.json': 'Este archivo no es JSON válido, así que no se importó nada.',
  'options.import.format': 'Este no es un archivo de ajustes de Caveat Lens, así que no se importó nada.',
  'options.import.version': 'El archivo no tiene un número de versión válido, así que no se importó nada.',
  'options.import.newer':
    'El archivo se creó con una versión más reciente de Caveat Lens (ajustes v{version}); actualiza la extensión y vuelve a importarlo.',
  'options.import.shape': 'Los ajustes del archivo no tienen la forma esperada, así que no se importó nada.',
  'options.import.values': 'El archivo tiene valores no válidos ({problems}), así que no se importó nada.',

  'options.policy.invalidEntry': 'La política de tu organización tiene una entrada no válida: {problem}',
  'options.policy.ignored': 'Caveat Lens ignora estas entradas y aplica el resto de la política. Tus ajustes no cambian.',
  'options.policy.heading': 'Gestionado por {org}',
  'options.policy.intro':
    '{org} ha establecido una política para Caveat Lens. Los ajustes que fija están marcados abajo; el resto puedes cambiarlos tú.',
  'options.policy.notes': {
    one: 'Notas sobre {count} herramienta, mostradas primero en el panel y en la lista: {tools}.',
    many: 'Notas sobre {count} herramientas, mostradas primero en el panel y en la lista: {tools}.',
    other: 'Notas sobre {count} herramientas, mostradas primero en el panel y en la lista: {tools}.',
  },
  'options.policy.keptOn': 'El panel se mantiene activado para {tools}.',
  'options.policy.defaults': 'Sus valores predeterminados se aplican a los ajustes que no has cambiado.',
  'options.policy.toolsHeading': 'Herramientas añadidas por {org}',
  'options.policy.toolPanel': '— panel en su sitio, y en la ventana emergente, la comparación y la búsqueda',
  'options.policy.toolNoPanel':
    '— solo en la ventana emergente, la comparación y la búsqueda: Caveat Lens no tiene acceso a {hosts}, así que ahí no hay panel',

  'options.defaults.heading': 'Valores predeterminados para todos los sitios',
  'options.defaults.panel': 'Mostrar el panel en los sitios de herramientas de IA',
  'options.defaults.keptOn': '{org} mantiene el panel activado para {tools}, sea cual sea este ajuste.',
  'options.defaults.start': 'Cómo se abre el panel en una página',
  'options.defaults.quietHint': '(recomendado: una tarjeta que ves en cada visita pronto deja de leerse)',
  'options.defaults.paste':
    'Avisar cuando algo que pego en una herramienta que entrena con ello, lo guarda mucho tiempo o deja que otros lo lean parezca sensible (claves de API, contraseñas, números de tarjeta, muchas direcciones de correo…)',
  'options.defaults.pasteLocal': 'La comprobación de lo que pegas se hace solo en la página; nunca se guarda ni se envía a ningún sitio.',
  'options.defaults.corner': 'Esquina del panel',
  'options.defaults.stale': 'Avisar cuando los datos tengan más de {days} días',
  'options.defaults.theme': 'Tema',
  'options.defaults.language': 'Idioma',
  'options.managed.held': 'Lo fija la política de {org}; no se puede cambiar aquí.',
  'options.managed.pasteKeptOn': '{org} mantiene activada la comprobación de lo que pegas; no se puede desactivar aquí.',

  'options.sites.heading': 'Ajustes por sitio',
  'options.sites.empty':
    'Ningún sitio difiere de los valores predeterminados. Cambia un sitio desde la ventana emergente de la barra de herramientas mientras estás en él.',
  'options.sites.panelOff': 'panel desactivado',
  'options.sites.panelOn': 'panel activado',
  'options.sites.pillOn': 'empieza como píldora',
  'options.sites.pillOff': 'no empieza como píldora',
  'options.sites.fullOn': 'siempre completo',
  'options.sites.fullOff': 'discreto',
  'options.sites.pasteOff': 'comprobación al pegar desactivada',
  'options.sites.pasteOn': 'comprobación al pegar activada',
  'options.sites.keptOnBy': '({org} lo mantiene activado)',
  'options.sites.turnOn': 'Activar el panel',
  'options.sites.reset': 'Restablecer',
  'options.sites.resetAll': 'Restablecer todos los sitios…',
  'options.sites.confirmLabel': 'Confirmar el restablecimiento',
  'options.sites.confirm': {
    one: '¿Restablecer {count} sitio a los valores predeterminados?',
    many: '¿Restablecer los {count} sitios a los valores predeterminados?',
    other: '¿Restablecer los {count} sitios a los valores predeterminados?',
  },
  'options.sites.yes': 'Sí, restablecer todos',
  'options.sites.cancel': 'Cancelar',

  'options.backup.heading': 'Exportar e importar',
  'options.backup.export': 'Exportar ajustes',
  'options.backup.import': 'Importar ajustes…',
  'options.backup.file': 'Archivo de ajustes para importar',
  'options.backup.note': 'Una importación se comprueba primero; un archivo mal formado o ajeno no cambia nada.',

  'options.about.heading': 'Sobre los datos',
  'options.about.date': 'Fecha de los datos: {date}',
  'options.about.count': 'Herramientas indexadas: {count}',
  'options.about.orgTools': {
    one: 'Además, {count} herramienta añadida por {org}, listada arriba: sus datos los da {org}, no este conjunto de datos.',
    many: 'Además, {count} herramientas añadidas por {org}, listadas arriba: sus datos los da {org}, no este conjunto de datos.',
    other: 'Además, {count} herramientas añadidas por {org}, listadas arriba: sus datos los da {org}, no este conjunto de datos.',
  },
  'options.about.sources':
    'Cada afirmación enlaza a su fuente y a la fecha en que se comprobó. No se descarga nada de la red: los datos vienen con la extensión.',
  'options.about.open':
    'Los datos son abiertos: {command} en el código fuente de la extensión los escribe en un único archivo JSON, {file}, descrito por un JSON Schema, {schema}.',
  'options.about.compare': 'Comparar herramientas lado a lado',
} as const satisfies Translation<typeof en>;
