/** Shapes of the plugin's admin REST routes (includes/Rest/AdminController.php). */

export interface ErrorView {
  code: string;
  /** Translated explanation for the admin. */
  message: string;
  /** The hub's own words (or the network error), untranslated. */
  hub_message: string;
}

export interface AgentStatus {
  connected: boolean;
  hub_url: string | null;
  site_id: string | null;
  connected_at: string | null;
  report_interval_s: number | null;
  last_report_at: string | null;
  last_report_id: string | null;
  last_error: (ErrorView & { at: string }) | null;
  outbox: { pending: number; dead: number; next_attempt_at: string | null; last_error: string | null };
  pending_updates: { core: number; plugins: number; themes: number; translations: number };
  insecure_hub: boolean;
  warning: string | null;
  agent_version: string;
  /** The connection set in wp-config.php (RETAINER_AGENT_HUB_URL + RETAINER_AGENT_ENROLLMENT_CODE), if any. */
  preset: PresetView | null;
  recent_events: Array<{ at: string; event: string; message: string }>;
}

export interface PresetView {
  hub_url: string;
  /** waiting: not tried yet; retrying: the hub could not be reached; refused: the code was refused; used: it connected this site. */
  status: 'waiting' | 'retrying' | 'refused' | 'used';
  error: { code: string; message: string } | null;
  next_attempt_at: string | null;
}

export interface DeliveryView {
  report_id: string | null;
  delivered: boolean;
  error: ErrorView | null;
}

export interface ConnectResponse {
  status: AgentStatus;
  warning: string | null;
  first_report: DeliveryView;
}

export type SendReportResponse = DeliveryView & { status: AgentStatus };

/** What apiFetch throws for a WordPress REST error. */
export interface RestError {
  code?: string;
  message?: string;
}
