/**
 * apply_updates on the real WordPress 6.8 test site: real plugin/theme/translation zips served on
 * loopback, update offers injected into WordPress's own update transients, WordPress's own upgraders.
 */
import { randomUUID } from "node:crypto";
import { generateKeyPair, type KeyPair } from "@retainer/protocol";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { agentTables, resetAgent, storeConnection } from "./support/agent";
import { FakeHub } from "./support/fake-hub";
import { expectValid, fixture, schema } from "./support/schemas";
import {
  PackageServer,
  applyUpdatesCommand,
  clearOffers,
  fetchPage,
  installHarness,
  installPlugin,
  installTheme,
  installTranslation,
  offerPluginTranslation,
  offerCoreUpdate,
  offerPluginUpdate,
  offerThemeUpdate,
  removeHarness,
  removePlugin,
  removeTheme,
  removeTranslations,
  sendSigned,
  setTestOption,
  siteState,
} from "./support/update-fixtures";
import { rest, wpEval } from "./support/wp";

const validateResult = schema("command-result");
const validateOutput = schema("apply-updates-output");
const validateBatch = schema("update-events-batch");

const DEMO = "demo-plugin/demo-plugin.php";
const FATAL = "fatal-plugin/fatal-plugin.php";

let hubKey: KeyPair;
let siteId: string;
let hub: FakeHub;
let packages: PackageServer;
let zips: Record<string, string>;

/** Sends apply_updates signed by the hub and checks the answer is a valid CommandResult. */
async function apply(
  args: unknown,
): Promise<{ command: Record<string, unknown>; result: any }> {
  const command = applyUpdatesCommand(siteId, args);
  const res = await sendSigned(siteId, hubKey, JSON.stringify(command));
  expect(res.status).toBe(200);
  expectValid(validateResult, res.body);
  expect(res.body.command_id).toBe(command.command_id);
  if (res.body.status === "ok") expectValid(validateOutput, res.body.output);
  return { command, result: res.body };
}

/** The update events the (fake) hub received, signed and valid, in order. */
function eventsAtHub(): any[] {
  return hub.requests
    .filter((r) => r.path === "/agent/v1/update-events")
    .map((r) => {
      expect(r.signatureValid).toBe(true);
      expectValid(validateBatch, r.json);
      return r.json.events;
    })
    .flat();
}

