// The machine a run's absolute figures came from.
import { cpus, loadavg, totalmem, platform, release } from "node:os";

export interface Machine {
  cpuModel: string;
  cores: number;
  memoryGiB: number;
  os: string;
  node: string;
  /** 1-minute load average when the run started: a busy machine explains slow absolute figures. */
  loadAtStart: number;
  summary: string;
}

export function describeMachine(): Machine {
  const list = cpus();
  const cpuModel = list[0]?.model.trim() ?? "unknown CPU";
  const cores = list.length;
  const memoryGiB = Math.round(totalmem() / 2 ** 30);
  const os = `${platform()} ${release()}`;
  const load = loadavg()[0] ?? 0;
  return {
    cpuModel,
    cores,
    memoryGiB,
    os,
    node: process.version,
    loadAtStart: Math.round(load * 100) / 100,
    summary: `${cores} cores (${cpuModel}), ${memoryGiB} GiB RAM, ${os}, Node ${process.version}, load average ${load.toFixed(1)} at start`,
  };
}
