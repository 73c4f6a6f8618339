/*
 * Every word of a report, in English, French and Italian. A message is a string or plural forms
 * (Intl.PluralRules categories); {name} placeholders are filled by t(). Dates and numbers are formatted
 * with Intl for the client's locale (fr_CA → fr-CA), so only words live here.
 */
type Plural = { one: string; other: string };
type Msg = string | Plural;
export type Lang = 'en' | 'fr' | 'it';
export const LANGS: readonly Lang[] = ['en', 'fr', 'it'];

const en = {
  subject: '{business}: your website report for {month}',
  title: 'Website care report',
  greeting: 'Hello {client},',
  intro: 'Here is what we did for your websites in {month}.',
  headline: 'This month we {parts}.',
  headline_updates: { one: 'applied {n} update', other: 'applied {n} updates' },
  headline_backups: { one: 'confirmed {n} offsite backup', other: 'confirmed {n} offsite backups' },
  headline_uptime: 'kept your sites online {pct} of the time',
  headline_none: 'This month there was no recorded activity to report.',
  summary: 'At a glance',
  sum_updates: 'Updates applied',
  sum_security: 'Security updates',
  sum_backups: 'Offsite backups',
  sum_uptime: 'Uptime',
  sum_time: 'Time worked',
  not_available: 'n/a',
  updates: 'Updates',
  col_item: 'Item',
  col_version: 'Version',
  col_date: 'Date',
  col_result: 'Result',
  outcome_updated: 'Updated',
  outcome_rolled_back: 'Rolled back',
  outcome_failed: 'Failed',
  outcome_skipped: 'Held back',
  explain_rolled_back: 'This update broke a check on the site, so it was undone automatically and the previous version kept running.',
  explain_failed: 'This update could not be applied; the site kept its previous version.',
  explain_skipped: 'This update was held back on purpose and will be reviewed.',
  security: 'Security',
  type_core: 'WordPress',
  type_plugin: 'Plugin',
  type_theme: 'Theme',
  type_translation: 'Translations',
  updates_none: 'No updates were applied this month.',
  backups: 'Backups',
  backups_count: 'Backups this month',
  backups_offsite: 'Stored offsite',
  backups_newest: 'Newest offsite copy',
  backups_verdict: 'Backup health at month end',
  backups_changes: 'Changes in backup health',
  backups_none: 'No backup data: this site does not report backups.',
  never: 'none',
  verdict_ok: 'Healthy',
  verdict_warning: 'Needs attention',
  verdict_failing: 'Failing',
  verdict_unknown: 'Unknown',
  uptime: 'Uptime',
  uptime_checks: 'Availability checks',
  uptime_none: 'No uptime data for this month.',
  incidents: 'Incidents',
  incidents_none: 'No incidents this month.',
  col_start: 'Start',
  col_duration: 'Duration',
  col_cause: 'Cause',
  ongoing: 'ongoing at month end',
  kind_down: 'Site unreachable',
  kind_agent_silent: 'Maintenance agent silent',
  kind_tls_expiring: 'Certificate expiring soon',
  cause_dns: 'DNS failure',
  cause_connect: 'Connection failed',
  cause_tls: 'Certificate error',
  cause_timeout: 'Timeout',
  cause_status: 'Error response',
  cause_keyword: 'Expected content missing',
  cause_redirect: 'Redirect problem',
  cause_other: 'Other error',
  response: 'Response time',
  response_caption: 'Daily median response time, {min} to {max} ms.',
  response_none: 'No response-time data for this month.',
  tls_valid: 'HTTPS certificate valid until {date}.',
  work: 'Work log',
  col_site: 'Site',
  col_description: 'Description',
  col_time: 'Time',
  kind_work: 'Work',
  kind_restore: 'Restore',
  kind_repair: 'Repair',
  all_sites: 'All sites',
  work_none: 'No time was logged this month.',
  work_used: 'Time used: {used} of {included} included in your plan.',
  work_used_noplan: 'Time used: {used}.',
  work_lost: 'Included time does not carry over: unused time expires at the end of the month.',
  restores_used: 'Restores: {used} of {included} included.',
  repairs_used: 'Repairs: {used} of {included} included.',
  note: 'A note from us',
  planned: 'Planned for next month',
  web_link: 'View this report online: {link}',
  web_link_expiry: 'This link works until {date}.',
  web_link_label: 'View online',
  pdf_attached: 'A PDF copy of this report is attached.',
  site_header: '{label} ({url})',
} satisfies Record<string, Msg>;

export type MsgKey = keyof typeof en;
type Catalogue = Record<MsgKey, Msg>;

