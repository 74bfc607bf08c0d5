// Small file systems of a test's own, for storage faults while the service is serving: a tmpfs of a
// few megabytes to fill up, and an ext4 image on a loop device the kernel can be made to turn
// read-only (the way it does on a disk error: `errors=remount-ro`). A plain `mount -o remount,ro`
// cannot do that while the embedded database holds its files open for writing — the kernel refuses
// with "mount point is busy" — so the ext4 error path is the one way to take writing away mid-flight.
// All need root; `smallDisksUnavailable()` says why not.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const run = (cmd: string, args: string[]) =>
  execFileSync(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'], timeout: 60_000 }).toString();

export function smallDisksUnavailable(opts: { ext4?: boolean } = {}): string | null {
  if (process.getuid?.() !== 0) return 'needs root to mount a small file system';
  if (opts.ext4) {
    for (const tool of ['mkfs.ext4', 'losetup'])
      try {
        run('sh', ['-c', `command -v ${tool}`]);
      } catch {
        return `${tool} is not installed`;
      }
    if (!fs.existsSync('/dev/loop-control')) return 'no loop devices';
  }
  return null;
}

export interface SmallDisk {
  /** The mounted folder. */
  readonly dir: string;
  /** Writes a filler file until the disk refuses (ENOSPC); returns the bytes written. */
  fill(): number;
  /** Removes the filler. */
  free(): void;
  /** Unmounts (lazily, so an open file never blocks the clean-up) and removes what was made. */
  destroy(): void;
}

export interface Ext4Disk extends SmallDisk {
  /** The kernel turns the file system read-only as on a disk error; every write then fails (EROFS). */
  forceReadOnly(): void;
  /** Unmounts and mounts the image again, writable (the journal replayed, as after a repair). */
  remount(): void;
}

function filler(dir: string) {
  const file = path.join(dir, 'filler');
  return {
    fill(): number {
      const fd = fs.openSync(file, 'w');
      const block = Buffer.alloc(1 << 20, 0xa5);
      let total = 0;
      try {
        for (;;) {
          const n = fs.writeSync(fd, block);
          total += n;
          if (n < block.length) break;
        }
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== 'ENOSPC') throw e;
      } finally {
        fs.closeSync(fd);
      }
      return total;
    },
    free: () => fs.rmSync(file, { force: true }),
  };
}

const mkdir = () => fs.mkdtempSync(path.join(os.tmpdir(), 'tirkeu-disk-'));

function unmount(dir: string) {
  try {
    run('umount', ['-l', dir]);
  } catch {
    // not mounted (any more)
  }
}

export function mountTmpfs(sizeMb: number): SmallDisk {
  const dir = mkdir();
  run('mount', ['-t', 'tmpfs', '-o', `size=${sizeMb}m`, 'tmpfs', dir]);
  return {
    dir,
    ...filler(dir),
    destroy() {
      unmount(dir);
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

export function mountExt4Image(sizeMb: number): Ext4Disk {
  const dir = mkdir();
  const image = `${dir}.img`;
  fs.writeFileSync(image, '');
  fs.truncateSync(image, sizeMb << 20);
  // Without a journal: an error then only takes writing away (a journal would also be aborted).
  run('mkfs.ext4', ['-q', '-F', '-O', '^has_journal', image]);
  const mount = () => run('mount', ['-o', 'loop,errors=remount-ro', image, dir]);
  mount();
  return {
    dir,
    ...filler(dir),
    forceReadOnly() {
      // The loop device's name in /sys/fs/ext4 (e.g. loop3); its trigger_fs_error reports an error as
      // a failing disk would, and errors=remount-ro makes the kernel take writing away at once.
      const device = path.basename(run('findmnt', ['-no', 'SOURCE', dir]).trim());
      // What the engine wrote is put on the disk first (sync), within milliseconds of the error. The
      // embedded engine never calls fsync (Node's file system layer under it has none), so without
      // this the writes still in the page cache are dropped with the error and the folder may not
      // open again — a durability gap of the engine on a failing disk, apart from what this tests:
      // how the service behaves once writing is refused.
      run('sh', [
        '-c',
        `sync -f "$1" && echo 1 > "$2"`,
        'sh',
        dir,
        `/sys/fs/ext4/${device}/trigger_fs_error`,
      ]);
    },
    remount() {
      run('umount', [dir]);
      mount();
    },
    destroy() {
      // Lazy unmount (-l) and -d: the loop device goes with the last user of the mount.
      try {
        run('umount', ['-l', '-d', dir]);
      } catch {
        // not mounted (any more)
      }
      fs.rmSync(dir, { recursive: true, force: true });
      fs.rmSync(image, { force: true });
    },
  };
}
