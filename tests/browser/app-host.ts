/**
 * One process per browser-test worker that runs `npm start`'s start path (`startEssaim` of
 * `server/main.ts`) once per test file, each time on the file's own data directory and port, and
 * stops it when the file is done. Loading the server's modules through tsx is most of an app
 * start's CPU (about 5 of its 7.5 s); here it is paid once per worker (decision record 0154).
 *
 * Driven over the IPC channel of `fork` (tests/browser/harness.ts): `{ id, start: env }` answers
 * `{ id, ok: true }` once the app listens, `{ id, stop: true }` once it is stopped; a failure
 * answers `{ id, ok: false, error }`. The process exits when its worker goes away.
 */
import { type RunningEssaim, startEssaim } from "../../server/main";

export type HostRequest = { id: number; start: Record<string, string> } | { id: number; stop: true };
export type HostReply = { id: number; ok: true } | { id: number; ok: false; error: string };

let running: RunningEssaim | undefined;

async function handle(request: HostRequest): Promise<void> {
  if ("start" in request) {
    // A file whose start outlived its hook's timeout never stopped its app: stop it now.
    const abandoned = running;
    running = undefined;
    await abandoned?.stop();
    running = await startEssaim(request.start);
  } else {
    const app = running;
    running = undefined;
    await app?.stop();
  }
}

const reply = (message: HostReply) => process.send?.(message);

process.on("message", (request: HostRequest) => {
  handle(request).then(
    () => reply({ id: request.id, ok: true }),
    (error: unknown) => reply({ id: request.id, ok: false, error: (error as Error).stack ?? String(error) }),
  );
});
// The worker that forked this host is gone: stop with it.
process.on("disconnect", () => process.exit(0));
reply({ id: 0, ok: true });
