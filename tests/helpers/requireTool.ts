// A test that needs a system tool fails, naming the tool and the script that installs it: a
// missing tool must never turn into a silently skipped test.
import { execFileSync } from 'node:child_process';

export function requireTool(command: string, debianPackage: string): string {
  try {
    return execFileSync('sh', ['-c', `command -v ${command}`], { encoding: 'utf8' }).trim();
  } catch {
    throw new Error(`${command} is not installed (Debian package ${debianPackage}): run "bash scripts/install-test-deps.sh"`);
  }
}
