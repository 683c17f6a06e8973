import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { KvsStore, type KvsStoreOptions } from './store';

/** The workbench keeps its storage in `<dir>/kvs.json` (dir is `.workbench/` for `npm start`). */
export const KVS_FILE_NAME = 'kvs.json';

/** Written to a temporary file and renamed over the old one, so a crash mid-write never leaves half a file. */
export async function saveKvsStore(store: KvsStore, directory: string): Promise<string> {
  await mkdir(directory, { recursive: true });
  const target = join(directory, KVS_FILE_NAME);
  const temporary = `${target}.${process.pid}.${Date.now()}.tmp`;
  await writeFile(temporary, JSON.stringify(store.snapshot()), 'utf8');
  await rename(temporary, target);
  return target;
}

/** A missing file is a fresh site; an unreadable one is an error, not silently an empty store. */
export async function loadKvsStore(directory: string, options: KvsStoreOptions = {}): Promise<KvsStore> {
  let text: string;
  try {
    text = await readFile(join(directory, KVS_FILE_NAME), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return new KvsStore(options);
    throw error;
  }
  return KvsStore.fromSnapshot(JSON.parse(text), options);
}
