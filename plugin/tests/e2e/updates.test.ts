/**
 * Safe updates end to end: the built hub on a fresh PostgreSQL database, the real WordPress test site
 * enrolled through the plugin, fixture zips served on loopback. The hub dispatches a signed apply_updates
 * command for an update run; the agent applies, rolls back or skips; progress comes back over the SSE
 * stream, the run detail and the update history.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createTestDatabase,
  type TestDatabase,
} from "../../../dashboard-server/test/helpers/database";
import {
  freePort,
  startHubProcess,
  type HubProcess,
} from "../../../dashboard-server/test/helpers/hub-process";
import { agentTables, resetAgent } from "../support/agent";
import {
  PackageServer,
  clearOffers,
  fetchPage,
  installHarness,
  installPlugin,
  installTheme,
  offerPluginUpdate,
  offerThemeUpdate,
  removeHarness,
  removePlugin,
  removeTheme,
  setTestOption,
  siteState,
} from "../support/update-fixtures";
import { rest, site } from "../support/wp";

const OWNER = { email: "owner@example.com", password: "e2e-owner-password" };
const DEMO = "demo-plugin/demo-plugin.php";
const FATAL = "fatal-plugin/fatal-plugin.php";

let tdb: TestDatabase;
let hub: HubProcess | undefined;
let hubUrl = "";
let token = "";
let siteId = "";
let packages: PackageServer;

const api = async <T = any>(
  method: string,
  path: string,
  body?: unknown,
): Promise<{ status: number; body: T }> => {
  const res = await fetch(`${hubUrl}/api/v1${path}`, {
    method,
    headers: {
      authorization: `Bearer ${token}`,
      ...(body === undefined ? {} : { "content-type": "application/json" }),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await res.text();
  return { status: res.status, body: (text ? JSON.parse(text) : null) as T };
};

const waitFor = async <T>(
  what: string,
  fn: () => Promise<T | undefined | false>,
  timeoutMs = 60_000,
): Promise<T> => {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = await fn();
    if (v) return v;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 250));
  }
};

interface SseEvent {
  event: string;
  id: string;
  data: any;
}

/** Reads the run's progress stream (fetch + ReadableStream, as the dashboard does) until `done`. */
async function readStream(
  runId: string,
  timeoutMs = 90_000,
): Promise<SseEvent[]> {
  const ctrl = new AbortController();
  const timer = setTimeout(() => ctrl.abort(), timeoutMs);
  const events: SseEvent[] = [];
  try {
    return await readEvents(runId, ctrl, events);
  } catch (e) {
    if (ctrl.signal.aborted) return events;
    throw e;
  } finally {
    clearTimeout(timer);
  }
}

async function readEvents(
  runId: string,
  ctrl: AbortController,
  events: SseEvent[],
): Promise<SseEvent[]> {
  const res = await fetch(`${hubUrl}/api/v1/update-runs/${runId}/stream`, {
    headers: { authorization: `Bearer ${token}` },
    signal: ctrl.signal,
  });
  expect(res.status).toBe(200);
  const reader = res.body!.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = "";
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    buffer += value;
    let cut: number;
    while ((cut = buffer.indexOf("\n\n")) >= 0) {
      const block = buffer.slice(0, cut);
      buffer = buffer.slice(cut + 2);
      const fields = Object.fromEntries(
        block
          .split("\n")
          .filter((l) => /^[a-z]+: /.test(l))
          .map((l) => [
            l.slice(0, l.indexOf(":")),
            l.slice(l.indexOf(":") + 2),
          ]),
      );
      if (!fields.event) continue;
      events.push({
        event: fields.event,
        id: fields.id ?? "",
        data: fields.data ? JSON.parse(fields.data) : null,
      });
      if (fields.event === "done") {
        await reader.cancel();
        return events;
      }
    }
  }
  return events;
}

/** The statuses one item went through, as the stream told them (snapshot first, then changes). */
function itemStatuses(events: SseEvent[], type: string, id: string): string[] {
  const out: string[] = [];
  const push = (s: string) => {
    if (out.at(-1) !== s) out.push(s);
  };
  for (const e of events) {
    if (e.event === "snapshot") {
      for (const s of e.data.sites)
        for (const i of s.items)
          if (i.type === type && i.id === id) push(i.status);
    } else if (e.event === "item" && e.data.type === type && e.data.id === id) {
      push(e.data.status);
    }
  }
  return out;
}

