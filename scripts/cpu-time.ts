/** CPU time (user + system) this process has used so far, in seconds: the build reports it per phase. */
export function cpuSeconds(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1e6;
}
