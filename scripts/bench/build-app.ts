import { spawn } from 'node:child_process';
import { rm } from 'node:fs/promises';

/**
 * Builds the app with the project's own build script into `outDir` (never into dist/, which other work uses). The
 * build script may grow steps; it keeps accepting --outDir.
 */
export async function buildApp(outDir: string): Promise<void> {
  await rm(outDir, { recursive: true, force: true });
  const started = Date.now();
  const output: string[] = [];
  const code = await new Promise<number | null>((done, fail) => {
    const child = spawn('npm', ['run', 'build', '--', '--outDir', outDir], { stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.on('data', (chunk: Buffer) => output.push(chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => output.push(chunk.toString()));
    child.on('error', fail);
    child.on('close', done);
  });
  if (code !== 0) {
    throw new Error(
      `npm run build failed (exit ${String(code)}):\n${output.join('').split('\n').slice(-30).join('\n')}`,
    );
  }
  console.log(`  built into ${outDir} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}
