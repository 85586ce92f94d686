import { readdir, readFile } from 'node:fs/promises';

/** Peak resident memory seen while sampling, in MB; `jvm` is null when no local JVM is found. */
export interface MemoryPeaks {
  nodeRssMb: number;
  jvmRssMb: number | null;
}

/** The pids of this process's children that run Java: the local Neo4j. */
async function findJvmPids(): Promise<number[]> {
  const tasks = await readdir(`/proc/${process.pid}/task`).catch(() => [] as string[]);
  const pids: number[] = [];
  for (const task of tasks) {
    const children = await readFile(`/proc/${process.pid}/task/${task}/children`, 'utf8').catch(() => '');
    for (const pid of children.split(/\s+/).filter(Boolean).map(Number)) {
      const command = await readFile(`/proc/${pid}/cmdline`, 'utf8').catch(() => '');
      if (command.split('\0')[0]?.endsWith('java')) pids.push(pid);
    }
  }
  return pids;
}

async function readRssMb(pid: number, field: 'VmHWM'): Promise<number | null> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8').catch(() => '');
  const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status);
  return match ? Number(match[1]) / 1024 : null;
}

/**
 * Peak resident memory so far: both are high-water marks kept by the kernel, so a spike during a
 * synchronous YAML parse is not missed as a sampling timer would miss it. Node's is the process's
 * lifetime peak, hence the bench loads its scales smallest first; a fresh JVM serves each scale.
 */
export async function readMemoryPeaks(): Promise<MemoryPeaks> {
  const [jvm] = await findJvmPids();
  return {
    nodeRssMb: process.resourceUsage().maxRSS / 1024,
    jvmRssMb: jvm === undefined ? null : await readRssMb(jvm, 'VmHWM'),
  };
}
