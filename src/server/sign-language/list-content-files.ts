import { readdir } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * Lists the files below `folder` as paths relative to it with `/` separators, sorted. Names
 * that start with a dot (.git, .DS_Store) are left out with everything inside them: the server
 * never serves them and the manifest cannot name them.
 */
export async function listContentFiles(folder: string, prefix = ''): Promise<string[]> {
  const entries = await readdir(join(folder, prefix), { withFileTypes: true });
  const files: string[] = [];
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const path = prefix === '' ? entry.name : `${prefix}/${entry.name}`;
    if (entry.isDirectory()) files.push(...(await listContentFiles(folder, path)));
    else files.push(path);
  }
  return files.sort();
}
