import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";

export type ReceivedMail = { from: string; to: string[]; subject: string; raw: string };

/**
 * A real SMTP server on a free local port, for tests of mail delivery: it records what it
 * receives; `refuse` makes it answer 550 to every recipient; `holdData` keeps the answer to a
 * message until the returned release is called (a slow server).
 */
export async function startTestSmtpServer() {
  const received: ReceivedMail[] = [];
  const state: { refuse: string | null; hold: Promise<void> | null; onData: (() => void) | null } = {
    refuse: null,
    hold: null,
    onData: null,
  };
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onRcptTo: (_address, _session, callback) => {
      if (state.refuse) {
        const error = new Error(state.refuse) as Error & { responseCode: number };
        error.responseCode = 550;
        callback(error);
      } else callback();
    },
    onData: (stream, session, callback) => {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        const raw = Buffer.concat(chunks).toString("utf8");
        state.onData?.();
        void (state.hold ?? Promise.resolve()).then(() => {
          received.push({
            from: session.envelope.mailFrom ? session.envelope.mailFrom.address : "",
            to: session.envelope.rcptTo.map((r) => r.address),
            subject: /^Subject: (.*)$/m.exec(raw)?.[1]?.trim() ?? "",
            raw,
          });
          callback();
        });
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    refuse: (message: string | null) => {
      state.refuse = message;
    },
    /** Hold the answers to messages; resolves `arrived` when one is in, `release` lets them go. */
    hold: () => {
      let release!: () => void;
      state.hold = new Promise<void>((resolve) => {
        release = resolve;
      });
      const arrived = new Promise<void>((resolve) => {
        state.onData = resolve;
      });
      return {
        arrived,
        release: () => {
          state.hold = null;
          state.onData = null;
          release();
        },
      };
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