describe("apply_updates (real WordPress, real zips, WordPress upgraders)", () => {
  beforeAll(async () => {
    hubKey = generateKeyPair();
    siteId = randomUUID();
    hub = await new FakeHub().start();
    // Reports (WordPress schedules one after every update) are acknowledged too: a report refused at the
    // head of the outbox would hold back the events queued behind it (delivery keeps the order).
    hub.handler = (req) =>
      req.path === "/agent/v1/update-events"
        ? {
            status: 200,
            body: { stored: req.json.events.length, duplicates: 0 },
          }
        : req.path === "/agent/v1/reports"
          ? {
              status: 200,
              body: {
                report_id: req.json.report_id,
                status: "stored",
                commands: [],
              },
            }
          : {
              status: 404,
              body: { error: { code: "NOT_FOUND", message: "not here" } },
            };
    await resetAgent();
    hub.agentPublicKey = (
      await storeConnection({
        hubUrl: hub.url,
        hubPublicKey: hubKey.publicKey,
        siteId,
      })
    ).agentPublicKey;

    packages = await new PackageServer().start();
    zips = {
      demo110: await packages.build("demo-plugin", "1.1.0"),
      demo200: await packages.build("demo-plugin", "2.0.0"),
      fatal200: await packages.build("fatal-plugin", "2.0.0"),
      theme11: await packages.build("demo-theme", "1.1"),
      fr202506: await packages.buildTranslation(
        "2025-06",
        "demo-plugin-fr_FR-2025-06.zip",
      ),
    };
    installHarness();
    await setTestOption("retainer_test_zip_port", packages.port);
  });

  afterAll(async () => {
    await removePlugin("demo-plugin");
    await removePlugin("fatal-plugin");
    await wpEval(`switch_theme( 'twentytwentyfive' ); echo 'ok';`);
    await removeTheme("demo-theme");
    removeTranslations();
    await clearOffers();
    await removeHarness();
    await resetAgent();
    await packages?.stop();
    await hub?.stop();
  });

  beforeEach(() => {
    hub.requests.length = 0;
    packages.requests.length = 0;
  });

  it('updates a plugin 1.0.0 → 1.1.0: new version on disk and active, event "updated" with from/to, sent to the hub at once', async () => {
    await installPlugin("demo-plugin", "1.0.0");
    await offerPluginUpdate(DEMO, {
      version: "1.1.0",
      package: zips.demo110!,
      requires: "6.0",
      requires_php: "7.4",
    });
    const runId = randomUUID();

    const { command, result } = await apply({
      run_id: runId,
      items: [{ type: "plugin", id: DEMO, to_version: "1.1.0" }],
    });

    expect(result.status).toBe("ok");
    expect(result.output.events).toHaveLength(1);
    const event = result.output.events[0];
    expect(event).toMatchObject({
      command_id: command.command_id,
      run_id: runId,
      item: { type: "plugin", id: DEMO, name: "Retainer Demo Plugin" },
      from_version: "1.0.0",
      to_version: "1.1.0",
      outcome: "updated",
      reason_code: null,
      reason: null,
    });
    expect(event.probes.before.map((p: any) => p.status)).toEqual([200, 302]);
    expect(event.probes.after.map((p: any) => p.status)).toEqual([200, 302]);
    expect(event.probes.after.every((p: any) => p.fatal_marker === false)).toBe(
      true,
    );
    expect(event.probes.after_rollback).toEqual([]);

    const state = await siteState();
    expect(state.plugins[DEMO]).toEqual({ version: "1.1.0", active: true });
    expect(state.rollback_copies).toEqual([]);
    expect(state.lock).toBeNull();
    expect((await fetchPage("/")).body).toContain(
      "<!-- retainer-demo-plugin 1.1.0 -->",
    );
    expect(packages.requests).toEqual(["/demo-plugin-1.1.0.zip"]);
    // The offer is gone from WordPress's list once applied.
    expect(
      await wpEval(
        `$t = get_site_transient( 'update_plugins' ); echo isset( $t->response['${DEMO}'] ) ? 'offered' : 'none';`,
      ),
    ).toBe("none");

    // The event went to the hub on its own, signed, before the command's answer; nothing is left queued.
    expect(eventsAtHub()).toEqual([event]);
    expect(
      (await agentTables()).outbox.filter((r) => r.kind === "update_events"),
    ).toEqual([]);
  });

  it('rolls back a plugin whose 2.0.0 fatals on load: site broken after, 1.0.0 restored and active, site 200 again, event "rolled_back" with evidence', async () => {
    await installPlugin("fatal-plugin", "1.0.0");
    await offerPluginUpdate(FATAL, {
      version: "2.0.0",
      package: zips.fatal200!,
    });

    const { result } = await apply({
      items: [{ type: "plugin", id: FATAL, to_version: "2.0.0" }],
    });

    expect(result.status).toBe("ok");
    const event = result.output.events[0];
    expect(event).toMatchObject({
      run_id: null,
      from_version: "1.0.0",
      to_version: "2.0.0",
      outcome: "rolled_back",
      reason_code: "SITE_BROKEN",
    });
    expect(event.probes.before.map((p: any) => p.status)).toEqual([200, 302]);
    // Evidence: both pages died with WordPress's critical-error page after the update...
    expect(
      event.probes.after.map((p: any) => [p.status, p.fatal_marker]),
    ).toEqual([
      [500, true],
      [500, true],
    ]);
    // ...and were fine again after the restore.
    expect(
      event.probes.after_rollback.map((p: any) => [p.status, p.fatal_marker]),
    ).toEqual([
      [200, false],
      [302, false],
    ]);
    expect(event.reason).toContain("2.0.0");
    expect(event.reason).toContain("home 500 with a fatal-error marker");
    expect(event.reason).toContain("1.0.0 was restored");

    const state = await siteState();
    expect(state.plugins[FATAL]).toEqual({ version: "1.0.0", active: true });
    expect(state.rollback_copies).toEqual([]);
    const home = await fetchPage("/");
    expect(home.status).toBe(200);
    expect(home.body).toContain("<!-- retainer-fatal-plugin 1.0.0 -->");
    expect(eventsAtHub()).toEqual([event]);
    // WordPress still offers 2.0.0: a rollback does not hide the update.
    expect(
      await wpEval(
        `$t = get_site_transient( 'update_plugins' ); echo isset( $t->response['${FATAL}'] ) ? 'offered' : 'none';`,
      ),
    ).toBe("offered");
  });

  it("rolls back an update after which the active plugin is gone (main file renamed), although the pages still answer 200", async () => {
    await installPlugin("demo-plugin", "1.0.0");
    await offerPluginUpdate(DEMO, { version: "2.0.0", package: zips.demo200! });

    const { result } = await apply({
      items: [{ type: "plugin", id: DEMO, to_version: "2.0.0" }],
    });

    const event = result.output.events[0];
    expect(event).toMatchObject({
      from_version: "1.0.0",
      to_version: "2.0.0",
      outcome: "rolled_back",
      reason_code: "SITE_BROKEN",
    });
    expect(event.probes.after.map((p: any) => p.status)).toEqual([200, 302]);
    expect(event.reason).toContain(
      "the plugin's main file demo-plugin/demo-plugin.php is gone",
    );
    const state = await siteState();
    expect(state.plugins[DEMO]).toEqual({ version: "1.0.0", active: true });
    expect(state.rollback_copies).toEqual([]);
    expect((await fetchPage("/")).body).toContain(
      "<!-- retainer-demo-plugin 1.0.0 -->",
    );
  });

  it("updates the active theme 1.0 → 1.1", async () => {
    await installTheme("demo-theme", "1.0");
    await wpEval(`switch_theme( 'demo-theme' ); echo 'ok';`);
    expect((await fetchPage("/")).body).toContain("retainer-demo-theme 1.0");
    await offerThemeUpdate("demo-theme", {
      version: "1.1",
      package: zips.theme11!,
    });

    const { result } = await apply({
      items: [{ type: "theme", id: "demo-theme", to_version: "1.1" }],
    });

    expect(result.output.events[0]).toMatchObject({
      item: { type: "theme", id: "demo-theme", name: "Retainer Demo Theme" },
      from_version: "1.0",
      to_version: "1.1",
      outcome: "updated",
    });
    const state = await siteState();
    expect(state.themes["demo-theme"]).toBe("1.1");
    expect(state.stylesheet).toBe("demo-theme");
    expect(state.rollback_copies).toEqual([]);
    expect((await fetchPage("/")).body).toContain("retainer-demo-theme 1.1");
  });

  it("updates a plugin translation from a language pack (named by the version it translates, as the hub does)", async () => {
    removeTranslations();
    await installTranslation("2025-01");
    await offerPluginTranslation(
      "demo-plugin",
      "fr_FR",
      "1.1.0",
      "2025-06-15 10:00:00",
      zips.fr202506!,
    );
    expect((await siteState()).translation).toBe("2025-01-15 10:00:00+0000");

    const { result } = await apply({
      items: [
        {
          type: "translation",
          id: "plugin:demo-plugin:fr_FR",
          to_version: "1.1.0",
        },
      ],
    });

    expect(result.output.events[0]).toMatchObject({
      item: {
        type: "translation",
        id: "plugin:demo-plugin:fr_FR",
        name: "demo-plugin (fr_FR)",
      },
      from_version: null,
      to_version: "1.1.0",
      outcome: "updated",
    });
    expect((await siteState()).translation).toBe("2025-06-15 10:00:00+0000");
    expect(packages.requests).toEqual(["/demo-plugin-fr_FR-2025-06.zip"]);
  });

  describe("refusals: clear reasons, nothing changed on disk, nothing downloaded", () => {
    beforeAll(async () => {
      await installPlugin("demo-plugin", "1.0.0");
    });

    const expectUntouched = async (
      before: Awaited<ReturnType<typeof siteState>>,
    ) => {
      expect(await siteState()).toEqual(before);
      expect(packages.requests).toEqual([]);
    };

    it("unknown item → event failed UNKNOWN_ITEM", async () => {
      const before = await siteState();
      const { result } = await apply({
        items: [
          { type: "plugin", id: "no-such-plugin/no-such-plugin.php" },
          { type: "theme", id: "no-such-theme" },
          { type: "core", id: "joomla" },
          { type: "translation", id: "plugin:no-such-plugin:fr_FR" },
          { type: "translation", id: "plugin:demo-plugin" },
        ],
      });
      expect(result.status).toBe("ok");
      expect(
        result.output.events.map((e: any) => [
          e.item.id,
          e.outcome,
          e.reason_code,
        ]),
      ).toEqual([
        ["no-such-plugin/no-such-plugin.php", "failed", "UNKNOWN_ITEM"],
        ["no-such-theme", "failed", "UNKNOWN_ITEM"],
        ["joomla", "failed", "UNKNOWN_ITEM"],
        ["plugin:no-such-plugin:fr_FR", "failed", "UNKNOWN_ITEM"],
        ["plugin:demo-plugin", "failed", "UNKNOWN_ITEM"],
      ]);
      expect(result.output.events[0].reason).toContain(
        "no-such-plugin/no-such-plugin.php",
      );
      expect(result.output.events[0].probes).toEqual({
        before: [],
        after: [],
        after_rollback: [],
      });
      await expectUntouched(before);
      expect(eventsAtHub()).toEqual(result.output.events);
    });

    it("accepts the protocol's apply_updates fixture (contract): its item is not installed here → UNKNOWN_ITEM, run_id kept", async () => {
      const args = fixture("command.apply-updates.json").args;
      const { command, result } = await apply(args);
      expect(result.status).toBe("ok");
      expect(result.output.events).toHaveLength(1);
      expect(result.output.events[0]).toMatchObject({
        command_id: command.command_id,
        run_id: args.run_id,
        item: { type: "plugin", id: args.items[0].id },
        outcome: "failed",
        reason_code: "UNKNOWN_ITEM",
      });
    });

    it("version mismatch (offered 1.1.0, asked 1.2.0) → event failed VERSION_MISMATCH", async () => {
      await offerPluginUpdate(DEMO, {
        version: "1.1.0",
        package: zips.demo110!,
      });
      const before = await siteState();
      const { result } = await apply({
        items: [{ type: "plugin", id: DEMO, to_version: "1.2.0" }],
      });
      expect(result.output.events[0]).toMatchObject({
        outcome: "failed",
        reason_code: "VERSION_MISMATCH",
        from_version: "1.0.0",
        to_version: "1.1.0",
      });
      expect(result.output.events[0].reason).toContain("1.2.0");
      await expectUntouched(before);
    });

    it("nothing offered → event skipped NO_UPDATE", async () => {
      await clearOffers();
      const before = await siteState();
      const { result } = await apply({ items: [{ type: "plugin", id: DEMO }] });
      expect(result.output.events[0]).toMatchObject({
        outcome: "skipped",
        reason_code: "NO_UPDATE",
        from_version: "1.0.0",
      });
      await expectUntouched(before);
    });

    it("new version needs a newer PHP or WordPress → event failed REQUIREMENTS_NOT_MET", async () => {
      await offerPluginUpdate(DEMO, {
        version: "1.1.0",
        package: zips.demo110!,
        requires_php: "99.0",
      });
      const before = await siteState();
      const php = await apply({ items: [{ type: "plugin", id: DEMO }] });
      expect(php.result.output.events[0]).toMatchObject({
        outcome: "failed",
        reason_code: "REQUIREMENTS_NOT_MET",
      });
      expect(php.result.output.events[0].reason).toContain("requires PHP 99.0");

      await offerPluginUpdate(DEMO, {
        version: "1.1.0",
        package: zips.demo110!,
        requires: "99.0",
      });
      const wp = await apply({ items: [{ type: "plugin", id: DEMO }] });
      expect(wp.result.output.events[0]).toMatchObject({
        outcome: "failed",
        reason_code: "REQUIREMENTS_NOT_MET",
      });
      expect(wp.result.output.events[0].reason).toContain(
        "requires WordPress 99.0",
      );
      await expectUntouched(before);
    });

    it("WordPress core: nothing offered → skipped NO_UPDATE; a release needing PHP 99.0 → failed REQUIREMENTS_NOT_MET", async () => {
      await clearOffers();
      const before = await siteState();
      const none = await apply({ items: [{ type: "core", id: "wordpress" }] });
      expect(none.result.output.events[0]).toMatchObject({
        item: { type: "core", id: "wordpress", name: "WordPress" },
        outcome: "skipped",
        reason_code: "NO_UPDATE",
        from_version: "6.8.12",
      });

      await offerCoreUpdate("9.9", "99.0", `${packages.url}/wordpress-9.9.zip`);
      const php = await apply({
        items: [{ type: "core", id: "wordpress", to_version: "9.9" }],
      });
      expect(php.result.output.events[0]).toMatchObject({
        outcome: "failed",
        reason_code: "REQUIREMENTS_NOT_MET",
        from_version: "6.8.12",
        to_version: "9.9",
      });
      expect(php.result.output.events[0].reason).toContain("requires PHP 99.0");
      await clearOffers();
      await expectUntouched(before);
    });

    it("file-system method not direct → event failed FS_NOT_DIRECT", async () => {
      await offerPluginUpdate(DEMO, {
        version: "1.1.0",
        package: zips.demo110!,
      });
      await setTestOption("retainer_test_fs_method", "ftpext");
      try {
        const before = await siteState();
        const { result } = await apply({
          items: [{ type: "plugin", id: DEMO }],
        });
        expect(result.output.events[0]).toMatchObject({
          outcome: "failed",
          reason_code: "FS_NOT_DIRECT",
        });
        expect(result.output.events[0].reason).toContain("ftpext");
        await expectUntouched(before);
      } finally {
        await setTestOption("retainer_test_fs_method", null);
      }
    });

    it("site unhealthy before → event skipped SITE_UNHEALTHY_BEFORE with the probe evidence", async () => {
      await offerPluginUpdate(DEMO, {
        version: "1.1.0",
        package: zips.demo110!,
      });
      await setTestOption("retainer_test_broken", 1);
      try {
        const before = await siteState();
        const { result } = await apply({
          items: [{ type: "plugin", id: DEMO }],
        });
        const event = result.output.events[0];
        expect(event).toMatchObject({
          outcome: "skipped",
          reason_code: "SITE_UNHEALTHY_BEFORE",
        });
        expect(
          event.probes.before.map((p: any) => [p.status, p.fatal_marker]),
        ).toEqual([
          [500, true],
          [500, true],
        ]);
        expect(event.probes.after).toEqual([]);
        await expectUntouched(before);
      } finally {
        await setTestOption("retainer_test_broken", null);
      }
    });

    it("malformed args → command failed VALIDATION_FAILED before anything runs (no event)", async () => {
      const before = await siteState();
      for (const args of [
        {},
        { items: [] },
        { items: [{ type: "kernel", id: "x" }] },
        { items: [{ type: "plugin", id: "" }] },
        { items: [{ type: "plugin", id: DEMO, to_version: 2 }] },
        { items: [{ type: "plugin", id: DEMO, force: true }] },
        { items: [{ type: "plugin", id: DEMO }], run_id: "not-a-uuid" },
        { items: [{ type: "plugin", id: DEMO }], dry_run: true },
      ]) {
        const { result } = await apply(args);
        expect(result.status).toBe("failed");
        expect(result.error.code).toBe("VALIDATION_FAILED");
        expect(result.error.message).toMatch(
          /^Invalid apply_updates arguments: .+ Nothing was changed\.$/,
        );
        expect(result.output).toEqual({});
      }
      await expectUntouched(before);
      expect(eventsAtHub()).toEqual([]);
    });

    it("a tampered command (body differs from what the hub signed) → 401 SIGNATURE_INVALID, not run", async () => {
      await offerPluginUpdate(DEMO, {
        version: "1.1.0",
        package: zips.demo110!,
      });
      const before = await siteState();
      const tablesBefore = await agentTables();
      const signed = applyUpdatesCommand(siteId, {
        items: [{ type: "plugin", id: "hello.php" }],
      });
      const tampered = {
        ...signed,
        args: { items: [{ type: "plugin", id: DEMO }] },
      };
      const res = await sendSigned(siteId, hubKey, JSON.stringify(tampered), {
        signedBody: JSON.stringify(signed),
      });
      expect(res.status).toBe(401);
      expect(res.body.error.code).toBe("SIGNATURE_INVALID");
      // Signed by another key: refused the same way.
      const other = await sendSigned(
        siteId,
        generateKeyPair(),
        JSON.stringify(
          applyUpdatesCommand(siteId, {
            items: [{ type: "plugin", id: DEMO }],
          }),
        ),
      );
      expect(other.status).toBe(401);
      expect(other.body.error.code).toBe("SIGNATURE_INVALID");
      await expectUntouched(before);
      expect((await agentTables()).commands).toEqual(tablesBefore.commands);
      expect(eventsAtHub()).toEqual([]);
    });
  });

  describe("one run at a time", () => {
    it("refuses a run while another holds the lock (UPDATE_IN_PROGRESS, nothing changed); an expired lock is taken over", async () => {
      await installPlugin("demo-plugin", "1.0.0");
      await offerPluginUpdate(DEMO, {
        version: "1.1.0",
        package: zips.demo110!,
      });
      await wpEval(
        `add_option( 'retainer_agent_update_lock', ( time() + 600 ) . ':othersrun', '', false ); echo 'ok';`,
      );
      const before = await siteState();
      const refused = await apply({ items: [{ type: "plugin", id: DEMO }] });
      expect(refused.result.status).toBe("failed");
      expect(refused.result.error.code).toBe("UPDATE_IN_PROGRESS");
      expect(refused.result.output).toEqual({});
      expect(await siteState()).toEqual(before);
      expect(before.lock).toMatch(/:othersrun$/); // the other run's lock is left alone

      // A holder that died (lock past its expiry) does not block updates for ever.
      await wpEval(
        `update_option( 'retainer_agent_update_lock', ( time() - 1 ) . ':deadrun' ); echo 'ok';`,
      );
      const taken = await apply({ items: [{ type: "plugin", id: DEMO }] });
      expect(taken.result.output.events[0]).toMatchObject({
        outcome: "updated",
        to_version: "1.1.0",
      });
      expect((await siteState()).lock).toBeNull();
    });

    it("a second run sent while one is applying is refused with UPDATE_IN_PROGRESS; the first completes", async () => {
      await installPlugin("demo-plugin", "1.0.0");
      await offerPluginUpdate(DEMO, {
        version: "1.1.0",
        package: zips.demo110!,
      });
      await installPlugin("fatal-plugin", "1.0.0");
      await offerPluginUpdate(FATAL, {
        version: "2.0.0",
        package: zips.fatal200!,
      });
      await setTestOption("retainer_test_slow_probe", 2); // the first run lasts while the second arrives
      try {
        const first = apply({ items: [{ type: "plugin", id: DEMO }] });
        // The first run holds the lock...
        for (let i = 0; i < 100 && !(await siteState()).lock; i++)
          await new Promise((r) => setTimeout(r, 100));
        expect((await siteState()).lock).toBeTruthy();
        // ...so a second one, for another item, is refused and touches nothing.
        const second = await apply({ items: [{ type: "plugin", id: FATAL }] });
        expect(second.result.status).toBe("failed");
        expect(second.result.error.code).toBe("UPDATE_IN_PROGRESS");
        expect(second.result.output).toEqual({});

        const done = await first;
        expect(done.result.status).toBe("ok");
        expect(done.result.output.events[0]).toMatchObject({
          outcome: "updated",
          to_version: "1.1.0",
        });
        const state = await siteState();
        expect(state.plugins[DEMO]!.version).toBe("1.1.0");
        expect(state.plugins[FATAL]!.version).toBe("1.0.0");
        expect(state.lock).toBeNull();
        expect(packages.requests).toEqual(["/demo-plugin-1.1.0.zip"]);
      } finally {
        await setTestOption("retainer_test_slow_probe", null);
      }
    });
  });

  it("runs an apply_updates that came with a report's answer (hub could not push it): events sent, then the result with the same events", async () => {
    await installPlugin("demo-plugin", "1.0.0");
    await offerPluginUpdate(DEMO, { version: "1.1.0", package: zips.demo110! });
    const command = applyUpdatesCommand(siteId, {
      run_id: randomUUID(),
      items: [{ type: "plugin", id: DEMO, to_version: "1.1.0" }],
    });
    const saved = hub.handler;
    let handedOut = false;
    hub.handler = (req) => {
      if (req.path === "/agent/v1/reports") {
        const commands = handedOut ? [] : [command];
        handedOut = true;
        return {
          status: 200,
          body: { report_id: req.json.report_id, status: "stored", commands },
        };
      }
      if (req.path === "/agent/v1/command-results")
        return {
          status: 200,
          body: { command_id: req.json.command_id, status: "recorded" },
        };
      return saved(req);
    };
    try {
      const sent = await rest("POST", "/retainer/v1/send-report");
      expect(sent.status).toBe(200);
      const paths = hub.requests.map((r) => r.path);
      const eventAt = paths.indexOf("/agent/v1/update-events");
      const resultAt = paths.indexOf("/agent/v1/command-results");
      expect(eventAt).toBeGreaterThan(-1);
      expect(resultAt).toBeGreaterThan(eventAt); // the event went out on its own, before the result
      const result = hub.requests[resultAt]!;
      expect(result.signatureValid).toBe(true);
      expectValid(validateResult, result.json);
      expectValid(validateOutput, result.json.output);
      expect(result.json).toMatchObject({
        command_id: command.command_id,
        status: "ok",
      });
      expect(result.json.output.events).toEqual(eventsAtHub());
      expect(result.json.output.events[0]).toMatchObject({
        command_id: command.command_id,
        outcome: "updated",
        from_version: "1.0.0",
        to_version: "1.1.0",
      });
      expect((await siteState()).plugins[DEMO]).toEqual({
        version: "1.1.0",
        active: true,
      });
    } finally {
      hub.handler = saved;
    }
  });

  it("a pushed run that outlasts the hub's wait also sends its result through the outbox; a quick one does not", async () => {
    await clearOffers();
    const saved = hub.handler;
    hub.handler = (req) =>
      req.path === "/agent/v1/command-results"
        ? { status: 200, body: { command_id: req.json.command_id, status: "recorded" } }
        : saved(req);
    const resultsAtHub = () => hub.requests.filter((r) => r.path === "/agent/v1/command-results");
    try {
      // Within the budget (10 s by default): the HTTP answer is the only copy.
      await apply({ items: [{ type: "plugin", id: DEMO }] });
      expect(resultsAtHub()).toEqual([]);

      // Past the budget (0 s here): the same result also goes out, signed, before the answer returns.
      await wpEval(`update_option( 'retainer_test_push_budget', '0' ); echo 'ok';`);
      const { result } = await apply({ items: [{ type: "plugin", id: DEMO }] });
      const sent = resultsAtHub();
      expect(sent).toHaveLength(1);
      expect(sent[0]!.signatureValid).toBe(true);
      expectValid(validateResult, sent[0]!.json);
      expect(sent[0]!.json).toEqual(result);
      expect((await agentTables()).outbox.filter((r) => r.kind === "command_result")).toEqual([]);
    } finally {
      hub.handler = saved;
      await wpEval(`delete_option( 'retainer_test_push_budget' ); echo 'ok';`);
    }
  });

  it("keeps the event queued (kind update_events) when the hub is unavailable, and still returns it in the result", async () => {
    // Only this test's event in the outbox: no report queued or scheduled ahead of it.
    await wpEval(
      `global $wpdb; $wpdb->query( "DELETE FROM {$wpdb->prefix}retainer_outbox" ); wp_clear_scheduled_hook( 'retainer_agent_upgrade_report' ); wp_clear_scheduled_hook( 'retainer_agent_report' ); echo 'ok';`,
    );
    const saved = hub.handler;
    hub.handler = () => ({
      status: 503,
      body: { error: { code: "UNAVAILABLE", message: "down for maintenance" } },
    });
    try {
      const { result } = await apply({
        items: [{ type: "plugin", id: "no-such-plugin/no-such-plugin.php" }],
      });
      const event = result.output.events[0];
      const rows = (await agentTables()).outbox.filter(
        (r) => r.kind === "update_events",
      );
      expect(rows).toHaveLength(1);
      expect(rows[0]).toMatchObject({
        report_id: event.event_id,
        status: "pending",
        attempts: 1,
      });
      expect(JSON.parse(rows[0]!.payload)).toEqual({ events: [event] });
      expect(
        hub.requests.filter((r) => r.path === "/agent/v1/update-events"),
      ).toHaveLength(1);
    } finally {
      hub.handler = saved;
      await wpEval(
        `global $wpdb; $wpdb->query( "DELETE FROM {$wpdb->prefix}retainer_outbox" ); echo 'ok';`,
      );
    }
  });
});
