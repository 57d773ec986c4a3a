// Which files a CLI run covers: the paths given, with folders expanded to the articles inside them.
// Symbolic links are not followed out of a folder, so a scan stays inside what the user named.
import { lstatSync, readdirSync, realpathSync, statSync } from 'node:fs';
import { join, relative, isAbsolute } from 'node:path';

export const ARTICLE_EXTENSIONS = ['.txt', '.news'];

export interface FileTarget { path: string; error?: string }

export function expandTargets(paths: string[]): FileTarget[] {
  const out: FileTarget[] = [];
  for (const p of paths) {
    let st;
    try {
      st = statSync(p);
    } catch (e) {
      out.push({ path: p, error: describeFsError(e) });
      continue;
    }
    if (st.isDirectory()) {
      const root = realpathSync(p);
      const found: FileTarget[] = [];
      walk(p, root, found);
      found.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
      out.push(...found);
    } else out.push({ path: p });
  }
  return out;
}

function walk(dir: string, root: string, out: FileTarget[]): void {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch (e) {
    // A folder that cannot be read is reported, never passed over as if it were empty.
    out.push({ path: dir, error: `folder not read: ${describeFsError(e)}` });
    return;
  }
  for (const e of entries) {
    const full = join(dir, e.name);
    if (e.name.startsWith('.') || e.name === 'node_modules') continue;
    if (e.isSymbolicLink()) {
      // Follow a link only when it stays inside the folder being scanned.
      let target: string;
      try { target = realpathSync(full); } catch { continue; }
      const rel = relative(root, target);
      if (rel.startsWith('..') || isAbsolute(rel)) continue;
      const st = lstatSync(target);
      if (st.isFile() && isArticle(e.name)) out.push({ path: full });
      continue;
    }
    if (e.isDirectory()) walk(full, root, out);
    else if (e.isFile() && isArticle(e.name)) out.push({ path: full });
  }
}

function isArticle(name: string): boolean {
  return ARTICLE_EXTENSIONS.some((x) => name.endsWith(x)) && !name.endsWith('.factmark.json');
}

export function describeFsError(e: unknown): string {
  const code = (e as NodeJS.ErrnoException)?.code;
  switch (code) {
    case 'ENOENT': return 'no such file';
    case 'EACCES': case 'EPERM': return 'permission denied: the file cannot be read';
    case 'EISDIR': return 'is a folder';
    case 'ENAMETOOLONG': return 'file name too long';
    default: return (e as Error)?.message ?? String(e);
  }
}