const fr: Catalogue = {
  subject: '{business} : votre rapport de maintenance pour {month}',
  title: 'Rapport de maintenance du site',
  greeting: 'Bonjour {client},',
  intro: 'Voici ce que nous avons fait pour vos sites en {month}.',
  headline: 'Ce mois-ci, nous avons {parts}.',
  headline_updates: { one: 'appliqué {n} mise à jour', other: 'appliqué {n} mises à jour' },
  headline_backups: { one: 'confirmé {n} sauvegarde externe', other: 'confirmé {n} sauvegardes externes' },
  headline_uptime: 'maintenu vos sites en ligne {pct} du temps',
  headline_none: 'Aucune activité enregistrée à signaler ce mois-ci.',
  summary: 'En bref',
  sum_updates: 'Mises à jour appliquées',
  sum_security: 'Mises à jour de sécurité',
  sum_backups: 'Sauvegardes externes',
  sum_uptime: 'Disponibilité',
  sum_time: 'Temps de travail',
  not_available: 'n.d.',
  updates: 'Mises à jour',
  col_item: 'Élément',
  col_version: 'Version',
  col_date: 'Date',
  col_result: 'Résultat',
  outcome_updated: 'Mis à jour',
  outcome_rolled_back: 'Annulée',
  outcome_failed: 'Échec',
  outcome_skipped: 'Reportée',
  explain_rolled_back: 'Cette mise à jour a fait échouer un contrôle du site : elle a été annulée automatiquement et la version précédente est restée en service.',
  explain_failed: "Cette mise à jour n'a pas pu être appliquée ; le site a conservé sa version précédente.",
  explain_skipped: 'Cette mise à jour a été volontairement reportée et sera examinée.',
  security: 'Sécurité',
  type_core: 'WordPress',
  type_plugin: 'Extension',
  type_theme: 'Thème',
  type_translation: 'Traductions',
  updates_none: "Aucune mise à jour n'a été appliquée ce mois-ci.",
  backups: 'Sauvegardes',
  backups_count: 'Sauvegardes ce mois-ci',
  backups_offsite: 'Stockées hors site',
  backups_newest: 'Copie externe la plus récente',
  backups_verdict: 'État des sauvegardes en fin de mois',
  backups_changes: "Changements d'état des sauvegardes",
  backups_none: 'Pas de données de sauvegarde : ce site ne transmet pas ses sauvegardes.',
  never: 'aucune',
  verdict_ok: 'Bon',
  verdict_warning: 'À surveiller',
  verdict_failing: 'Défaillant',
  verdict_unknown: 'Inconnu',
  uptime: 'Disponibilité',
  uptime_checks: 'Contrôles de disponibilité',
  uptime_none: 'Pas de données de disponibilité pour ce mois.',
  incidents: 'Incidents',
  incidents_none: 'Aucun incident ce mois-ci.',
  col_start: 'Début',
  col_duration: 'Durée',
  col_cause: 'Cause',
  ongoing: 'en cours en fin de mois',
  kind_down: 'Site inaccessible',
  kind_agent_silent: 'Agent de maintenance muet',
  kind_tls_expiring: 'Certificat bientôt expiré',
  cause_dns: 'Erreur DNS',
  cause_connect: 'Connexion impossible',
  cause_tls: 'Erreur de certificat',
  cause_timeout: "Délai d'attente dépassé",
  cause_status: "Réponse d'erreur",
  cause_keyword: 'Contenu attendu absent',
  cause_redirect: 'Problème de redirection',
  cause_other: 'Autre erreur',
  response: 'Temps de réponse',
  response_caption: 'Temps de réponse médian quotidien, de {min} à {max} ms.',
  response_none: 'Pas de données de temps de réponse pour ce mois.',
  tls_valid: "Certificat HTTPS valide jusqu'au {date}.",
  work: 'Journal de travail',
  col_site: 'Site',
  col_description: 'Description',
  col_time: 'Temps',
  kind_work: 'Travail',
  kind_restore: 'Restauration',
  kind_repair: 'Réparation',
  all_sites: 'Tous les sites',
  work_none: "Aucun temps n'a été enregistré ce mois-ci.",
  work_used: 'Temps utilisé : {used} sur {included} inclus dans votre forfait.',
  work_used_noplan: 'Temps utilisé : {used}.',
  work_lost: "Le temps inclus n'est pas reporté : le temps non utilisé expire à la fin du mois.",
  restores_used: 'Restaurations : {used} sur {included} incluses.',
  repairs_used: 'Réparations : {used} sur {included} incluses.',
  note: 'Un mot de notre part',
  planned: 'Prévu le mois prochain',
  web_link: 'Consulter ce rapport en ligne : {link}',
  web_link_expiry: "Ce lien fonctionne jusqu'au {date}.",
  web_link_label: 'Voir en ligne',
  pdf_attached: 'Une copie PDF de ce rapport est jointe.',
  site_header: '{label} ({url})',
};

