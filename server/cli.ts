import { backupUsage, restoreUsage, runBackupCommand, runRestoreCommand } from "./cli/backup-command";
import { digestUsage, runDigestCommand } from "./cli/digest-command";
import { importUsage, runImportCommand } from "./cli/import-command";
import { ConfigError } from "./core/config";
import { DataDirLockedError } from "./db/data-dir-lock";

/**
 * `npm run essaim -- <command>`: operator tasks run from a shell. Each domain brings its own
 * commands; this file only dispatches and turns expected failures into a message and an exit code.
 */
const commands: Record<string, { usage: string; run: typeof runImportCommand }> = {
  import: { usage: importUsage, run: runImportCommand },
  digest: { usage: digestUsage, run: runDigestCommand },
  backup: { usage: backupUsage, run: runBackupCommand },
  restore: { usage: restoreUsage, run: runRestoreCommand },
};

async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  const output = {
    out: (text: string) => process.stdout.write(`${text}\n`),
    err: (text: string) => process.stderr.write(`${text}\n`),
  };
  const command = name ? commands[name] : undefined;
  if (!command) {
    output.err(
      `Commandes :\n\n${Object.values(commands)
        .map((c) => c.usage)
        .join("\n\n")}`,
    );
    return 2;
  }
  try {
    return await command.run(args, output);
  } catch (error) {
    if (error instanceof DataDirLockedError || error instanceof ConfigError) {
      output.err(error.message);
      return 1;
    }
    throw error;
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`Échec : ${(error as Error).stack ?? String(error)}\n`);
    process.exit(1);
  },
);