beforeAll(async () => {
  await resetAgent();
  tdb = await createTestDatabase();
  const port = await freePort();
  hub = await startHubProcess(
    {
      DATABASE_URL: tdb.url,
      RETAINER_ADMIN_EMAIL: OWNER.email,
      RETAINER_ADMIN_PASSWORD: OWNER.password,
      LOG_LEVEL: "warn",
      UPDATE_RUNS_ENABLED: "true",
    },
    { port },
  );
  hubUrl = hub.url;
  const login = await fetch(`${hubUrl}/api/v1/auth/login`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(OWNER),
  });
  token = (await login.json()).token;

  packages = await new PackageServer().start();
  installHarness();
  await setTestOption("retainer_test_zip_port", packages.port);
});

afterAll(async () => {
  await removePlugin("demo-plugin").catch(() => undefined);
  await removePlugin("fatal-plugin").catch(() => undefined);
  await removeTheme("demo-theme").catch(() => undefined);
  await clearOffers().catch(() => undefined);
  await removeHarness().catch(() => undefined);
  await packages?.stop();
  await hub?.stop();
  await tdb?.drop();
  await resetAgent();
});

describe("update runs: hub + agent + WordPress", () => {
  it("enrolls the site and the hub lists its pending updates", async () => {
    const client = await api("POST", "/clients", {
      name: "Updates Client",
      contact_email: "updates@example.com",
      locale: "en",
    });
    const created = await api("POST", "/sites", {
      client_id: client.body.id,
      url: site().WP_URL,
      label: "Updates site",
    });
    expect(created.status).toBe(201);
    siteId = created.body.id;
    const code = await api("POST", `/sites/${siteId}/enrollment-code`);
    const connect = await rest("POST", "/retainer/v1/connect", {
      hub_url: hubUrl,
      enrollment_code: code.body.code,
    });
    expect(connect.status, JSON.stringify(connect.body)).toBe(200);

    await installPlugin("demo-plugin", "1.0.0");
    await installPlugin("fatal-plugin", "1.0.0");
    await installTheme("demo-theme", "1.0");
    await offerPluginUpdate(DEMO, {
      version: "1.1.0",
      package: await packages.build("demo-plugin", "1.1.0"),
    });
    await offerPluginUpdate(FATAL, {
      version: "2.0.0",
      package: await packages.build("fatal-plugin", "2.0.0"),
    });
    await offerThemeUpdate("demo-theme", {
      version: "1.1",
      package: await packages.build("demo-theme", "1.1"),
    });
    const sent = await rest("POST", "/retainer/v1/send-report");
    expect(sent.body, JSON.stringify(sent.body)).toMatchObject({
      delivered: true,
    });

    const fleet = await api("GET", `/updates?site_id=${siteId}`);
    expect(fleet.status).toBe(200);
    const byId = Object.fromEntries(
      fleet.body.items.map((i: any) => [`${i.type}:${i.id}`, i]),
    );
    expect(byId[`plugin:${DEMO}`]).toMatchObject({
      to_version: "1.1.0",
      from_versions: ["1.0.0"],
      site_count: 1,
    });
    expect(byId[`plugin:${FATAL}`]).toMatchObject({
      to_version: "2.0.0",
      from_versions: ["1.0.0"],
    });
    expect(byId["theme:demo-theme"]).toMatchObject({
      to_version: "1.1",
      from_versions: ["1.0"],
    });
  });

  it(
    "runs an update run: demo-plugin updated, fatal-plugin rolled back, held theme skipped; progress streamed live",
    { timeout: 180_000 },
    async () => {
      const hold = await api("POST", "/update-holds", {
        site_id: siteId,
        type: "theme",
        id: "demo-theme",
        reason: "Client sign-off pending for the new theme",
      });
      expect(hold.status).toBe(201);

      const created = await api("POST", "/update-runs", {
        targets: [
          {
            site_id: siteId,
            items: [
              { type: "plugin", id: DEMO, to_version: "1.1.0" },
              { type: "plugin", id: FATAL, to_version: "2.0.0" },
              { type: "theme", id: "demo-theme", to_version: "1.1" },
            ],
          },
        ],
      });
      expect(created.status, JSON.stringify(created.body)).toBe(201);
      const runId = created.body.run.id;
      // At creation both plugins are queued; the held theme is not dispatched at all.
      expect(created.body.run.counts).toMatchObject({
        items: 3,
        queued: 2,
        skipped_held: 1,
      });

      const events = await readStream(runId, 120_000);
      if (events.at(-1)?.event !== "done") {
        // Say where the run stopped (hub's view and its log) rather than only "timed out".
        const detail = await api("GET", `/update-runs/${runId}`);
        throw new Error(
          `the run did not finish:\n${JSON.stringify(detail.body, null, 1)}\n${hub!.output().slice(-4000)}`,
        );
      }
      expect(events[0]!.event).toBe("snapshot");
      // Each item moves forward only (the stream may join after the first item started): queued → running → outcome.
      const inOrder = (seen: string[], outcome: string) => {
        const order = ["queued", "running", outcome];
        expect(seen.map((s) => order.indexOf(s))).toEqual(
          [...seen.map((s) => order.indexOf(s))].sort(),
        );
        expect(seen.every((s) => order.includes(s))).toBe(true);
        expect(seen.at(-1)).toBe(outcome);
      };
      inOrder(itemStatuses(events, "plugin", DEMO), "updated");
      const fatal = itemStatuses(events, "plugin", FATAL);
      inOrder(fatal, "rolled_back");
      // The second item waits for the first: the stream saw it start before its outcome.
      expect(fatal).toContain("running");
      expect(itemStatuses(events, "theme", "demo-theme")).toEqual([
        "skipped_held",
      ]);

      const detail = await waitFor("the run to finish", async () => {
        const d = await api("GET", `/update-runs/${runId}`);
        return d.body.run.status === "done" ? d.body : undefined;
      });
      expect(detail.run.counts).toMatchObject({
        sites: 1,
        items: 3,
        updated: 1,
        rolled_back: 1,
        skipped_held: 1,
        queued: 0,
        running: 0,
        failed: 0,
      });
      const items = Object.fromEntries(
        detail.sites[0].items.map((i: any) => [i.id, i]),
      );
      expect(items[DEMO]).toMatchObject({
        status: "updated",
        from_version: "1.0.0",
        to_version: "1.1.0",
        reason_code: null,
      });
      expect(items[FATAL]).toMatchObject({
        status: "rolled_back",
        reason_code: "SITE_BROKEN",
      });
      expect(items[FATAL].reason).toContain("1.0.0 was restored");
      expect(items["demo-theme"]).toMatchObject({
        status: "skipped_held",
        reason_code: "HELD",
      });

      // What is on the site: demo 1.1.0, fatal back on 1.0.0 and active, theme untouched; the site answers.
      const state = await siteState();
      expect(state.plugins[DEMO]).toEqual({ version: "1.1.0", active: true });
      expect(state.plugins[FATAL]).toEqual({ version: "1.0.0", active: true });
      expect(state.themes["demo-theme"]).toBe("1.0");
      expect(state.rollback_copies).toEqual([]);
      expect((await fetchPage("/")).status).toBe(200);
      // The agent sent the events itself; nothing is left in its outbox.
      expect(
        (await agentTables()).outbox.filter((r) => r.kind === "update_events"),
      ).toEqual([]);

      // Update history: one event per item, stored once whichever path (event POST, command result)
      // brought it first; the hold is recorded by the hub itself as skipped with HELD.
      const history = await api("GET", `/update-events?site_id=${siteId}`);
      expect(history.status).toBe(200);
      const outcomes = history.body.events
        .map((e: any) => `${e.item_id}:${e.outcome}:${e.reason_code}`)
        .sort();
      expect(outcomes).toEqual(
        [
          `${DEMO}:updated:null`,
          `${FATAL}:rolled_back:SITE_BROKEN`,
          "demo-theme:skipped:HELD",
        ].sort(),
      );
    },
  );
});
