// The articles of the workspace folders: files matching the include globs, found without leaving
// the folders (a symbolic link is followed only when it points inside the same folder, and each
// real directory is visited once, so link loops end).
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { globToRegExp, matchesAny } from './glob';

const SKIP_DIRS = new Set(['node_modules', '.git', '.hg', '.svn', 'dist', 'out']);
const MAX_FILES = 5000;

export async function findArticles(roots: readonly string[], include: readonly string[]): Promise<string[]> {
  const patterns = include.map(globToRegExp);
  const found: string[] = [];
  for (const root of roots) {
    let realRoot: string;
    try {
      realRoot = await fs.realpath(root);
    } catch {
      continue;
    }
    const seen = new Set<string>();
    const walk = async (dir: string, real: string): Promise<void> => {
      if (seen.has(real) || found.length >= MAX_FILES) return;
      seen.add(real);
      let entries;
      try {
        entries = await fs.readdir(dir, { withFileTypes: true });
      } catch {
        return;
      }
      for (const e of entries) {
        const full = path.join(dir, e.name);
        let isDir = e.isDirectory();
        let isFile = e.isFile();
        let realFull = path.join(real, e.name);
        if (e.isSymbolicLink()) {
          try {
            realFull = await fs.realpath(full);
            if (!inside(realRoot, realFull)) continue;
            const st = await fs.stat(realFull);
            isDir = st.isDirectory();
            isFile = st.isFile();
          } catch {
            continue;
          }
        }
        if (isDir && !SKIP_DIRS.has(e.name) && !e.name.startsWith('.')) await walk(full, realFull);
        else if (isFile && !e.name.endsWith('.factmark.json')) {
          const rel = path.relative(root, full).split(path.sep).join('/');
          if (matchesAny(rel, patterns)) found.push(full);
        }
        if (found.length >= MAX_FILES) return;
      }
    };
    await walk(root, realRoot);
  }
  return found;
}

function inside(root: string, p: string): boolean {
  const rel = path.relative(root, p);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}