const it: Catalogue = {
  subject: '{business}: il report di manutenzione dei vostri siti per {month}',
  title: 'Report di manutenzione del sito',
  greeting: 'Buongiorno {client},',
  intro: 'Ecco cosa abbiamo fatto per i vostri siti a {month}.',
  headline: 'Questo mese abbiamo {parts}.',
  headline_updates: { one: 'applicato {n} aggiornamento', other: 'applicato {n} aggiornamenti' },
  headline_backups: { one: 'confermato {n} backup esterno', other: 'confermato {n} backup esterni' },
  headline_uptime: 'mantenuto i vostri siti online per il {pct} del tempo',
  headline_none: 'Nessuna attività registrata da segnalare questo mese.',
  summary: 'In sintesi',
  sum_updates: 'Aggiornamenti applicati',
  sum_security: 'Aggiornamenti di sicurezza',
  sum_backups: 'Backup esterni',
  sum_uptime: 'Disponibilità',
  sum_time: 'Tempo di lavoro',
  not_available: 'n.d.',
  updates: 'Aggiornamenti',
  col_item: 'Elemento',
  col_version: 'Versione',
  col_date: 'Data',
  col_result: 'Esito',
  outcome_updated: 'Aggiornato',
  outcome_rolled_back: 'Annullato',
  outcome_failed: 'Non riuscito',
  outcome_skipped: 'Rinviato',
  explain_rolled_back: 'Questo aggiornamento ha fatto fallire un controllo del sito: è stato annullato automaticamente e la versione precedente è rimasta attiva.',
  explain_failed: 'Non è stato possibile applicare questo aggiornamento; il sito ha mantenuto la versione precedente.',
  explain_skipped: 'Questo aggiornamento è stato rinviato di proposito e verrà valutato.',
  security: 'Sicurezza',
  type_core: 'WordPress',
  type_plugin: 'Plugin',
  type_theme: 'Tema',
  type_translation: 'Traduzioni',
  updates_none: 'Nessun aggiornamento applicato questo mese.',
  backups: 'Backup',
  backups_count: 'Backup di questo mese',
  backups_offsite: 'Conservati esternamente',
  backups_newest: 'Copia esterna più recente',
  backups_verdict: 'Stato dei backup a fine mese',
  backups_changes: 'Cambiamenti dello stato dei backup',
  backups_none: 'Nessun dato sui backup: questo sito non trasmette i propri backup.',
  never: 'nessuna',
  verdict_ok: 'In ordine',
  verdict_warning: 'Da controllare',
  verdict_failing: 'Non funzionante',
  verdict_unknown: 'Sconosciuto',
  uptime: 'Disponibilità',
  uptime_checks: 'Controlli di disponibilità',
  uptime_none: 'Nessun dato di disponibilità per questo mese.',
  incidents: 'Incidenti',
  incidents_none: 'Nessun incidente questo mese.',
  col_start: 'Inizio',
  col_duration: 'Durata',
  col_cause: 'Causa',
  ongoing: 'in corso a fine mese',
  kind_down: 'Sito irraggiungibile',
  kind_agent_silent: 'Agente di manutenzione silenzioso',
  kind_tls_expiring: 'Certificato in scadenza',
  cause_dns: 'Errore DNS',
  cause_connect: 'Connessione non riuscita',
  cause_tls: 'Errore del certificato',
  cause_timeout: 'Tempo scaduto',
  cause_status: 'Risposta di errore',
  cause_keyword: 'Contenuto atteso mancante',
  cause_redirect: 'Problema di reindirizzamento',
  cause_other: 'Altro errore',
  response: 'Tempo di risposta',
  response_caption: 'Tempo di risposta mediano giornaliero, da {min} a {max} ms.',
  response_none: 'Nessun dato sul tempo di risposta per questo mese.',
  tls_valid: 'Certificato HTTPS valido fino al {date}.',
  work: 'Registro delle attività',
  col_site: 'Sito',
  col_description: 'Descrizione',
  col_time: 'Tempo',
  kind_work: 'Lavoro',
  kind_restore: 'Ripristino',
  kind_repair: 'Riparazione',
  all_sites: 'Tutti i siti',
  work_none: 'Nessun tempo registrato questo mese.',
  work_used: 'Tempo utilizzato: {used} su {included} previsti dal vostro piano.',
  work_used_noplan: 'Tempo utilizzato: {used}.',
  work_lost: 'Il tempo incluso non si accumula: il tempo non utilizzato scade a fine mese.',
  restores_used: 'Ripristini: {used} su {included} inclusi.',
  repairs_used: 'Riparazioni: {used} su {included} incluse.',
  note: 'Una nota da parte nostra',
  planned: 'Previsto per il prossimo mese',
  web_link: 'Consultate questo report online: {link}',
  web_link_expiry: 'Questo link è valido fino al {date}.',
  web_link_label: 'Vedi online',
  pdf_attached: 'In allegato trovate una copia PDF di questo report.',
  site_header: '{label} ({url})',
};

