import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import ts from "typescript";

/**
 * The key of the test template: a hash of everything that decides what a migrated database with
 * its reference data holds — the migrations, the code that loads the reference data (followed
 * through its relative imports; `ownTextOnly` files count without their imports), and the lockfile (the COG comes from an npm package). While the
 * key is unchanged, the template built by an earlier run is reused (decision record 0025).
 */
export function templateKey(root: string, entries: string[], ownTextOnly: string[] = []): string {
  const hash = createHash("sha256");
  const files = new Set<string>();
  const visit = (file: string) => {
    if (files.has(file)) return;
    files.add(file);
    const text = readFileSync(file, "utf8");
    for (const imported of ts.preProcessFile(text, true, false).importedFiles) {
      if (!imported.fileName.startsWith(".")) continue;
      const resolved = resolveImport(path.dirname(file), imported.fileName);
      if (resolved) visit(resolved);
    }
  };
  for (const entry of entries) visit(path.join(root, entry));
  for (const file of ownTextOnly) files.add(path.join(root, file));
  const migrations = path.join(root, "server", "db", "migrations");
  for (const file of listFiles(migrations)) files.add(file);
  files.add(path.join(root, "package-lock.json"));
  for (const file of [...files].sort()) {
    hash.update(path.relative(root, file));
    hash.update("\0");
    hash.update(readFileSync(file));
    hash.update("\0");
  }
  return hash.digest("hex").slice(0, 16);
}

function resolveImport(dir: string, specifier: string): string | undefined {
  const base = path.join(dir, specifier);
  const candidates = [base, `${base}.ts`, `${base}.tsx`, path.join(base, "index.ts")];
  return candidates.find((candidate) => existsSync(candidate) && statSync(candidate).isFile());
}

function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? listFiles(path.join(dir, entry.name)) : [path.join(dir, entry.name)],
  );
}
