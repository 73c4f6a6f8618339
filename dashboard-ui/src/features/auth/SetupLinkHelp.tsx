/** Where the one-time setup link comes from, for anyone who arrives without it. */
export function SetupLinkHelp() {
  return (
    <div className="retainer-setup-help">
      <p>
        When the hub starts without an owner account, it prints a one-time setup link in its log. It looks like this:
      </p>
      <pre className="retainer-code">{`${window.location.origin}/setup?token=…`}</pre>
      <p>
        Open that link in this browser to create the owner account. The link works once and expires after 24 hours; if
        it has expired, restart the hub to print a new one.
      </p>
    </div>
  );
}