export const CATALOGUES: Record<Lang, Catalogue> = { en, fr, it };

/** "fr_CA" → language fr (falls back to en) and BCP 47 tag fr-CA for Intl. */
export function resolveLocale(locale: string): { lang: Lang; tag: string } {
  const [base] = locale.split(/[_-]/);
  const lang = (LANGS as readonly string[]).includes(base ?? '') ? (base as Lang) : 'en';
  const tag = lang === base ? locale.replace('_', '-') : 'en';
  return { lang, tag };
}

export interface Translator {
  lang: Lang;
  tag: string;
  t(key: MsgKey, vars?: Record<string, string | number>): string;
  /** Plural message chosen by n; {n} is the locale-formatted number. */
  tn(key: MsgKey, n: number, vars?: Record<string, string | number>): string;
  num(n: number, fractionDigits?: number): string;
  pct(p: number): string;
  date(iso: string | Date, timezone: string): string;
  dateTime(iso: string | Date, timezone: string): string;
  /** A YYYY-MM-DD calendar day (no time zone shift). */
  day(ymd: string): string;
  month(monthKey: string): string;
  minutes(n: number): string;
  duration(seconds: number): string;
  list(items: string[]): string;
}

const fill = (s: string, vars: Record<string, string | number> = {}) => s.replace(/\{(\w+)\}/g, (m, k: string) => (k in vars ? String(vars[k]) : m));

export function translator(locale: string): Translator {
  const { lang, tag } = resolveLocale(locale);
  const cat = CATALOGUES[lang];
  const plural = new Intl.PluralRules(tag);
  const pick = (m: Msg, n?: number) => (typeof m === 'string' ? m : n !== undefined && plural.select(n) === 'one' ? m.one : m.other);
  const numFmt = new Intl.NumberFormat(tag);
  const pctFmt = new Intl.NumberFormat(tag, { style: 'percent', maximumFractionDigits: 2 });
  const dateFmts = new Map<string, Intl.DateTimeFormat>();
  const fmt = (tz: string, time: boolean) => {
    const k = `${tz}|${time}`;
    let f = dateFmts.get(k);
    if (!f) dateFmts.set(k, (f = new Intl.DateTimeFormat(tag, { timeZone: tz, dateStyle: 'medium', ...(time ? { timeStyle: 'short' } : {}) })));
    return f;
  };
  const minuteFmt = new Intl.NumberFormat(tag, { style: 'unit', unit: 'minute', unitDisplay: 'short' });
  const hourFmt = new Intl.NumberFormat(tag, { style: 'unit', unit: 'hour', unitDisplay: 'short', maximumFractionDigits: 2 });
  const tr: Translator = {
    lang,
    tag,
    t: (key, vars) => fill(pick(cat[key]), vars),
    tn: (key, n, vars) => fill(pick(cat[key], n), { ...vars, n: numFmt.format(n) }),
    num: (n, fractionDigits) => (fractionDigits === undefined ? numFmt : new Intl.NumberFormat(tag, { maximumFractionDigits: fractionDigits })).format(n),
    pct: (p) => pctFmt.format(p / 100),
    date: (d, tz) => fmt(tz, false).format(new Date(d)),
    dateTime: (d, tz) => fmt(tz, true).format(new Date(d)),
    day: (ymd) => fmt('UTC', false).format(new Date(`${ymd}T12:00:00Z`)),
    month: (m) => new Intl.DateTimeFormat(tag, { timeZone: 'UTC', month: 'long', year: 'numeric' }).format(new Date(`${m}-15T12:00:00Z`)),
    minutes: (n) => (n < 60 ? minuteFmt.format(n) : hourFmt.format(n / 60)),
    duration: (s) => (s < 3600 ? minuteFmt.format(Math.max(1, Math.round(s / 60))) : hourFmt.format(Math.round(s / 36) / 100)),
    list: (items) => new Intl.ListFormat(tag, { type: 'conjunction' }).format(items),
  };
  return tr;
}
